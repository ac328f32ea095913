import type { Page } from '@playwright/test';
import type { LangMap } from '../../electron/shared/collection-records';
import { installAdminStandIn, STAND_IN_PIN, standInStatus } from './admin-stand-in';
import { expect, test, waitForSettledStore } from './kiosk-fixtures';
import { expectBoundedText, sidewaysOverflow } from './page-probes';
import { writeSampleVariant } from './sample-variant';

/**
 * Curator text far past any reading length must never freeze the kiosk or run off the screen,
 * whatever the checker lets through: a piece, its motif and its group carry a description of
 * megabytes in one paragraph, a 500-character word, a long URL and a long folder path. Every
 * screen that shows curator text is opened and scrolled; it may hold only a bounded amount of text
 * (never the megabytes), and no element may be wider than the viewport.
 */
const PIECE = 'jlamprang-tulis-1900';
const OTHER = 'jlamprang-cap-1970';
const MOTIF = 'jlamprang';

const WORD = 'Jlamprangpekalongan'.repeat(27).slice(0, 500);
const URL_TEXT = `https://museum.example/koleksi/${'kain-batik-pesisiran-'.repeat(12)}index.html`;
const PATH_TEXT = `/media/usb/koleksi/${'arsip-foto-lama/'.repeat(14)}IMG_0001.TIF`;
const SENTENCE = 'Kain ini dibuat dengan canting di atas mori halus dan diwarnai berulang kali. ';
/** About 4 MB in a single paragraph: laid out whole, it blocks the page for minutes. */
const HUGE = SENTENCE.repeat(Math.ceil(4_000_000 / SENTENCE.length));

const all = (text: string): LangMap => ({ id: text, en: text, jv: text });
/** The megabytes only in Indonesian: the other languages fall back to it, as a real gap would. */
const huge = (text: string): LangMap => ({ id: text });

function writeLongTextVariant() {
  return writeSampleVariant((records) => {
    const piece = records.pieces.find((p) => p.id === PIECE)!;
    piece.title = all(`Kain Panjang Jlamprang ${WORD}`);
    piece.summary = all(`Lihat ${URL_TEXT} ${WORD}`);
    piece.description = huge(`${WORD}\n\n${URL_TEXT}\n\n${HUGE}\n\nAkhir.`);
    piece.notes = [huge(`${PATH_TEXT} ${HUGE.slice(0, 200_000)}`)];
    piece.inscriptions = [{ text: WORD, translation: all(URL_TEXT) }];
    piece.rights = all(URL_TEXT);
    piece.production.date.display = all(WORD);
    const motif = records.motifs.find((m) => m.id === MOTIF)!;
    motif.meaning = huge(`${WORD}\n\n${HUGE}`);
    motif.history = all(`${URL_TEXT} ${PATH_TEXT}`);
    const group = records.terms.find((t) => t.id === `group:${piece.group}`)!;
    group.description = huge(`${WORD} ${URL_TEXT} ${HUGE}`);
    // Without pictures: the zoom viewer's first draw decodes a whole picture on the main thread (a
    // long task of its own on this machine), which is not what this test is about.
    for (const id of [PIECE, OTHER]) records.pieces.find((p) => p.id === id)!.media = [];
  });
}

async function expectNothingWider(page: Page, screen: string) {
  expect(await sidewaysOverflow(page), `${screen}: elements wider than the viewport`).toEqual([]);
}

async function go(page: Page, hash: string, route: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await expect(page.locator('.app')).toHaveAttribute('data-route', route);
}

/** Opens a screen freshly: by way of the (plain) motif list, so the screen mounts anew each run. */
async function open(page: Page, hash: string, route: string, ready: () => Promise<void>) {
  await go(page, '#/motifs', 'motifs');
  await go(page, hash, route);
  await ready();
}

for (const viewport of [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
]) {
  test.describe(`${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('megabytes of curator text: laid out in bounded parts, nothing wider than the screen', async ({
      page,
      host,
      collection,
    }) => {
      test.setTimeout(240_000);
      const variant = writeLongTextVariant();
      try {
        host.serve(variant.root);
        await installAdminStandIn(
          page,
          standInStatus(collection.manifest.version, collection.manifest.builtAt, [
            {
              file: PATH_TEXT,
              field: WORD,
              line: 12,
              kind: 'wrong-type',
              message: URL_TEXT,
              severity: 'error',
            },
          ]),
        );
        await page.goto(`${host.url}?idle=900#/search`);
        await waitForSettledStore(page);
        // The search index holds the long texts too; let it finish loading before measuring.
        await expect(page.locator('.search-screen')).toHaveAttribute('data-index', 'complete', {
          timeout: 120_000,
        });

        const heading = () => expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();

        await test.step('home: group descriptions', async () => {
          await expectBoundedText(page, 'home', () => open(page, '#/', 'home', heading));
          await expectNothingWider(page, 'home');
          const dialog = page.getByRole('dialog');
          await expectBoundedText(page, 'home, reading a description in full', async () => {
            if (await dialog.isVisible()) await dialog.getByRole('button', { name: 'Tutup' }).tap();
            await page
              .getByRole('button', { name: /^Baca selengkapnya/ })
              .first()
              .tap();
            await expect(dialog).toBeVisible();
          });
          await expectNothingWider(page, 'home, description dialog');
          await dialog.getByRole('button', { name: 'Tutup' }).tap();
          await expect(dialog).toBeHidden();
        });

        await test.step('piece record', async () => {
          const title = () => expect(page.locator('#piece-title')).toContainText('Kain Panjang Jlamprang');
          await expectBoundedText(page, 'piece', () => open(page, `#/piece/${PIECE}`, 'piece', title));
          await expectNothingWider(page, 'piece');
          // Reading on: each "read on" lays out one more bounded part.
          for (let i = 1; i <= 3; i++) {
            await expectBoundedText(page, `piece, read on ${i}`, () =>
              page.getByRole('button', { name: 'Baca lanjutannya' }).first().tap(),
            );
          }
          await expectNothingWider(page, 'piece, read on');
        });

        await test.step('motif page', async () => {
          await expectBoundedText(page, 'motif', () => open(page, `#/motif/${MOTIF}`, 'motif', heading));
          await expectNothingWider(page, 'motif');
        });

        await test.step('compare', async () => {
          await expectBoundedText(page, 'compare', () =>
            open(page, `#/compare/${PIECE}/${OTHER}`, 'compare', heading),
          );
          await expectNothingWider(page, 'compare');
        });

        await test.step('search results', async () => {
          await expectBoundedText(page, 'search', async () => {
            await open(page, '#/search', 'search', heading);
            const keyboard = page.getByRole('group', { name: 'Papan ketik' });
            await keyboard.getByRole('button', { name: 'Hapus semua' }).tap();
            for (const key of 'jlamprang')
              await keyboard.getByRole('button', { name: key, exact: true }).tap();
            await expect(page.locator('.search-screen .piece-card').first()).toBeVisible();
          });
          await expectNothingWider(page, 'search');
        });

        await test.step('admin status', async () => {
          await go(page, '#/admin', 'admin');
          for (const digit of STAND_IN_PIN)
            await page.getByRole('button', { name: digit, exact: true }).tap();
          await page.getByRole('button', { name: 'OK', exact: true }).tap();
          await expect(page.getByRole('table')).toContainText('Jlamprangpekalongan');
          await expectNothingWider(page, 'admin status');
        });
      } finally {
        variant.remove();
      }
    });
  });
}
