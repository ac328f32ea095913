import type { Page } from '@playwright/test';
import { installAdminStandIn, standInStatus } from './admin-stand-in';
import { expect, test, waitForSettledStore } from './kiosk-fixtures';
import { emptyBandAtTop, layoutProblems } from './layout-probe';
import { picturesLoaded, SCREENS } from './zz-every-screen';

/**
 * The three accessibility modes in all eight combinations, in both orientations, on every screen:
 * nothing a visitor needs is covered or cut off, every control is reachable and at least the kit's
 * 48 px, nothing reaches past the sides (layout-probe.ts); the on-screen keyboard's last row works
 * (space, delete and search are tapped and do their job); the lowered mode puts the bar at the
 * bottom and leaves no empty band at the top. One page per orientation; the modes are switched in
 * place through the accessibility menu, as a visitor does, and the menu itself is checked open.
 */
type Mode = 'largeText' | 'highContrast' | 'lowered';
const MODES: Mode[] = ['largeText', 'highContrast', 'lowered'];
const ATTRIBUTE: Record<Mode, string> = {
  largeText: 'data-large-text',
  highContrast: 'data-high-contrast',
  lowered: 'data-lowered',
};
const TOGGLE: Record<Mode, string> = {
  largeText: 'Teks besar',
  highContrast: 'Kontras tinggi',
  lowered: 'Tombol lebih rendah',
};
/** All eight combinations, each one toggle away from the one before. */
const COMBINATIONS: Mode[][] = [
  [],
  ['lowered'],
  ['highContrast', 'lowered'],
  ['highContrast'],
  ['largeText', 'highContrast'],
  ['largeText', 'highContrast', 'lowered'],
  ['largeText', 'lowered'],
  ['largeText'],
];
/** More than any page padding: a band this tall with nothing in it is wasted reach. */
const MAX_EMPTY_BAND_PX = 120;

async function setModes(page: Page, wanted: readonly Mode[], problems: string[], where: string) {
  await page.evaluate(() => (window.location.hash = '#/'));
  await expect(page.locator('.app')).toHaveAttribute('data-route', 'home');
  await page.getByRole('banner').getByRole('button', { name: 'Aksesibilitas', exact: true }).tap();
  const menu = page.getByRole('group', { name: 'Aksesibilitas' });
  for (const mode of MODES) {
    const on = (await page.locator('html').getAttribute(ATTRIBUTE[mode])) === 'true';
    if (on === wanted.includes(mode)) continue;
    await menu.getByRole('button', { name: TOGGLE[mode] }).tap();
    if (wanted.includes(mode)) await expect(page.locator('html')).toHaveAttribute(ATTRIBUTE[mode], 'true');
    else await expect(page.locator('html')).not.toHaveAttribute(ATTRIBUTE[mode], 'true');
  }
  for (const problem of await layoutProblems(page)) problems.push(`${where}, menu open: ${problem}`);
  await page.getByRole('banner').getByRole('button', { name: 'Tutup' }).tap();
  await expect(menu).toBeHidden();
}

/** Space, delete and search in the keyboard's last row: each fully on screen, uncovered, working. */
async function checkKeyboardLastRow(page: Page, word: string, problems: string[], where: string) {
  const keyboard = page.getByRole('group', { name: 'Papan ketik' });
  const field = page.getByRole('searchbox');
  const lastRow = page.locator('.kit-keyboard__row').last();
  const blocked = await lastRow.evaluate((row) => {
    // As the screen opens, before any tap has scrolled something into view.
    document.querySelector('main')?.scrollTo(0, 0);
    const found: string[] = [];
    for (const key of row.querySelectorAll('button')) {
      const box = key.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight || box.left < 0 || box.right > window.innerWidth) {
        found.push(`${key.getAttribute('aria-label') ?? key.textContent} is not fully on screen`);
        continue;
      }
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (hit !== key && !key.contains(hit))
        found.push(`${key.getAttribute('aria-label') ?? key.textContent} is covered`);
    }
    return found;
  });
  if (blocked.length > 0) {
    problems.push(...blocked.map((b) => `${where}, keyboard's last row: ${b}`));
    return;
  }
  await keyboard.getByRole('button', { name: 'Hapus semua' }).tap();
  for (const key of word) await keyboard.getByRole('button', { name: key, exact: true }).tap();
  await keyboard.getByRole('button', { name: 'Spasi' }).tap();
  await expect(field).toHaveValue(`${word} `);
  await keyboard.getByRole('button', { name: 'Hapus satu huruf' }).tap();
  await keyboard.getByRole('button', { name: 'Hapus satu huruf' }).tap();
  await expect(field).toHaveValue(word.slice(0, -1));
  await keyboard.getByRole('button', { name: 'Cari' }).tap();
  await expect(page.getByRole('region', { name: 'Pencarian terakhir' }).getByRole('button')).toContainText([
    word.slice(0, -1),
  ]);
}

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
]) {
  const orientation = viewport.width > viewport.height ? 'landscape' : 'portrait';
  test.describe(orientation, () => {
    test.use({ viewport });

    test(`every screen in all 8 combinations of the modes, ${orientation}`, async ({
      page,
      host,
      collection,
    }) => {
      test.setTimeout(480_000);
      // The admin screen as in the kiosk, on its PIN pad.
      await installAdminStandIn(
        page,
        standInStatus(collection.manifest.version, collection.manifest.builtAt, []),
      );
      // The idle question is called up by moving the page's clock on, not by waiting.
      await page.clock.install();
      await page.goto(`${host.url}?idle=900&countdown=600#/`);
      await waitForSettledStore(page);
      const problems: string[] = [];

      for (const [index, modes] of COMBINATIONS.entries()) {
        const where = `${orientation} [${modes.join(', ') || 'no mode'}]`;
        await test.step(where, async () => {
          await setModes(page, modes, problems, where);
          const lowered = modes.includes('lowered');
          for (const screen of SCREENS) {
            await screen.show(page);
            await picturesLoaded(page);
            for (const problem of await layoutProblems(page))
              problems.push(`${where} ${screen.name}: ${problem}`);
            if (lowered && screen.name !== 'attract') {
              const band = await emptyBandAtTop(page);
              if (band > MAX_EMPTY_BAND_PX)
                problems.push(`${where} ${screen.name}: ${Math.round(band)} px empty at the top`);
              const bar = await page.getByRole('banner').boundingBox();
              if (!bar || Math.abs(bar.y + bar.height - viewport.height) > 1)
                problems.push(`${where} ${screen.name}: the bar is not at the bottom edge`);
            }
            if (screen.name === 'search') {
              await checkKeyboardLastRow(page, `so${index}x`, problems, `${where} ${screen.name}`);
              if (lowered) {
                const keys = await page.getByRole('group', { name: 'Papan ketik' }).boundingBox();
                if (!keys || keys.y < viewport.height / 2)
                  problems.push(`${where} search: the keyboard is not in the lower half`);
              }
            }
          }
          await page.evaluate(() => (window.location.hash = '#/browse'));
          await page.clock.fastForward('15:01');
          await expect(page.getByRole('dialog')).toBeVisible();
          for (const problem of await layoutProblems(page))
            problems.push(`${where} idle overlay: ${problem}`);
          await page.getByRole('dialog').getByRole('button', { name: 'Lanjutkan' }).tap();
          await expect(page.getByRole('dialog')).toBeHidden();
        });
      }
      expect(problems).toEqual([]);
    });
  });
}
