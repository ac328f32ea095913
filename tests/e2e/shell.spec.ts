import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForSettledStore } from './kiosk-fixtures';

const axeViolations = async (page: Page) =>
  (
    await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze()
  ).violations;

const chrome = (page: Page) => page.getByRole('banner');
const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigasi' });

/** Goes to a screen by its hash, as a link would; no reload, so the app's state stays. */
async function show(page: Page, hash: string, route: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await expect(page.locator('.app')).toHaveAttribute('data-route', route);
}

test('the chrome: on every screen but attract, languages with fallback marker, accessibility modes', async ({
  page,
  host,
  collection,
  foreignRequests,
}) => {
  await page.goto(`${host.url}#/`);
  await waitForSettledStore(page);
  const piece = collection.pieces[0]!;
  const motif = collection.motifs[0]!;

  await test.step('home, back, language and accessibility on every visitor screen', async () => {
    const screens: [string, string][] = [
      ['#/', 'home'],
      ['#/browse', 'browse'],
      ['#/colours', 'colours'],
      ['#/motifs', 'motifs'],
      ['#/search', 'search'],
      [`#/piece/${encodeURIComponent(piece.id)}`, 'piece'],
      [`#/motif/${encodeURIComponent(motif.id)}`, 'motif'],
      [`#/compare/${piece.id}/${collection.pieces[1]!.id}`, 'compare'],
    ];
    for (const [hash, route] of screens) {
      await show(page, hash, route);
      await expect(nav(page).getByRole('button', { name: 'Beranda' })).toBeVisible();
      await expect(nav(page).getByRole('button', { name: 'Kembali' })).toBeVisible();
      await expect(chrome(page).getByRole('group', { name: 'Pilih bahasa' })).toBeVisible();
      await expect(chrome(page).getByRole('button', { name: 'Aksesibilitas' })).toBeVisible();
    }
    await show(page, '#/attract', 'attract');
    await expect(chrome(page)).toHaveCount(0);
  });

  await test.step('Home and Back buttons walk the app', async () => {
    await show(page, '#/', 'home');
    await page.getByRole('button', { name: /^Motif/ }).tap();
    await expect(page.locator('.app')).toHaveAttribute('data-route', 'motifs');
    await nav(page).getByRole('button', { name: 'Kembali' }).tap();
    await expect(page.locator('.app')).toHaveAttribute('data-route', 'home');
    await page.getByRole('button', { name: /^Cari/ }).tap();
    await expect(page.locator('.app')).toHaveAttribute('data-route', 'search');
    await nav(page).getByRole('button', { name: 'Beranda' }).tap();
    await expect(page.locator('.app')).toHaveAttribute('data-route', 'home');
  });

  await test.step('Javanese: interface in Javanese, content that lacks it marked as Indonesian', async () => {
    await page.getByRole('button', { name: 'Basa Jawa' }).tap();
    await expect(page.locator('html')).toHaveAttribute('lang', 'jv');
    await expect(nav(page).getByRole('button', { name: 'Wiwitan' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Pirsani koleksi bathik' })).toBeVisible();
    // The group terms have Javanese labels and descriptions (drafts awaiting review): no marker.
    const tile = page.locator('[data-group="pesisiran"]');
    await expect(tile).toContainText('Bathik Pesisiran');
    await expect(tile.locator('.fallback-marker')).toHaveCount(0);
    // A piece's long description has no Javanese yet: it is shown in Indonesian, and says so.
    await page.evaluate(() => {
      window.location.hash = '#/piece/jlamprang-tulis-1900';
    });
    const marker = page.locator('.piece-record .fallback-marker').first();
    await expect(marker).toHaveText('(Bahasa Indonesia)');
    await expect(marker).toHaveAttribute('lang', 'id');
    await nav(page).getByRole('button', { name: 'Wiwitan' }).tap();
    await expect(page.locator('.app')).toHaveAttribute('data-route', 'home');

    await page.getByRole('button', { name: 'English' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Explore the batik collection' })).toBeVisible();
    await expect(page.locator('[data-group="pesisiran"]')).toContainText('North-coast batik');
    await expect(page.locator('.fallback-marker')).toHaveCount(0);
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).tap();
    await expect(nav(page).getByRole('button', { name: 'Beranda' })).toBeVisible();
  });

  await test.step('axe: home is clean in the normal mode', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  const a11yButton = chrome(page).getByRole('button', { name: 'Aksesibilitas', exact: true });
  const menu = page.getByRole('group', { name: 'Aksesibilitas' });
  const html = page.locator('html');

  await test.step('larger text makes the text larger', async () => {
    const size = () =>
      page.locator('.home__intro').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await a11yButton.tap();
    await expect(a11yButton).toHaveAttribute('aria-expanded', 'true');
    await menu.getByRole('button', { name: 'Teks besar' }).tap();
    await expect(menu.getByRole('button', { name: 'Teks besar' })).toHaveAttribute('aria-pressed', 'true');
    await expect(html).toHaveAttribute('data-large-text', 'true');
    expect(await size()).toBeGreaterThan(before * 1.2);
    await menu.getByRole('button', { name: 'Teks besar' }).tap();
    await expect(html).not.toHaveAttribute('data-large-text', 'true');
  });

  await test.step('high contrast turns the palette black and white, and stays axe-clean', async () => {
    await menu.getByRole('button', { name: 'Kontras tinggi' }).tap();
    await expect(html).toHaveAttribute('data-high-contrast', 'true');
    await expect(page.locator('.app-chrome')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
    await expect(page.locator('.app-main')).toHaveCSS('color', 'rgb(0, 0, 0)');
    expect(await axeViolations(page)).toEqual([]);
    await menu.getByRole('button', { name: 'Kontras tinggi' }).tap();
    await expect(html).not.toHaveAttribute('data-high-contrast', 'true');
  });

  await test.step('lowered controls move the chrome down within reach and leave the top to the screen', async () => {
    const viewport = page.viewportSize()!;
    const heading = page.getByRole('heading', { level: 1 });
    const chromeBefore = (await chrome(page).boundingBox())!;
    expect(chromeBefore.y).toBeLessThan(viewport.height / 4);

    await menu.getByRole('button', { name: 'Tombol lebih rendah' }).tap();
    await expect(html).toHaveAttribute('data-lowered', 'true');
    await expect.poll(async () => (await chrome(page).boundingBox())!.y).toBeGreaterThan(viewport.height / 2);
    const chromeAfter = (await chrome(page).boundingBox())!;
    expect(chromeAfter.y + chromeAfter.height).toBeCloseTo(viewport.height, 0);
    // The menu is a row of the lowered bar: on screen, in reach, over nothing.
    const menuBox = (await menu.boundingBox())!;
    expect(menuBox.y).toBeGreaterThanOrEqual(chromeAfter.y);
    expect(menuBox.y + menuBox.height).toBeLessThanOrEqual(viewport.height);
    // The screen's own content moves up into the space the bar left (no empty band at the top).
    await expect.poll(async () => (await heading.boundingBox())!.y).toBeLessThan(chromeBefore.height);

    await menu.getByRole('button', { name: 'Tombol lebih rendah' }).tap();
    await expect(html).not.toHaveAttribute('data-lowered', 'true');
    await expect.poll(async () => (await chrome(page).boundingBox())!.y).toBeLessThan(viewport.height / 4);
    await page.getByRole('button', { name: 'Tutup' }).tap();
    await expect(menu).toBeHidden();
  });

  expect(foreignRequests).toEqual([]);
});

test('the Electron bridge: heartbeat, live collection updates, idle timings from the kiosk settings', async ({
  page,
  host,
  foreignRequests,
}) => {
  // A stand-in for the preload's window.kiosk, recording what the page asks of it.
  await page.addInitScript(() => {
    const calls = { heartbeat: 0, listeners: [] as (() => void)[] };
    Object.assign(window, { kioskCalls: calls });
    Object.assign(window, {
      kiosk: {
        heartbeat: async () => {
          calls.heartbeat++;
          return true;
        },
        settings: async () => ({
          languages: ['id', 'en', 'jv'],
          defaultLanguage: 'id',
          idleTimeoutSec: 2,
          idleCountdownSec: 2,
          publicBaseUrl: null,
        }),
        onCollectionProgress: () => () => undefined,
        onCollectionUpdated: (callback: () => void) => {
          calls.listeners.push(callback);
          return () => calls.listeners.splice(calls.listeners.indexOf(callback), 1);
        },
        // The admin functions make it the whole bridge: without them the page takes it for the web host.
        admin: { unlock: async () => ({ ok: false, reason: 'wrong-pin' }), lock: async () => ({ ok: true }) },
      },
    });
  });
  const calls = () =>
    page.evaluate(() => {
      const recorded = (window as unknown as { kioskCalls: { heartbeat: number; listeners: unknown[] } })
        .kioskCalls;
      return { heartbeat: recorded.heartbeat, listeners: recorded.listeners.length };
    });
  await page.goto(`${host.url}#/`);
  await waitForSettledStore(page);

  await test.step('the page beats at once and listens for new collections', async () => {
    await expect.poll(async () => (await calls()).heartbeat).toBeGreaterThan(0);
    expect((await calls()).listeners).toBe(1);
  });

  await test.step('"collection updated" from main starts a sync (the manifest is fetched again)', async () => {
    const manifest = page.waitForRequest((r) => r.url().endsWith('/collection/manifest.json'));
    await page.evaluate(() =>
      (window as unknown as { kioskCalls: { listeners: (() => void)[] } }).kioskCalls.listeners.forEach((l) =>
        l(),
      ),
    );
    await manifest;
    await waitForSettledStore(page);
  });

  await test.step("the kiosk's idle settings apply without any URL override", async () => {
    await expect(page.getByRole('dialog', { name: 'Masih di sana?' })).toBeVisible();
    await expect(page.locator('.app')).toHaveAttribute('data-route', 'attract');
  });

  expect(foreignRequests).toEqual([]);
});

test("the kiosk config's languages: the start language, the switch's choice and order, the language after a reset", async ({
  page,
  host,
  foreignRequests,
}) => {
  // English first and Javanese left out, as a technician might set a room for foreign groups.
  await page.addInitScript(() => {
    Object.assign(window, {
      kiosk: {
        heartbeat: async () => true,
        settings: async () => ({
          languages: ['en', 'id'],
          defaultLanguage: 'en',
          idleTimeoutSec: 600,
          idleCountdownSec: 30,
          publicBaseUrl: null,
        }),
        onCollectionProgress: () => () => undefined,
        onCollectionUpdated: () => () => undefined,
        admin: { unlock: async () => ({ ok: false, reason: 'wrong-pin' }), lock: async () => ({ ok: true }) },
      },
    });
  });
  // The URL's idle override (for tests) shortens the settings' ten minutes.
  await page.goto(`${host.url}?idle=3&countdown=1#/attract`);
  await waitForSettledStore(page);
  const html = page.locator('html');

  await test.step('the attract screen opens in English and offers only English and Indonesian', async () => {
    await expect(html).toHaveAttribute('lang', 'en');
    const choice = page.getByRole('group', { name: /language/i });
    await expect(choice.getByRole('button')).toHaveText(['English', 'Bahasa Indonesia']);
    await choice.getByRole('button', { name: 'Bahasa Indonesia' }).tap();
    await expect(page.locator('.app')).toHaveAttribute('data-route', 'home');
    await expect(html).toHaveAttribute('lang', 'id');
  });

  await test.step("the chrome's switch offers the same two, in the kiosk's order", async () => {
    const choice = page.getByRole('banner').getByRole('group', { name: 'Pilih bahasa' });
    await expect(choice.getByRole('button')).toHaveText(['English', 'Bahasa Indonesia']);
  });

  await test.step('walking away brings the next visitor back to English', async () => {
    await expect(page.getByRole('dialog', { name: 'Masih di sana?' })).toBeVisible();
    await expect(page.locator('.app')).toHaveAttribute('data-route', 'attract');
    await expect(html).toHaveAttribute('lang', 'en');
  });

  expect(foreignRequests).toEqual([]);
});
