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

test('a finger on a chip or a card shows it pressed at once, and no longer once lifted', async ({
  page,
  host,
  foreignRequests,
}) => {
  await page.goto(`${host.url}#/motifs`);
  await waitForSettledStore(page);
  // The chip first: pressing "all families" changes nothing; the card's tap then opens its motif.
  for (const target of [page.locator('.chip').first(), page.locator('.motif-card').first()]) {
    const box = (await target.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await expect(target).toHaveAttribute('data-pressed', 'true');
    // The pressed look: darker at once (the kit's brightness filter is not animated).
    expect(await target.evaluate((el) => getComputedStyle(el).filter)).toMatch(/^brightness\(0\.\d+\)$/);
    await page.mouse.up();
    await expect(target).not.toHaveAttribute('data-pressed');
  }
  expect(foreignRequests).toEqual([]);
});
