import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { PieceRecord, TermRecord } from '../../electron/shared/collection-records';
import { expect, test, waitForSettledStore, type ServedCollection } from './kiosk-fixtures';

/** The vocabulary terms of the served collection (the fixture reads pieces and motifs only). */
function readTerms(collection: ServedCollection): Map<string, TermRecord> {
  const terms = collection.manifest.chunks
    .filter((chunk) => chunk.kind === 'terms')
    .flatMap(
      (chunk) => JSON.parse(readFileSync(path.join(collection.root, chunk.file), 'utf8')) as TermRecord[],
    );
  return new Map(terms.map((term) => [term.id, term]));
}

type Test = (piece: PieceRecord) => boolean;
const all =
  (...tests: Test[]): Test =>
  (piece) =>
    tests.every((t) => t(piece));

const axeClean = async (page: Page) => {
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations).toEqual([]);
};

const count = (page: Page) => page.getByRole('status');
const grid = (page: Page) => page.getByRole('list', { name: 'Kain yang ditemukan' });
const facet = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Saring koleksi' })
    .getByRole('button', { name: new RegExp(`^${name}`) });
/** A value chip of the open facet, by its label (the accessible name ends with its count). */
const chip = (page: Page, facetName: string, label: string) =>
  page
    .getByRole('group', { name: facetName })
    .getByRole('button', { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d+$`) });

async function openFacet(page: Page, name: string) {
  const button = facet(page, name);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.tap();
  await expect(page.getByRole('group', { name })).toBeVisible();
}

test('browse: facets with live counts, sort, nothing-found, remembered place, colour browse', async ({
  page,
  host,
  collection,
  foreignRequests,
}) => {
  const terms = readTerms(collection);
  const label = (vocab: string, key: string) => terms.get(`${vocab}:${key}`)?.label.id ?? key;
  const motifName = (id: string) => collection.motifs.find((m) => m.id === id)?.name.id ?? id;
  const matching = (test: Test) => collection.pieces.filter(test).length;

  const pesisiran: Test = (p) => p.group === 'pesisiran';
  const tulis: Test = (p) => p.techniques.includes('tulis');
  // The two motifs most common among north-coast tulis pieces, so the OR visibly adds pieces.
  const motifCounts = new Map<string, number>();
  for (const piece of collection.pieces.filter(all(pesisiran, tulis)))
    for (const id of piece.motifIds) motifCounts.set(id, (motifCounts.get(id) ?? 0) + 1);
  const [m1, m2] = [...motifCounts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  const eitherMotif: Test = (p) => p.motifIds.includes(m1) || p.motifIds.includes(m2);
  const justM1: Test = (p) => p.motifIds.includes(m1);

  await page.goto(`${host.url}#/browse`);
  await waitForSettledStore(page);
  await expect(count(page)).toHaveText(`${collection.pieces.length} kain`);
  await expect(grid(page).getByRole('listitem').first()).toHaveAttribute(
    'aria-setsize',
    String(collection.pieces.length),
  );

  await test.step('group pesisiran, AND technique tulis, OR two motifs', async () => {
    await openFacet(page, 'Kelompok');
    await chip(page, 'Kelompok', label('group', 'pesisiran')).tap();
    await expect(chip(page, 'Kelompok', label('group', 'pesisiran'))).toHaveAttribute('aria-pressed', 'true');
    await expect(count(page)).toHaveText(`${matching(pesisiran)} kain`);

    await openFacet(page, 'Teknik');
    await chip(page, 'Teknik', label('technique', 'tulis')).tap();
    await expect(count(page)).toHaveText(`${matching(all(pesisiran, tulis))} kain`);

    await openFacet(page, 'Motif');
    await expect(chip(page, 'Motif', motifName(m1))).toContainText(
      String(matching(all(pesisiran, tulis, justM1))),
    );
    await chip(page, 'Motif', motifName(m1)).tap();
    await chip(page, 'Motif', motifName(m2)).tap();
    const both = matching(all(pesisiran, tulis, eitherMotif));
    expect(both).toBeGreaterThan(matching(all(pesisiran, tulis, justM1)));
    await expect(count(page)).toHaveText(`${both} kain`);
    await expect(grid(page).getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(both));
    await axeClean(page);
  });

  await test.step('removing the last filter drops the second motif', async () => {
    await page.getByRole('button', { name: `Hapus saringan ${motifName(m2)}` }).tap();
    await expect(count(page)).toHaveText(`${matching(all(pesisiran, tulis, justM1))} kain`);
    await expect(page.getByRole('button', { name: `Hapus saringan ${motifName(m2)}` })).toHaveCount(0);
  });

  await test.step('a combination with no piece offers to remove the last filter', async () => {
    // A garment no north-coast tulis piece with the first motif has: its chip shows 0 but may be tapped.
    const before = all(pesisiran, tulis, justM1);
    const garment = [...new Set(collection.pieces.map((p) => p.objectType))].find(
      (g) => matching(all(before, (p) => p.objectType === g)) === 0,
    );
    if (!garment) throw new Error('every garment occurs among the filtered pieces: pick another facet');
    await openFacet(page, 'Jenis kain');
    await chip(page, 'Jenis kain', label('garment', garment)).tap();
    await expect(page.getByRole('heading', { name: 'Tidak ada kain yang cocok' })).toBeVisible();
    await expect(count(page)).toHaveText('0 kain');
    await axeClean(page);
    await page.getByRole('button', { name: `Hapus saringan terakhir: ${label('garment', garment)}` }).tap();
    await expect(count(page)).toHaveText(`${matching(before)} kain`);
    await page.getByRole('button', { name: 'Hapus semua saringan' }).tap();
    await expect(count(page)).toHaveText(`${collection.pieces.length} kain`);
  });

  const year = (p: PieceRecord) => p.production.date.earliest ?? p.production.date.latest ?? Infinity;
  const byAccession = (a: PieceRecord, b: PieceRecord) =>
    a.accession.localeCompare(b.accession, 'en', { numeric: true });
  const byYear = (list: PieceRecord[]) => [...list].sort((a, b) => year(a) - year(b) || byAccession(a, b));

  await test.step('sorting by year puts the oldest piece first', async () => {
    const firstByAccession = [...collection.pieces].sort(byAccession)[0];
    const oldest = byYear(collection.pieces)[0];
    expect(oldest.id).not.toBe(firstByAccession.id);
    const firstCard = grid(page).getByRole('listitem').first();
    await expect(firstCard).toContainText(firstByAccession.title.id);
    await page.getByRole('group', { name: 'Urutkan:' }).getByRole('button', { name: 'Tahun' }).tap();
    await expect(firstCard).toContainText(oldest.title.id);
  });

  await test.step('back from a piece far down the list returns to the same place and filters', async () => {
    await openFacet(page, 'Kelompok');
    await chip(page, 'Kelompok', label('group', 'pesisiran')).tap();
    await expect(count(page)).toHaveText(`${matching(pesisiran)} kain`);
    const last = byYear(collection.pieces.filter(pesisiran)).at(-1)!;
    const scroller = page.locator('.browse-grid-scroller');
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const lastCard = grid(page).getByRole('button').filter({ hasText: last.title.id });
    await expect(lastCard).toBeInViewport();
    const offset = await scroller.evaluate((el) => el.scrollTop);
    expect(offset).toBeGreaterThan(500);

    await lastCard.tap();
    await expect(page.getByRole('heading', { level: 1, name: last.title.id })).toBeVisible();
    await page.goBack();
    await expect(count(page)).toHaveText(`${matching(pesisiran)} kain`);
    await expect(
      page.getByRole('button', { name: `Hapus saringan ${label('group', 'pesisiran')}` }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tahun' })).toHaveAttribute('aria-pressed', 'true');
    await expect(lastCard).toBeInViewport();
    expect(Math.abs((await scroller.evaluate((el) => el.scrollTop)) - offset)).toBeLessThan(2);
  });

  await test.step('colour browse: indigo opens browse filtered by indigo', async () => {
    await page.goto(`${host.url}#/colours`);
    const indigo = label('colour', 'indigo');
    const tile = page.getByRole('list', { name: 'Warna dan keluarga pewarna' }).getByRole('button', {
      name: new RegExp(`^${indigo}`),
    });
    const indigoPieces = matching((p) => p.colours.includes('indigo'));
    await expect(tile).toContainText(`${indigoPieces} kain`);
    await axeClean(page);
    await tile.tap();
    await expect(page).toHaveURL(/#\/browse$/);
    await expect(count(page)).toHaveText(`${indigoPieces} kain`);
    await expect(page.getByRole('button', { name: `Hapus saringan ${indigo}` })).toBeVisible();
    // Only the colour: the earlier group filter is gone.
    await expect(page.getByRole('group', { name: 'Saringan yang dipakai' }).getByRole('button')).toHaveCount(
      2,
    );
  });

  await test.step('portrait: the facets sit above the grid and the screen stays accessible', async () => {
    await page.setViewportSize({ width: 1080, height: 1920 });
    const panel = await page.getByRole('navigation', { name: 'Saring koleksi' }).boundingBox();
    const list = await grid(page).boundingBox();
    expect(panel!.y + panel!.height).toBeLessThanOrEqual(list!.y);
    await axeClean(page);
  });

  expect(foreignRequests).toEqual([]);
});
