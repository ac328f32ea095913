import { expect, type Page } from '@playwright/test';
import { STAND_IN_PIN } from './admin-stand-in';

/**
 * Every visitor screen, reached the quickest way it allows (by hash, plus the taps that put it in
 * the state worth checking), for the axe and screenshot specs. Shared by zz-axe-all.spec.ts and
 * zz-screenshots.spec.ts, which both run on the shipped sample collection.
 */
export interface Screen {
  name: string;
  show(page: Page): Promise<void>;
}

/** The c.1900 jlamprang tulis and the stamped jlamprang: the tulis-vs-cap comparison. */
const TULIS = 'jlamprang-tulis-1900';
const CAP = 'jlamprang-cap-1970';

async function go(page: Page, hash: string, route: string) {
  await page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
  await expect(page.locator('.app')).toHaveAttribute('data-route', route);
}

/** Waits until every picture on screen has loaded, so checks and screenshots see the finished page. */
export async function picturesLoaded(page: Page) {
  await page.waitForFunction(() =>
    [...document.images]
      .filter((img) => {
        const box = img.getBoundingClientRect();
        return box.width > 0 && box.bottom > 0 && box.top < window.innerHeight;
      })
      .every((img) => img.complete && img.naturalWidth > 0),
  );
}

const heading = (page: Page) => expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();

export const SCREENS: Screen[] = [
  {
    name: 'attract',
    show: async (page) => {
      await go(page, '#/attract', 'attract');
      await expect(page.locator('.attract__slide[data-role="shown"] img')).toBeVisible();
    },
  },
  { name: 'home', show: async (page) => (await go(page, '#/', 'home'), heading(page)) },
  {
    name: 'browse-facets',
    show: async (page) => {
      await go(page, '#/browse', 'browse');
      await expect(page.locator('.piece-card').first()).toBeVisible();
      const facet = page
        .getByRole('navigation', { name: 'Saring koleksi' })
        .getByRole('tab', { name: /^Kelompok/ });
      if ((await facet.getAttribute('aria-selected')) !== 'true') await facet.tap();
      await expect(page.getByRole('tabpanel', { name: /^Kelompok/ })).toBeVisible();
    },
  },
  { name: 'colours', show: async (page) => (await go(page, '#/colours', 'colours'), heading(page)) },
  {
    name: 'piece',
    show: async (page) => {
      await go(page, `#/piece/${TULIS}`, 'piece');
      await expect(page.locator('#piece-title')).toBeVisible();
      await expect(page.locator('[data-zoom]').first()).toBeVisible();
    },
  },
  {
    name: 'compare',
    show: async (page) => {
      await go(page, `#/compare/${TULIS}/${CAP}`, 'compare');
      await heading(page);
      await expect(page.locator('[data-zoom]')).toHaveCount(2);
    },
  },
  { name: 'motifs', show: async (page) => (await go(page, '#/motifs', 'motifs'), heading(page)) },
  {
    name: 'motif',
    show: async (page) => {
      await go(page, '#/motif/jlamprang', 'motif');
      await expect(page.getByRole('heading', { level: 1, name: /Jlamprang/ })).toBeVisible();
    },
  },
  {
    name: 'search',
    show: async (page) => {
      await go(page, '#/search', 'search');
      const keyboard = page.getByRole('group', { name: 'Papan ketik' });
      await keyboard.getByRole('button', { name: 'Hapus semua' }).tap();
      for (const key of 'soga') await keyboard.getByRole('button', { name: key, exact: true }).tap();
      await expect(page.getByRole('searchbox')).toHaveValue('soga');
    },
  },
  {
    name: 'admin',
    show: async (page) => {
      await go(page, '#/admin', 'admin');
      await heading(page);
      await adminSettled(page);
    },
  },
  {
    name: 'admin-insights',
    show: async (page) => {
      await go(page, '#/admin', 'admin');
      await adminSettled(page);
      await pastThePinPad(page);
      await page.getByRole('button', { name: 'Wawasan pengunjung' }).tap();
      // The numbers are read (the panel's own signal), and both charts are on their canvases.
      await expect(page.locator('[data-insights-state="ready"]')).toBeVisible();
      await expect(page.locator('[data-chart="drawn"]')).toHaveCount(2);
    },
  },
];

/**
 * The admin screen once it has settled: the status facts, or the PIN pad (the kiosk stand-in of
 * a11y-modes.spec.ts). The heading alone is there while the page still asks the host for its
 * status: a screenshot then was nearly blank.
 */
async function adminSettled(page: Page) {
  await expect(page.locator('.admin-status__fact, .admin-pin').first()).toBeVisible();
}

/** Unlocks the PIN pad with the stand-in's PIN when the screen shows one; ends on the status facts. */
async function pastThePinPad(page: Page) {
  if (await page.locator('.admin-pin').isVisible()) {
    for (const digit of STAND_IN_PIN) await page.getByRole('button', { name: digit, exact: true }).tap();
    await page.getByRole('button', { name: 'OK', exact: true }).tap();
  }
  await expect(page.locator('.admin-status__fact').first()).toBeVisible();
}

/** Turns high contrast on or off through the accessibility menu, as a visitor would. */
export async function setHighContrast(page: Page, on: boolean) {
  if ((await page.locator('.app').getAttribute('data-route')) === 'attract') await go(page, '#/', 'home');
  const html = page.locator('html');
  if (((await html.getAttribute('data-high-contrast')) === 'true') === on) return;
  await page.getByRole('banner').getByRole('button', { name: 'Aksesibilitas', exact: true }).tap();
  await page
    .getByRole('group', { name: 'Aksesibilitas' })
    .getByRole('button', { name: 'Kontras tinggi' })
    .tap();
  await page.getByRole('button', { name: 'Tutup' }).tap();
  if (on) await expect(html).toHaveAttribute('data-high-contrast', 'true');
  else await expect(html).not.toHaveAttribute('data-high-contrast', 'true');
}

/**
 * Opens the "still there?" question: the page must have been loaded with `?idle=1` and a long
 * countdown; waiting without touching makes it appear.
 */
export async function showIdleOverlay(page: Page) {
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Lanjutkan' })).toBeVisible();
}
