import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { RegionRecord } from '../../electron/shared/collection-records';
import { expect, test, waitForSettledStore } from './kiosk-fixtures';
import { writeSampleVariant } from './sample-variant';

/**
 * Issue 16 §2 from the visitor's side: the places an image names (a motif's elements, a cloth's
 * layout parts) as callouts beside the zoom viewer. Served from a copy of the sample whose
 * jlamprang drawing and c.1900 jlamprang cloth carry regions as the compiler writes them, so the
 * test does not depend on where the sample's drawing generator puts them.
 */
const MOTIF = 'jlamprang';
const PIECE = 'jlamprang-tulis-1900';

type Box = RegionRecord['box'];
const STAR: Box = { x: 0.3, y: 0.3, width: 0.4, height: 0.4 };
const GRID: Box = { x: 0.04, y: 0.05, width: 0.22, height: 0.2 };
const KEPALA: Box = { x: 0.4, y: 0, width: 0.2, height: 1 };
const STAR_ABOUT = {
  id: 'Bintang delapan sudut di tengah ceplok, dari ubin dan kain patola.',
  en: 'The eight-pointed star at the middle of each ceplok, after tiles and patola cloth.',
};

function writeRegionsVariant() {
  return writeSampleVariant((records) => {
    const motif = records.motifs.find((m) => m.id === MOTIF)!;
    const [star, grid] = motif.elements;
    motif.media[0]!.regions = [
      {
        kind: 'element',
        key: `${MOTIF}/bintang-bersudut-delapan`,
        label: star!,
        about: STAR_ABOUT,
        box: STAR,
      },
      {
        kind: 'element',
        key: `${MOTIF}/kisi-kisi-kotak`,
        label: grid!,
        box: GRID,
        polygon: [
          [0.04, 0.05],
          [0.26, 0.05],
          [0.26, 0.25],
          [0.04, 0.25],
        ],
      },
    ];
    const part = (key: string) => records.terms.find((t) => t.id === `part:${key}`)!;
    const piece = records.pieces.find((p) => p.id === PIECE)!;
    piece.media.find((m) => m.view === 'full')!.regions = [
      { kind: 'part', key: 'badan', label: part('badan').label, box: { x: 0, y: 0, width: 0.4, height: 1 } },
      {
        kind: 'part',
        key: 'kepala',
        label: part('kepala').label,
        about: part('kepala').description,
        box: KEPALA,
      },
    ];
    // The sample's own regions (written by the drawing generator) are left off the other views,
    // so this copy names exactly the places set here.
    for (const media of piece.media) if (media.view !== 'full') delete media.regions;
  });
}

/** The zoomable area (its name follows the language, so found by its place here). */
const viewer = (page: Page) => page.locator('.kit-zoom__canvas');
const zoomOf = async (page: Page) => Number(await viewer(page).getAttribute('data-zoom'));
const caption = (page: Page) => page.locator('.region-callouts__caption');

/**
 * How the region lies in the viewer now: inside the frame (a pixel's slack), and the share of the
 * frame it fills along its fuller side, from the image's drawn place (`data-image-rect`).
 */
async function regionInView(page: Page, box: Box): Promise<{ inside: boolean; fill: number }> {
  const attribute = await viewer(page).getAttribute('data-image-rect');
  const frame = await viewer(page).boundingBox();
  if (!attribute || !frame) return { inside: false, fill: 0 };
  const [x, y, width, height] = attribute.split(',').map(Number) as [number, number, number, number];
  const r = { x: x + box.x * width, y: y + box.y * height, w: box.width * width, h: box.height * height };
  const inside = r.x >= -2 && r.y >= -2 && r.x + r.w <= frame.width + 2 && r.y + r.h <= frame.height + 2;
  return { inside, fill: Math.max(r.w / frame.width, r.h / frame.height) };
}

/** Polls until the region lies whole in the view and fills most of it along one side. */
async function expectRegionFillsView(page: Page, box: Box) {
  await expect
    .poll(async () => {
      const view = await regionInView(page, box);
      return view.inside && view.fill >= 0.7;
    })
    .toBe(true);
}

async function expectHome(page: Page, home: number) {
  await expect.poll(async () => Math.abs((await zoomOf(page)) - home) / home).toBeLessThan(0.01);
}

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page })
    .include('.app-main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations).toEqual([]);
}

