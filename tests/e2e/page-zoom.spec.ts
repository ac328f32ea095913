import type { CDPSession, Page } from '@playwright/test';
import { expect, test, waitForSettledStore } from './kiosk-fixtures';

/**
 * Page zoom is impossible in any Chromium: real two-finger pinches (touch events through the
 * DevTools protocol, as a touchscreen sends them) outside the deep-zoom viewer leave the visual
 * viewport at scale 1 on every screen, while the same pinch on the viewer still zooms the cloth;
 * ctrl + wheel and ctrl + plus are cancelled; and should a browser force the page magnified all
 * the same, the idle reset brings the attract screen back at scale 1.
 */
const PIECE = 'jlamprang-tulis-1900';

/** Two fingers moving apart around (x, y), as a visitor magnifies something. */
async function pinch(cdp: CDPSession, x: number, y: number) {
  const fingers = (spread: number) => [
    { x: x - spread, y, id: 0 },
    { x: x + spread, y, id: 1 },
  ];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(30) });
  for (let spread = 40; spread <= 200; spread += 10) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(spread) });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** The page's pinch scale once the gesture's frames have been drawn. */
async function pageScale(page: Page): Promise<number> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => window.visualViewport?.scale ?? 1);
}

async function centre(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function go(page: Page, hash: string, route: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await expect(page.locator('.app')).toHaveAttribute('data-route', route);
}

test('a pinch anywhere but the zoom viewer magnifies nothing; on the viewer it zooms the cloth', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}?idle=900#/`);
  await waitForSettledStore(page);
  const cdp = await page.context().newCDPSession(page);

  const places: [string, string, string, string][] = [
    ['#/', 'home', '.home-group', 'a group tile'],
    ['#/', 'home', '.home__intro', 'the page behind the tiles'],
    ['#/', 'home', '.app-chrome__title', 'the top bar'],
    ['#/browse', 'browse', '.piece-card', 'a card in the grid'],
    ['#/browse', 'browse', '.app-main', 'the facet panel and grid'],
    [`#/piece/${PIECE}`, 'piece', '.piece-record', 'the record beside the cloth'],
    [`#/piece/${PIECE}`, 'piece', '.piece-toolbar', 'the toolbar'],
  ];
  for (const [hash, route, selector, what] of places) {
    await test.step(`${route}: ${what}`, async () => {
      await go(page, hash, route);
      await expect(page.locator(selector).first()).toBeVisible();
      const { x, y } = await centre(page, selector);
      await pinch(cdp, x, y);
      expect(await pageScale(page), `pinch on ${what} (${route})`).toBe(1);
    });
  }

  await test.step('piece: the same pinch on the viewer zooms the cloth, not the page', async () => {
    const viewer = page.locator('[data-zoom]').first();
    await expect(viewer).toBeVisible();
    const before = Number(await viewer.getAttribute('data-zoom'));
    const { x, y } = await centre(page, '[data-zoom]');
    await pinch(cdp, x, y);
    await expect
      .poll(async () => Number(await viewer.getAttribute('data-zoom')))
      .toBeGreaterThan(before * 1.5);
    expect(await pageScale(page)).toBe(1);
  });
});

test('ctrl + wheel and the zoom keys are cancelled for the page; ctrl + wheel on the viewer zooms the cloth', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}?idle=900#/piece/${PIECE}`);
  await waitForSettledStore(page);
  const viewer = page.locator('[data-zoom]').first();
  await expect(viewer).toBeVisible();
  // Registered after the app's own listeners, so it sees whether they cancelled the default.
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { zoomEvents: seen });
    window.addEventListener('wheel', (e) =>
      seen.push(`wheel ctrl=${e.ctrlKey} cancelled=${e.defaultPrevented}`),
    );
    window.addEventListener('keydown', (e) => seen.push(`key ${e.key} cancelled=${e.defaultPrevented}`));
  });
  const seen = () =>
    page.evaluate(() => (window as unknown as { zoomEvents: string[] }).zoomEvents.splice(0));
  const cdp = await page.context().newCDPSession(page);
  const wheel = (x: number, y: number) =>
    cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x, y, deltaX: 0, deltaY: -240, modifiers: 2 });

  const record = await centre(page, '.piece-record');
  await wheel(record.x, record.y);
  await expect.poll(seen).toEqual(['wheel ctrl=true cancelled=true']);

  const before = Number(await viewer.getAttribute('data-zoom'));
  const cloth = await centre(page, '[data-zoom]');
  await wheel(cloth.x, cloth.y);
  await expect.poll(async () => Number(await viewer.getAttribute('data-zoom'))).toBeGreaterThan(before);

  await seen();
  for (const chord of ['Control+Equal', 'Control+Minus', 'Control+Digit0', 'Meta+Equal'])
    await page.keyboard.press(chord);
  expect(await seen()).toEqual([
    'key Control cancelled=false',
    'key = cancelled=true',
    'key Control cancelled=false',
    'key - cancelled=true',
    'key Control cancelled=false',
    'key 0 cancelled=true',
    'key Meta cancelled=false',
    'key = cancelled=true',
  ]);
  expect(await pageScale(page)).toBe(1);
});

test('a page magnified all the same comes back at scale 1 after the idle reset', async ({ page, host }) => {
  await page.goto(`${host.url}?idle=3&countdown=1#/`);
  await waitForSettledStore(page);
  await expect(page.locator('.home-group').first()).toBeVisible();
  // A browser that lets pinch through whatever the page says (some force zoom for accessibility).
  await page.addStyleTag({ content: '*, html, body { touch-action: auto !important; }' });
  const cdp = await page.context().newCDPSession(page);
  const { x, y } = await centre(page, '.home__intro');
  await pinch(cdp, x, y);
  expect(
    await pageScale(page),
    'the pinch must have magnified the page for this test to mean anything',
  ).toBeGreaterThan(1.5);

  // No touch from here on: "still there?", its countdown, then the reset.
  await expect(page.locator('.app')).toHaveAttribute('data-route', 'attract', { timeout: 30_000 });
  await expect.poll(() => pageScale(page), { timeout: 30_000 }).toBe(1);
  await expect(page.locator('.attract__slide[data-role="shown"] img')).toBeVisible();
});
