import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForSettledStore } from './kiosk-fixtures';

/** Types on the app's on-screen keyboard by tapping one key per character. */
async function typeOnKeyboard(page: Page, text: string) {
  const keyboard = page.getByRole('group', { name: 'Papan ketik' });
  for (const char of text) {
    const name = char === ' ' ? 'Spasi' : char;
    await keyboard.getByRole('button', { name, exact: true }).tap();
  }
}

/**
 * WCAG 2.2 AA over this screen (the app's main area). The page head's viewport meta and the shared
 * header belong to the shell and are checked by the shell's own tests.
 */
async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page })
    .include('.app-main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations).toEqual([]);
}

async function clearField(page: Page) {
  await page.getByRole('group', { name: 'Papan ketik' }).getByRole('button', { name: 'Hapus semua' }).tap();
  await expect(page.getByRole('searchbox', { name: 'Kata pencarian' })).toHaveValue('');
}

const motifResults = (page: Page) => page.getByRole('region', { name: /^Motif \(/ });
const pieceResults = (page: Page) => page.getByRole('region', { name: /^Kain \(/ });
/** A piece result by its exact title (titles may begin with another piece's title). */
const pieceResult = (page: Page, title: string) =>
  pieceResults(page)
    .getByRole('button')
    .filter({ has: page.getByText(title, { exact: true }) });

test('search by touch: old spellings, typos, nothing found, recent searches', async ({
  page,
  host,
  collection,
  foreignRequests,
}) => {
  await page.goto(`${host.url}#/search`);
  await waitForSettledStore(page);
  const field = page.getByRole('searchbox', { name: 'Kata pencarian' });

  await test.step('the field never summons the OS keyboard', async () => {
    await expect(field).toHaveAttribute('inputmode', 'none');
    await expect(field).toHaveAttribute('readonly', '');
  });

  await test.step('the old spelling "djlamprang" finds the jlamprang motif and its cloths', async () => {
    await typeOnKeyboard(page, 'djlamprang');
    await expect(field).toHaveValue('djlamprang');
    const jlamprang = collection.motifs.find((m) => m.id === 'jlamprang')!;
    await expect(
      motifResults(page).getByRole('button', { name: new RegExp(jlamprang.name.id) }),
    ).toBeVisible();
    const carrying = collection.pieces.filter((p) => p.motifIds.includes('jlamprang'));
    expect(carrying.length).toBeGreaterThan(0);
    for (const piece of carrying) {
      await expect(pieceResult(page, piece.title.id)).toBeVisible();
    }
  });

  await test.step('the old spelling "tjap" finds stamped (cap) cloths', async () => {
    // Technique labels are in the index's details part, which joins after the names.
    await expect(page.locator('.search-screen')).toHaveAttribute('data-index', 'complete');
    // The index lives in its own worker, off the thread that handles touches.
    expect(page.workers().map((worker) => worker.url())).toContainEqual(
      expect.stringMatching(/query-worker/),
    );
    await clearField(page);
    await typeOnKeyboard(page, 'tjap');
    const stamped = collection.pieces.filter((p) => p.techniques.includes('cap'));
    expect(stamped.length).toBeGreaterThan(0);
    await expect(pieceResult(page, stamped[0].title.id)).toBeVisible();
  });

  await test.step('a typo still finds the motif, or offers it', async () => {
    await clearField(page);
    await typeOnKeyboard(page, 'jlamprong');
    await expect(page.getByRole('button', { name: /Jlamprang/ }).first()).toBeVisible();
  });

  await test.step('a nonsense word shows the nothing-found state with motifs to try', async () => {
    await clearField(page);
    await typeOnKeyboard(page, 'qxqzv');
    await expect(page.getByRole('status')).toHaveText('Tidak ada yang cocok dengan “qxqzv”.');
    await expect(pieceResults(page)).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Coba motif ini' }).getByRole('button')).toHaveCount(5);
    await expectNoAxeViolations(page);
  });

  await test.step('opening a result remembers the search; coming back shows it as a chip', async () => {
    await clearField(page);
    await typeOnKeyboard(page, 'kawung');
    const first = pieceResults(page).getByRole('button').first();
    const title = (await first.locator('.card__title').textContent()) ?? '';
    await first.tap();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await page.goBack();
    const recent = page.getByRole('region', { name: 'Pencarian terakhir' });
    await expect(recent.getByRole('button', { name: 'kawung' })).toBeVisible();
    // The chip puts the search back in the field.
    await clearField(page);
    await recent.getByRole('button', { name: 'kawung' }).tap();
    await expect(field).toHaveValue('kawung');
    await expect(pieceResult(page, title)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Aksesibilitas', exact: true }).tap();
    await page.getByRole('button', { name: 'Kontras tinggi' }).tap();
    await expect(page.locator('html')).toHaveAttribute('data-high-contrast', 'true');
    await page.getByRole('button', { name: 'Aksesibilitas', exact: true }).tap();
    await expectNoAxeViolations(page);
  });

  expect(foreignRequests).toEqual([]);
});

test('a query worker that dies leaves the search screen saying search is not ready, not loading for good', async ({
  page,
  host,
}) => {
  // The worker's script fails as it starts (a damaged install, say): its error event is all the
  // page hears of it. Before, the screen said "loading" for as long as the kiosk ran.
  await page.route('**/assets/query-worker-*.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: 'throw new Error("the query worker failed to start (test)");',
    }),
  );
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`${host.url}#/search`);
  await waitForSettledStore(page);
  await expect(page.getByRole('status').filter({ hasText: 'Pencarian belum siap.' })).toBeVisible();
  expect(errors.join('\n')).toContain('search worker failed: ');
  // The rest of the kiosk works on: the visitor is pointed to browsing, which answers.
  await page.goto(`${host.url}#/browse`);
  await expect(
    page.getByRole('list', { name: 'Kain yang ditemukan' }).getByRole('listitem').first(),
  ).toBeVisible();
});
