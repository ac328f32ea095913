import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { PieceRecord, TermRecord } from '../../electron/shared/collection-records';
import { expect, test, waitForSettledStore, type ServedCollection } from './kiosk-fixtures';
import { writeVariant } from './variant-collection';

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
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A facet's tab (its accessible name may end with the number of values chosen in it). */
const facet = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Saring koleksi' })
    .getByRole('tab', { name: new RegExp(`^${escape(name)}( \\d+)?$`) });
/** The open facet's values, named by its tab. */
const values = (page: Page, facetName: string) =>
  page.getByRole('tabpanel', { name: new RegExp(`^${escape(facetName)}( \\d+)?$`) });
/** A value chip of the open facet, by its label (the accessible name ends with its count). */
const chip = (page: Page, facetName: string, label: string) =>
  values(page, facetName).getByRole('button', { name: new RegExp(`^${escape(label)} \\d+$`) });
/** Every chip of the open facet: its label, count and whether it is chosen. */
async function chipsOf(page: Page, facetName: string) {
  const chips = values(page, facetName).getByRole('button');
  await expect(chips.first()).toBeVisible();
  const read = async (button: Locator) => ({
    label: await button.locator('.facet-chip__label').innerText(),
    count: Number((await button.locator('.facet-chip__count').innerText()).replace(/\D/g, '')),
    pressed: (await button.getAttribute('aria-pressed')) === 'true',
    button,
  });
  return Promise.all((await chips.all()).map(read));
}

async function openFacet(page: Page, name: string) {
  const tab = facet(page, name);
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.tap();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(values(page, name)).toBeVisible();
}

