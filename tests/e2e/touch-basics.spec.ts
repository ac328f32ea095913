import { expect, test, waitForSettledStore } from './kiosk-fixtures';

test('touch basics: large targets, large text, no selection or callouts', async ({
  page,
  host,
  foreignRequests,
}) => {
  // Home: the chrome and the group tiles.
  await page.goto(`${host.url}#/`);
  await waitForSettledStore(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Jelajahi koleksi batik' })).toBeVisible();

  const body = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return {
      fontSize: parseFloat(style.fontSize),
      touchAction: style.touchAction,
      userSelect: style.userSelect,
    };
  });
  expect(body.fontSize).toBeGreaterThanOrEqual(20);
  // Panning without pinch or double-tap zoom (page zoom itself: page-zoom.spec.ts).
  expect(body.touchAction).toBe('pan-x pan-y');
  expect(body.userSelect).toBe('none');

  for (const button of await page.getByRole('button').all()) {
    const box = await button.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(48);
    expect(box?.height).toBeGreaterThanOrEqual(48);
  }

  const contextMenuAllowed = await page.evaluate(() =>
    document.body.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })),
  );
  expect(contextMenuAllowed).toBe(false);
  expect(foreignRequests).toEqual([]);
});
