import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForSettledStore, type ServedCollection } from './kiosk-fixtures';

/** A hand-drawn (tulis) and a stamped (cap) jlamprang: the comparison the museum's guides make. */
const TULIS = 'jlamprang-tulis-1900';
const CAP = 'jlamprang-cap-1970';

const viewers = (page: Page) => page.getByRole('img', { name: /^Gambar yang dapat diperbesar: / });
const facts = (page: Page) => page.getByRole('table', { name: 'Ciri-ciri utama kedua kain, berjajar' });

async function viewerBoxes(page: Page) {
  const boxes = await Promise.all((await viewers(page).all()).map((v) => v.boundingBox()));
  return boxes.map((box) => box!);
}

/** Opens a piece the way a visitor's hash link would, and presses its compare button. */
async function addToTray(page: Page, collection: ServedCollection, id: string) {
  const piece = collection.pieces.find((p) => p.id === id)!;
  await page.evaluate((hash) => (location.hash = hash), `#/piece/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: piece.title.id })).toBeVisible();
  await page.getByRole('button', { name: 'Bandingkan' }).tap();
  return piece;
}

/** Turns on the high-contrast mode the way a visitor does, through the accessibility menu. */
async function highContrast(page: Page) {
  await page.getByRole('button', { name: 'Aksesibilitas' }).tap();
  await page.getByRole('button', { name: 'Kontras tinggi' }).tap();
  await expect(page.locator('html')).toHaveAttribute('data-high-contrast', 'true');
  await page.getByRole('button', { name: 'Tutup' }).tap();
}

test('a tulis and a cap piece side by side, each zoomable; swap, remove and clear', async ({
  page,
  host,
  collection,
  foreignRequests,
}) => {
  await page.goto(`${host.url}#/browse`);
  await waitForSettledStore(page);

  const tulis = await addToTray(page, collection, TULIS);
  await expect(page.getByRole('button', { name: 'Bandingkan' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('Kain ini dipilih untuk dibandingkan.', { exact: false })).toBeVisible();
  const cap = await addToTray(page, collection, CAP);

  await test.step('both pieces open side by side with their techniques on one row', async () => {
    await expect(page).toHaveURL(new RegExp(`#/compare/${TULIS}/${CAP}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Membandingkan dua kain' })).toBeVisible();
    const titles = page.getByRole('heading', { level: 2 });
    await expect(titles).toHaveText([tulis.title.id!, cap.title.id!]);
    const technique = facts(page).getByRole('row', { name: /Teknik/ });
    await expect(technique.getByRole('cell')).toHaveText([/^Batik tulis/, /^Batik cap/]);
    await expect(technique).toContainText('berbeda');
    await expect(viewers(page)).toHaveCount(2);
    await expect(page.locator('.kit-zoom[data-status="ready"]')).toHaveCount(2);
    for (const viewer of await viewers(page).all()) await expect(viewer).toHaveAttribute('data-zoom', /^\d/);
    await expect(page.locator('.kit-zoom__canvas > .openseadragon-container')).toHaveCount(2);
  });

  await test.step('each side zooms on its own, its navigator clear of its buttons', async () => {
    const side = page.locator('.kit-zoom').first();
    await side.getByRole('button', { name: 'Perbesar' }).tap();
    await expect(side.locator('.navigator')).toBeVisible();
    await expect(page.locator('.kit-zoom').nth(1).locator('.navigator')).toBeHidden();
    const map = (await side.locator('.navigator').boundingBox())!;
    const controls = (await side.locator('.kit-zoom__controls').boundingBox())!;
    expect(map.x + map.width).toBeLessThan(controls.x);
    await side.getByRole('button', { name: 'Kembalikan tampilan' }).tap();
    await expect(side.locator('.navigator')).toBeHidden();
  });

  await test.step('landscape puts the pieces next to each other', async () => {
    const [a, b] = await viewerBoxes(page);
    expect(b.x).toBeGreaterThan(a.x + a.width);
  });

  await test.step('the compare screen passes axe (WCAG 2.2 AA)', async () => {
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations).toEqual([]);
  });

  await test.step('and in high-contrast mode', async () => {
    await highContrast(page);
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations).toEqual([]);
  });

  await test.step('swap exchanges the sides', async () => {
    await page.getByRole('button', { name: 'Tukar tempat' }).tap();
    await expect(page).toHaveURL(new RegExp(`#/compare/${CAP}/${TULIS}$`));
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([cap.title.id!, tulis.title.id!]);
  });

  await test.step('portrait stacks the pieces', async () => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    const [a, b] = await viewerBoxes(page);
    expect(b.y).toBeGreaterThan(a.y + a.height);
    await page.setViewportSize({ width: 1920, height: 1080 });
  });

  await test.step('removing one goes to the other, which waits for a new partner', async () => {
    await page.getByRole('button', { name: `Keluarkan dari perbandingan: ${cap.title.id}` }).tap();
    await expect(page.getByRole('heading', { level: 1, name: tulis.title.id })).toBeVisible();
    await expect(page.locator('.kit-zoom__canvas > .openseadragon-container')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Bandingkan' })).toHaveAttribute('aria-pressed', 'true');
  });

  await test.step('clearing empties the tray and leaves the screen', async () => {
    await addToTray(page, collection, CAP);
    await expect(page).toHaveURL(new RegExp(`#/compare/${TULIS}/${CAP}$`));
    await page.getByRole('button', { name: 'Kosongkan perbandingan' }).tap();
    // Back to where the visitor pressed "compare": the cap piece, no longer in the tray.
    await expect(page.getByRole('heading', { level: 1, name: cap.title.id })).toBeVisible();
    await expect(page.locator('.kit-zoom__canvas > .openseadragon-container')).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Bandingkan' })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByText('Dipilih untuk dibandingkan', { exact: false })).toHaveCount(0);
  });
  expect(foreignRequests).toEqual([]);
});