async function ready(page: Page) {
  await expect(page.locator('.kit-zoom')).toHaveAttribute('data-status', 'ready');
  await expect(viewer(page)).toHaveAttribute('data-image-rect', /^-?\d/);
}

const pressed = (button: Locator) => expect(button).toHaveAttribute('aria-pressed', 'true');

test.describe('callouts on a copy of the sample with regions', () => {
  let variant: ReturnType<typeof writeRegionsVariant>;
  test.beforeAll(() => {
    variant = writeRegionsVariant();
  });
  test.afterAll(() => variant.remove());

  test('the motif page: an element tapped in the list or on the picture zooms there and says what it is', async ({
    page,
    host,
    collection,
    foreignRequests,
  }) => {
    const motif = collection.motifs.find((m) => m.id === MOTIF)!;
    const [star, grid] = motif.elements as [Record<string, string>, Record<string, string>];
    host.serve(variant.root);
    await page.goto(`${host.url}#/motif/${MOTIF}`);
    await waitForSettledStore(page);
    await ready(page);
    const home = await zoomOf(page);
    const list = page.getByRole('group', { name: 'Unsur motif pada gambar' });
    const marks = page.getByRole('group', { name: 'Tanda pada gambar' });
    const starButton = list.getByRole('button', { name: `1 ${star.id}` });

    await test.step('the drawing is in the zoom viewer, its elements listed and marked on it', async () => {
      await expect(page.getByRole('heading', { level: 1, name: motif.name.id })).toBeVisible();
      await expect(list.getByRole('button')).toHaveCount(2);
      await expect(list.getByRole('button', { name: `2 ${grid.id}` })).toBeVisible();
      await expect(marks.getByRole('button')).toHaveCount(2);
      // The list's buttons are finger-sized.
      for (const button of await list.getByRole('button').all()) {
        const size = (await button.boundingBox())!;
        expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(48);
      }
    });

    await test.step('tapping an element zooms to it, outlines it and captions it', async () => {
      await starButton.tap();
      await pressed(starButton);
      await expect(caption(page)).toContainText(star.id);
      await expect(caption(page)).toContainText(STAR_ABOUT.id);
      await expect(caption(page)).toHaveAttribute('aria-live', 'polite');
      await expectRegionFillsView(page, STAR);
      expect(await zoomOf(page)).toBeGreaterThan(home * 1.5);
      await expect(page.locator('.kit-zoom__outline')).toBeVisible();
      await pressed(marks.getByRole('button', { name: `1 ${star.id}` }));
      await expectNoAxeViolations(page);
    });

    await test.step('tapping it again returns to the whole drawing', async () => {
      await starButton.tap();
      await expect(starButton).toHaveAttribute('aria-pressed', 'false');
      await expect(caption(page)).toBeEmpty();
      await expectHome(page, home);
      await expect(page.locator('.kit-zoom__outline')).toHaveCount(0);
    });

    await test.step('a tap on a mark on the picture selects that element', async () => {
      // The view must be at rest: a mark read while the zoom still springs home has moved by the tap.
      let last = '';
      await expect
        .poll(async () => {
          const now = (await viewer(page).getAttribute('data-image-rect')) ?? '';
          const resting = now === last;
          last = now;
          return resting;
        })
        .toBe(true);
      const mark = (await marks.getByRole('button', { name: `2 ${grid.id}` }).boundingBox())!;
      await page.touchscreen.tap(mark.x + mark.width / 2, mark.y + mark.height / 2);
      await pressed(list.getByRole('button', { name: `2 ${grid.id}` }));
      await expect(caption(page)).toContainText(grid.id);
      await expectRegionFillsView(page, GRID);
    });

    await test.step('"Reset view" clears it', async () => {
      await page.getByRole('button', { name: 'Kembalikan tampilan' }).tap();
      await expect(list.getByRole('button', { name: `2 ${grid.id}` })).toHaveAttribute(
        'aria-pressed',
        'false',
      );
      await expect(caption(page)).toBeEmpty();
      await expectHome(page, home);
    });

    await test.step('in English the list and the caption follow the language', async () => {
      await page.getByRole('group', { name: 'Pilih bahasa' }).getByRole('button', { name: 'English' }).tap();
      const english = page.getByRole('group', { name: 'Motif elements in the picture' });
      await english.getByRole('button', { name: `1 ${star.en}` }).tap();
      await expect(caption(page)).toContainText(STAR_ABOUT.en);
      await expectRegionFillsView(page, STAR);
    });
    expect(foreignRequests).toEqual([]);
  });

  // In both orientations the piece's frame is wider than the cloth, so the whole cloth already
  // fills its height, and so does the full-height kepala: it is fitted (centred, outlined) rather
  // than zoomed into. Checked in both, as choosing it grows the caption and shrinks the frame.
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 1080, height: 1920 },
  ]) {
    test(`the piece viewer at ${viewport.width}x${viewport.height}: the kepala fills the view; another view starts whole`, async ({
      page,
      host,
      collection,
      foreignRequests,
    }) => {
      await page.setViewportSize(viewport);
      const piece = collection.pieces.find((p) => p.id === PIECE)!;
      host.serve(variant.root);
      await page.goto(`${host.url}#/piece/${PIECE}`);
      await waitForSettledStore(page);
      await expect(page.getByRole('heading', { level: 1, name: piece.title.id })).toBeVisible();
      await ready(page);
      const home = await zoomOf(page);
      const list = page.getByRole('group', { name: 'Bagian kain pada gambar' });
      const kepala = list.getByRole('button', { name: '2 Kepala' });

      await test.step('tapping Kepala fits the cloth to it and says what a kepala is', async () => {
        await expect(list.getByRole('button')).toHaveCount(2);
        await kepala.tap();
        await pressed(kepala);
        await expect(caption(page)).toContainText('Kepala');
        await expect(caption(page)).toContainText('Bidang berhias kira-kira seperempat panjang kain');
        await expectRegionFillsView(page, KEPALA);
        await expect(page.locator('.kit-zoom__outline')).toBeVisible();
        await expectNoAxeViolations(page);
      });

      await test.step('another view of the cloth names no parts, and coming back starts whole', async () => {
        const views = page.getByRole('navigation', { name: 'Tampilan kain' });
        await views.getByRole('button', { name: 'Detail' }).tap();
        await expect(views.getByRole('button', { name: 'Detail' })).toHaveAttribute('aria-pressed', 'true');
        await expect(list).toHaveCount(0);
        await views.getByRole('button', { name: 'Seluruh kain' }).tap();
        await ready(page);
        await expect(kepala).toHaveAttribute('aria-pressed', 'false');
        await expect(caption(page)).toBeEmpty();
        await expectHome(page, home);
        await expect(page.locator('.kit-zoom__outline')).toHaveCount(0);
      });
      expect(foreignRequests).toEqual([]);
    });
  }

  test('the idle reset leaves no callout selected for the next visitor', async ({
    page,
    host,
    collection,
  }) => {
    const motif = collection.motifs.find((m) => m.id === MOTIF)!;
    const star = motif.elements[0]!;
    host.serve(variant.root);
    // The idle question is called up by moving the page's clock on, not by waiting.
    await page.clock.install();
    await page.goto(`${host.url}?idle=900&countdown=600#/motif/${MOTIF}`);
    await waitForSettledStore(page);
    await ready(page);
    const list = page.getByRole('group', { name: 'Unsur motif pada gambar' });
    await list.getByRole('button', { name: `1 ${star.id}` }).tap();
    await pressed(list.getByRole('button', { name: `1 ${star.id}` }));
    await expectRegionFillsView(page, STAR);

    await page.clock.fastForward('15:01');
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.clock.fastForward('10:01');
    await expect(page.locator('.app')).toHaveAttribute('data-route', 'attract');

    await page.evaluate((hash) => (window.location.hash = hash), `#/motif/${MOTIF}`);
    await ready(page);
    await expect(list.getByRole('button', { name: `1 ${star.id}` })).toHaveAttribute('aria-pressed', 'false');
    await expect(caption(page)).toBeEmpty();
    await expect(page.getByRole('button', { name: 'Kembalikan tampilan' })).toHaveCount(0);
    await expect(page.locator('.kit-zoom__outline')).toHaveCount(0);
  });
});