test('browse: facets with live counts that all lead somewhere, sort, remembered place, colour browse', async ({
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

  await test.step('no chip leads to an empty list: every chip shown gives its count when tapped', async () => {
    const before = all(pesisiran, tulis, justM1);
    const now = matching(before);
    const hidden: string[] = [];
    for (const name of ['Daerah', 'Masa', 'Warna', 'Jenis kain']) {
      await openFacet(page, name);
      for (const { label, count: n, pressed, button } of await chipsOf(page, name)) {
        expect(pressed, `${name} ${label} is not chosen yet`).toBe(false);
        expect(n, `${name} ${label}`).toBeGreaterThan(0);
        await button.tap();
        await expect(count(page)).toHaveText(`${n} kain`);
        await chip(page, name, label).tap();
        await expect(count(page)).toHaveText(`${now} kain`);
      }
    }
    // The motif facet lists exactly the motifs that would show a piece with the other filters.
    await openFacet(page, 'Motif');
    const shown = (await chipsOf(page, 'Motif')).map((c) => c.label).sort();
    const withPieces = collection.motifs
      .filter((m) => m.id === m1 || matching(all(pesisiran, tulis, (p) => p.motifIds.includes(m.id))) > 0)
      .map((m) => m.name.id!);
    for (const m of collection.motifs) if (!withPieces.includes(m.name.id!)) hidden.push(m.name.id!);
    expect(shown).toEqual([...withPieces].sort());
    expect(hidden.length, 'the sample should have motifs this filter leaves out').toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Hapus semua saringan' }).first().tap();
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

test('a chosen value the other filters empty stays, shows 0, and can be taken back', async ({
  page,
  host,
  collection,
  foreignRequests,
}) => {
  const terms = readTerms(collection);
  const motifName = (id: string) => collection.motifs.find((m) => m.id === id)!.name.id!;
  const has = (id: string) => (p: PieceRecord) => p.motifIds.includes(id);
  // Two motifs and a garment that only the first one's pieces have: choosing the garment after both
  // motifs leaves the second motif with nothing.
  const garments = [...new Set(collection.pieces.map((p) => p.objectType))];
  let found: { a: string; b: string; garment: string } | undefined;
  search: for (const a of collection.motifs)
    for (const b of collection.motifs)
      for (const garment of garments) {
        const isGarment = (p: PieceRecord) => p.objectType === garment;
        const with_ = (m: string) => collection.pieces.filter((p) => has(m)(p) && isGarment(p)).length;
        if (a.id !== b.id && with_(a.id) > 0 && with_(b.id) === 0) {
          found = { a: a.id, b: b.id, garment };
          break search;
        }
      }
  if (!found) throw new Error('no motif pair splits on a garment in this collection: pick another facet');
  const { a, b, garment } = found;
  const garmentLabel = terms.get(`garment:${garment}`)?.label.id ?? garment;

  await page.goto(`${host.url}#/browse`);
  await waitForSettledStore(page);
  await openFacet(page, 'Motif');
  await chip(page, 'Motif', motifName(a)).tap();
  await chip(page, 'Motif', motifName(b)).tap();
  await openFacet(page, 'Jenis kain');
  await chip(page, 'Jenis kain', garmentLabel).tap();
  const onlyA = collection.pieces.filter((p) => has(a)(p) && p.objectType === garment).length;
  await expect(count(page)).toHaveText(`${onlyA} kain`);

  await openFacet(page, 'Motif');
  const emptied = chip(page, 'Motif', motifName(b));
  await expect(emptied).toHaveAttribute('aria-pressed', 'true');
  await expect(emptied.locator('.facet-chip__count')).toHaveText('0');
  for (const c of await chipsOf(page, 'Motif')) if (!c.pressed) expect(c.count).toBeGreaterThan(0);
  await emptied.tap();
  await expect(emptied).toHaveCount(0);
  await expect(count(page)).toHaveText(`${onlyA} kain`);
  await expect(page.getByRole('button', { name: `Hapus saringan ${motifName(b)}` })).toHaveCount(0);
  expect(foreignRequests).toEqual([]);
});

test('colour chips carry their swatch, motif chips their drawing; an open tab and a chosen chip differ', async ({
  page,
  host,
  collection,
  foreignRequests,
}) => {
  const terms = readTerms(collection);
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  await page.goto(`${host.url}#/browse`);
  await waitForSettledStore(page);

  await test.step('every colour chip shows its own swatch', async () => {
    await openFacet(page, 'Warna');
    const chips = await chipsOf(page, 'Warna');
    const colours = [...terms.values()].filter((t) => t.vocab === 'colour');
    expect(chips.length).toBeGreaterThan(3);
    for (const { label, button } of chips) {
      const term = colours.find((t) => t.label.id === label);
      expect(term, `a colour term labelled ${label}`).toBeDefined();
      const swatch = button.locator('.facet-chip__swatch');
      await expect(swatch).toBeVisible();
      await expect(swatch).toHaveCSS('background-color', rgb(term!.hex!));
    }
  });

  await test.step("every motif chip shows the motif's own drawing, loaded", async () => {
    await openFacet(page, 'Motif');
    const chips = await chipsOf(page, 'Motif');
    expect(chips.length).toBe(collection.motifs.length);
    for (const { label, button } of chips) {
      const motif = collection.motifs.find((m) => m.name.id === label)!;
      const main = motif.media.find((m) => m.view === 'full') ?? motif.media[0];
      const drawing = button.locator('img.facet-chip__thumb');
      await drawing.scrollIntoViewIfNeeded();
      await expect(drawing).toBeVisible();
      const src = (await drawing.getAttribute('src'))!;
      expect(main.thumbs.map((t) => `collection/${t.src}`)).toContain(src);
      await expect
        .poll(() => drawing.evaluate((img: HTMLImageElement) => img.naturalWidth))
        .toBeGreaterThan(0);
    }
  });

  const tabAndChip = async () => {
    await openFacet(page, 'Motif');
    const first = (await chipsOf(page, 'Motif'))[0];
    if (!first.pressed) await first.button.tap();
    const tab = facet(page, 'Motif');
    const chosen = chip(page, 'Motif', first.label);
    const other = values(page, 'Motif').locator('.facet-chip[aria-pressed="false"]').first();
    // In accessible terms: a tab that is selected; a toggle that is pressed.
    await expect(tab).toHaveAttribute('role', 'tab');
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(facet(page, 'Warna')).toHaveAttribute('aria-selected', 'false');
    await expect(chosen).toHaveAttribute('aria-pressed', 'true');
    await expect(other).toHaveAttribute('aria-pressed', 'false');
    // By shape: the open tab's arrow turns down and its foot is square with a bar under it;
    // a chosen chip keeps its round ends and shows a tick that an unchosen one does not.
    await expect(tab.locator('.facet-tab__mark')).not.toHaveCSS('transform', 'none');
    await expect(facet(page, 'Warna').locator('.facet-tab__mark')).toHaveCSS('transform', 'none');
    await expect(tab).toHaveCSS('border-bottom-left-radius', '0px');
    await expect(tab).toHaveCSS('box-shadow', /inset/);
    await expect(chosen).not.toHaveCSS('border-bottom-left-radius', '0px');
    await expect(chosen.locator('.facet-chip__check-tick')).not.toHaveCSS('stroke', 'none');
    await expect(other.locator('.facet-chip__check-tick')).toHaveCSS('stroke', 'none');
    await expect(tab.locator('.facet-chip__check')).toHaveCount(0);
    await expect(chosen.locator('.facet-tab__mark')).toHaveCount(0);
    // And by colour as well: the open tab is not filled like a chosen chip.
    const fill = (l: Locator) => l.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await fill(tab)).not.toBe(await fill(chosen));
  };

  await test.step('an open tab and a chosen chip differ by role and by shape', tabAndChip);
  await test.step('and so they do in the high-contrast mode', async () => {
    await page.getByRole('button', { name: 'Aksesibilitas' }).tap();
    await page.getByRole('button', { name: 'Kontras tinggi' }).tap();
    await expect(page.locator('html')).toHaveAttribute('data-high-contrast', 'true');
    await page.getByRole('button', { name: 'Tutup' }).tap();
    await tabAndChip();
    await axeClean(page);
  });
  expect(foreignRequests).toEqual([]);
});

test('a filter that matches nothing (a group with no piece yet) offers to remove it', async ({
  page,
  host,
  foreignRequests,
}) => {
  // The small fixture: three north-coast pieces and no group terms, so home offers the museum's
  // five groups and four of them hold nothing. No facet chip can lead here; a home tile can.
  host.serve(writeVariant(0, 50).root);
  await page.goto(`${host.url}#/`);
  await waitForSettledStore(page);
  await page.locator('.home-group[data-group="mancanegara"]').tap();
  await expect(page.getByRole('heading', { name: 'Tidak ada kain yang cocok' })).toBeVisible();
  await expect(count(page)).toHaveText('0 kain');
  await axeClean(page);
  await page.getByRole('button', { name: 'Hapus saringan terakhir: mancanegara' }).tap();
  await expect(count(page)).toHaveText('3 kain');
  expect(foreignRequests).toEqual([]);
});

test('scrolling hands rows on in place, and never leaves keyboard focus on another piece', async ({
  page,
  host,
  foreignRequests,
}) => {
  await page.goto(`${host.url}#/browse`);
  await waitForSettledStore(page);
  const cards = grid(page).getByRole('listitem');
  await expect(cards.first()).toBeVisible();
  const places = (items: Locator) =>
    items.evaluateAll((found) => found.map((item) => Number(item.getAttribute('aria-posinset'))));
  const firstScreen = await places(cards);
  // Mark the elements of the first screen's rows: React keeps an attribute it does not own for as
  // long as it keeps the element.
  await page.evaluate(() => {
    for (const row of document.querySelectorAll('.browse-grid__row')) row.setAttribute('data-test-first', '');
  });
  const firstCard = grid(page).getByRole('button').first();
  const firstTitle = await firstCard.locator('.card__title').innerText();
  await firstCard.focus();

  await page.locator('.browse-grid-scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect.poll(async () => Math.min(...(await places(cards)))).toBeGreaterThan(Math.max(...firstScreen));
  // The first screen's row elements now show later pieces (all but the row that held focus).
  const reused = page.locator('.browse-grid__row[data-test-first]').getByRole('listitem');
  await expect.poll(() => reused.count()).toBeGreaterThan(0);
  expect(Math.min(...(await places(reused)))).toBeGreaterThan(Math.max(...firstScreen));
  // Focus went with its card rather than stay on an element that now shows another piece.
  const focusedTitle = await page.evaluate(
    () => document.activeElement?.closest('.piece-card')?.querySelector('.card__title')?.textContent ?? null,
  );
  expect([null, firstTitle]).toContain(focusedTitle);
  expect(foreignRequests).toEqual([]);
});

test('every card of the grid is equally tall: the title two lines at most, each fact one line cut short', async ({
  page,
  host,
  foreignRequests,
}) => {
  const long = 'sekitar 1900, dibuat ulang beberapa kali oleh pembatik yang berbeda di pesisir utara Jawa';
  const variant = writeVariant(0, 50, ({ pieces }) => {
    const [wordy, bare] = pieces;
    wordy!.title = { id: `Kain panjang yang judulnya sangat panjang sekali ${long}` };
    wordy!.motifIds = ['fx-jlamprang', 'fx-kawung', 'fx-jlamprang', 'fx-kawung', 'fx-jlamprang'];
    wordy!.production.date = { display: { id: long } };
    // No motif and no date: two empty lines, which still take their place.
    bare!.motifIds = [];
    bare!.motifs = [];
    bare!.production.date = { display: {} };
  });
  host.serve(variant.root);
  await page.goto(`${host.url}#/browse`);
  await waitForSettledStore(page);
  await expect(grid(page).getByRole('button')).toHaveCount(3);
  const cards = await page.locator('.browse-grid .piece-card').evaluateAll((found) =>
    found.map((card) => {
      const title = card.querySelector<HTMLElement>('.card__title')!;
      const facts = card.querySelector<HTMLElement>('.card__facts')!;
      const lineOf = (el: HTMLElement) => parseFloat(getComputedStyle(el).lineHeight);
      return {
        height: card.getBoundingClientRect().height,
        titleLines: Math.round(title.clientHeight / lineOf(title)),
        factLines: facts.clientHeight / lineOf(facts),
        factsText: facts.textContent,
        // A line longer than the card is cut (with an ellipsis), not wrapped onto a fourth line.
        cut: facts.scrollWidth > facts.clientWidth,
        hiddenBelow: facts.scrollHeight > facts.clientHeight + 1,
        ellipsis: getComputedStyle(facts).textOverflow,
      };
    }),
  );
  expect(new Set(cards.map((c) => Math.round(c.height))).size).toBe(1);
  for (const card of cards) {
    expect(card.titleLines).toBeLessThanOrEqual(2);
    expect(card.factLines).toBeCloseTo(3, 1);
    expect(card.hiddenBelow).toBe(false);
    expect(card.ellipsis).toBe('ellipsis');
  }
  const wordy = cards.find((c) => c.factsText!.includes(long))!;
  expect(wordy.cut).toBe(true);
  expect(cards.find((c) => c.factsText!.startsWith('\n\n'))).toBeDefined();
  expect(foreignRequests).toEqual([]);
});

for (const scale of [1, 2]) {
  test.describe(`on a screen of ${scale}x pixel density`, () => {
    test.use({ deviceScaleFactor: scale });

    test('the grid draws each picture from a 4:3 card crop as large as the card needs, and no larger', async ({
      page,
      host,
      foreignRequests,
    }) => {
      await page.goto(`${host.url}#/browse`);
      await waitForSettledStore(page);
      const drawn = () =>
        page.locator('.browse-grid img.card__picture').evaluateAll((found) =>
          found
            .filter((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0)
            .filter((img) => img.getBoundingClientRect().bottom <= innerHeight)
            .map((el) => {
              const img = el as HTMLImageElement;
              return {
                src: img.currentSrc,
                natural: [img.naturalWidth, img.naturalHeight],
                width: img.clientWidth,
              };
            }),
        );
      // The first screen's pictures (lazy ones load as they come into view).
      await expect.poll(async () => (await drawn()).length, { timeout: 30_000 }).toBeGreaterThanOrEqual(4);
      for (const picture of await drawn()) {
        // The crop's own width is in its name: natural sizes are in CSS pixels, the file's width
        // over the density the browser chose it for.
        const crop = Number(/-card-(\d+)\.jpg$/.exec(picture.src)?.[1]);
        const [width, height] = picture.natural as [number, number];
        expect(width / height).toBeCloseTo(4 / 3, 2);
        // Enough pixels for the card on this screen (within the card's border), and the smaller
        // crop where it is enough.
        expect(crop).toBeGreaterThanOrEqual(picture.width * scale - 8);
        expect(crop).toBeLessThan(2 * picture.width * scale);
      }
      expect(foreignRequests).toEqual([]);
    });
  });
}
