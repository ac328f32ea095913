import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForSettledStore } from './kiosk-fixtures';

/**
 * WCAG 2.2 AA over this screen (the app's main area); the shared header belongs to the shell and
 * is checked by the shell's own tests.
 */
async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page })
    .include('.app-main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations).toEqual([]);
}

/** Curator text as the page shows it: YAML line wrapping becomes plain spaces. */
const asShown = (text: string) => text.replace(/\s+/g, ' ').trim();

test('motif list and motif pages by touch, in Indonesian and English', async ({
  page,
  host,
  collection,
  foreignRequests,
}) => {
  const jlamprang = collection.motifs.find((m) => m.id === 'jlamprang')!;
  const carrying = collection.pieces.filter((p) => p.motifIds.includes('jlamprang'));
  const restricted =
    collection.motifs.find((m) => m.id === 'parang-rusak' && m.larangan.restricted) ??
    collection.motifs.find((m) => m.larangan.restricted)!;
  const main = page.locator('.app-main');

  await page.goto(`${host.url}#/motifs`);
  await waitForSettledStore(page);

  await test.step('the list shows every motif as a tile', async () => {
    expect(collection.motifs.length).toBeGreaterThanOrEqual(25);
    await expect(main.getByRole('listitem')).toHaveCount(collection.motifs.length);
    await expect(main.getByRole('heading', { level: 1, name: 'Motif batik' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  await test.step('a family chip shows that family only', async () => {
    const family = main.getByRole('group', { name: 'Tampilkan keluarga motif' });
    await family.getByRole('button', { name: 'Parang', exact: true }).tap();
    const parangs = collection.motifs.filter((m) => m.family === 'parang').length;
    await expect(main.getByRole('listitem')).toHaveCount(parangs);
    await family.getByRole('button', { name: 'Semua keluarga' }).tap();
    await expect(main.getByRole('listitem')).toHaveCount(collection.motifs.length);
  });

  await test.step('jlamprang: its names, the pieces that carry it, its meaning in English', async () => {
    await main.getByRole('button', { name: new RegExp(`^${jlamprang.name.id}\\b`) }).tap();
    await expect(main.getByRole('heading', { level: 1, name: jlamprang.name.id })).toBeVisible();
    await expect(main.getByText(/^Juga ditulis: .*Jelamprang/)).toBeVisible();
    await expect(main.getByText('Gambar ilustrasi motif, bukan foto kain.')).toBeVisible();
    const pieces = main.getByRole('region', { name: `Kain bermotif ini di koleksi (${carrying.length})` });
    await expect(pieces.getByRole('button')).toHaveCount(carrying.length);
    for (const piece of carrying) {
      await expect(pieces.getByRole('button').filter({ hasText: piece.title.id }).first()).toBeVisible();
    }
    await expectNoAxeViolations(page);

    await page.getByRole('group', { name: 'Pilih bahasa' }).getByRole('button', { name: 'English' }).tap();
    const meaning = main.getByRole('region', { name: 'Meaning' });
    await expect(meaning).toContainText(asShown(jlamprang.meaning.en));
    await expect(
      main.getByRole('region', { name: `Cloths with this motif in the collection (${carrying.length})` }),
    ).toBeVisible();
    await page
      .getByRole('group', { name: 'Choose a language' })
      .getByRole('button', { name: 'Bahasa Indonesia' })
      .tap();
    await expect(main.getByRole('region', { name: 'Makna' })).toContainText(asShown(jlamprang.meaning.id));
  });

  await test.step('a restricted court motif shows the larangan badge and its rule', async () => {
    await main.getByRole('button', { name: 'Lihat semua motif' }).tap();
    await main.getByRole('button', { name: new RegExp(`^${restricted.name.id}\\b`) }).tap();
    await expect(main.getByRole('heading', { level: 1, name: restricted.name.id })).toBeVisible();
    const larangan = main.getByRole('region', { name: 'Motif larangan' });
    await expect(larangan).toContainText('motif larangan keraton');
    await expect(larangan).toContainText(asShown(restricted.larangan.rule!.id));
    await expectNoAxeViolations(page);
  });

  await test.step('high contrast: the motif page and the list stay axe-clean', async () => {
    await page.getByRole('button', { name: 'Aksesibilitas', exact: true }).tap();
    await page.getByRole('button', { name: 'Kontras tinggi' }).tap();
    await expect(page.locator('html')).toHaveAttribute('data-high-contrast', 'true');
    await page.getByRole('button', { name: 'Aksesibilitas', exact: true }).tap();
    await expectNoAxeViolations(page);
    await main.getByRole('button', { name: 'Lihat semua motif' }).tap();
    await expect(main.getByRole('listitem')).toHaveCount(collection.motifs.length);
    await expectNoAxeViolations(page);
  });

  await test.step('tapping a piece of the motif opens that piece', async () => {
    await page.goto(`${host.url}#/motif/jlamprang`);
    const first = [...carrying].sort((a, b) =>
      a.accession.localeCompare(b.accession, 'en', { numeric: true }),
    )[0];
    await main
      .getByRole('button')
      .filter({ has: page.getByText(first.title.id, { exact: true }) })
      .tap();
    await expect(page.getByRole('heading', { level: 1, name: first.title.id })).toBeVisible();
  });

  await test.step('an unknown motif gets a friendly page with a way back to the list', async () => {
    await page.goto(`${host.url}#/motif/no-such-motif`);
    await expect(main.getByRole('heading', { name: 'Motif tidak ditemukan' })).toBeVisible();
    await main.getByRole('button', { name: 'Lihat semua motif' }).tap();
    await expect(main.getByRole('listitem')).toHaveCount(collection.motifs.length);
  });

  expect(foreignRequests).toEqual([]);
});
