import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test, waitForSettledStore } from './kiosk-fixtures';
import { README_SET, writeReadmeCopy } from './zz-readme-shots';
import { picturesLoaded, SCREENS, showIdleOverlay } from './zz-every-screen';

/**
 * A screenshot of every screen in both orientations, saved to tests/output/screenshots/ (git-ignored)
 * by every run; each must show a real page (many colours, not a blank or single-colour frame).
 * `README_SHOTS=1 npx playwright test tests/e2e/zz-screenshots.spec.ts` also writes the chosen set
 * (zz-readme-shots.ts), palette-compressed, into assets/readme/ for the README.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT = path.join(root, 'tests/output/screenshots');
const README = path.join(root, 'assets/readme');
/** Well over what a blank, single-colour or half-painted frame has at 1/10 scale. */
const MIN_COLOURS = 200;

async function distinctColours(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png)
    .resize({ width: 192, kernel: 'nearest' })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const colours = new Set<number>();
  for (let i = 0; i < info.width * info.height * 3; i += 3)
    colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
  return colours.size;
}

async function shoot(page: Page, name: string) {
  await picturesLoaded(page);
  // Finish any pressed-state or entry transition before the frame is taken.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const png = await page.screenshot({ path: path.join(OUT, `${name}.png`), animations: 'disabled' });
  expect(await distinctColours(png), `${name}.png looks blank`).toBeGreaterThan(MIN_COLOURS);
  if (process.env.README_SHOTS && README_SET.has(name)) await writeReadmeCopy(png, README, name);
}

/**
 * The jlamprang motif page with its first element chosen: the viewer zoomed in on it, outlined and
 * captioned. Shot once the zoom has come to rest (two reads of `data-zoom` a frame apart agree).
 */
async function showChosenCallout(page: Page) {
  await page.goto(`${page.url().split('#')[0]}#/motif/jlamprang`);
  await waitForSettledStore(page);
  const zoom = page.locator('.kit-zoom');
  await expect(zoom).toHaveAttribute('data-status', 'ready');
  const canvas = page.locator('.kit-zoom__canvas');
  const home = Number(await canvas.getAttribute('data-zoom'));
  const first = page.locator('.region-callouts__button').first();
  await first.tap();
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.region-callouts__caption')).not.toBeEmpty();
  let last = 0;
  await expect
    .poll(async () => {
      const now = Number(await canvas.getAttribute('data-zoom'));
      const resting = now > home * 1.2 && Math.abs(now - last) < 1e-4;
      last = now;
      return resting;
    })
    .toBe(true);
}

const ORIENTATIONS = [
  { orientation: 'landscape', viewport: { width: 1920, height: 1080 } },
  { orientation: 'portrait', viewport: { width: 1080, height: 1920 } },
] as const;

for (const { orientation, viewport } of ORIENTATIONS) {
  test.describe(orientation, () => {
    test.use({ viewport });

    test(`screenshots of every screen, ${orientation} ${viewport.width}x${viewport.height}`, async ({
      page,
      host,
      foreignRequests,
    }) => {
      test.setTimeout(180_000);
      mkdirSync(OUT, { recursive: true });
      if (process.env.README_SHOTS) mkdirSync(README, { recursive: true });
      await page.goto(`${host.url}?idle=900#/`);
      await waitForSettledStore(page);
      for (const screen of SCREENS) {
        await test.step(screen.name, async () => {
          await screen.show(page);
          await shoot(page, `${orientation}-${screen.name}`);
        });
      }
      await test.step('motif element zoomed (a callout chosen)', async () => {
        await showChosenCallout(page);
        await shoot(page, `${orientation}-motif-callout`);
      });
      await test.step('idle overlay', async () => {
        await page.goto(`${host.url}?idle=1&countdown=600#/browse`);
        await waitForSettledStore(page);
        await showIdleOverlay(page);
        await shoot(page, `${orientation}-idle-overlay`);
      });
      expect(foreignRequests, 'requests outside the kiosk origin').toEqual([]);
    });
  });
}
