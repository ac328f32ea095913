import { expect, test, waitForSettledStore } from './kiosk-fixtures';

// The typeface ships with the app: every kiosk renders the same Noto Sans whatever its OS has,
// and the font files come from the app's own origin (foreignRequests fails the test otherwise).
test('the bundled Noto Sans is loaded from the app origin and used for text', async ({
  page,
  host,
  foreignRequests,
}) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fontRequests.push(request.url());
  });
  await page.goto(`${host.url}#/`);
  await waitForSettledStore(page);
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((face) => face.family.replace(/"/g, '') === 'Noto Sans' && face.status === 'loaded')
      .map((face) => face.weight);
  });
  expect(loaded).toEqual(expect.arrayContaining(['400', '700']));
  expect(fontRequests.length).toBeGreaterThan(0);
  for (const url of fontRequests) expect(url.startsWith(host.url)).toBe(true);
  expect(foreignRequests).toEqual([]);
});
