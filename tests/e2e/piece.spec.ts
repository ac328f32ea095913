import AxeBuilder from '@axe-core/playwright';
import type { CDPSession, Locator, Page } from '@playwright/test';
import type { PieceRecord } from '../../electron/shared/collection-records';
import { expect, test, waitForSettledStore, type ServedCollection } from './kiosk-fixtures';

/** The c.1900 jlamprang batik tulis: the piece a first-time visitor is asked to find and zoom into. */
const JLAMPRANG = 'jlamprang-tulis-1900';

/** The pieces in accession order (numbers compared as numbers): the swipe order without a result list. */
function inAccessionOrder(collection: ServedCollection): PieceRecord[] {
  return [...collection.pieces].sort((a, b) =>
    a.accession.localeCompare(b.accession, 'en', { numeric: true }),
  );
}

type Point = { x: number; y: number };

/**
 * One touch frame through Chromium's input pipeline (what a real touchscreen produces). `at` is the
 * event time in seconds: gestures carry their own clock, so speeds do not depend on test timing.
 */
async function touch(
  cdp: CDPSession,
  type: 'touchStart' | 'touchMove' | 'touchEnd',
  points: Point[],
  at?: number,
) {
  await cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id, radiusX: 8, radiusY: 8, force: 1 })),
    ...(at === undefined ? {} : { timestamp: at }),
  });
}

/**
 * One finger moving `dx` px across `target` over 0.3 s, then resting before it lifts, as a visitor's
 * deliberate swipe does. Without the rest Chromium would start a fling, and a fling swallows the
 * next tap (the tap only stops it).
 */
async function swipe(cdp: CDPSession, target: Locator, dx: number) {
  const box = (await target.boundingBox())!;
  const start = { x: box.x + box.width / 2 - dx / 2, y: box.y + Math.min(box.height / 2, 300) };
  const t0 = Date.now() / 1000;
  await touch(cdp, 'touchStart', [start], t0);
  for (let step = 1; step <= 8; step++) {
    await touch(cdp, 'touchMove', [{ x: start.x + (dx * step) / 8, y: start.y }], t0 + step * 0.04);
  }
  const end = { x: start.x + dx, y: start.y };
  for (let rest = 1; rest <= 3; rest++) await touch(cdp, 'touchMove', [end], t0 + 0.32 + rest * 0.1);
  await touch(cdp, 'touchEnd', [], t0 + 0.7);
}

/** Two fingers moving apart from the centre of `target`. */
async function pinchOut(cdp: CDPSession, target: Locator) {
  const box = (await target.boundingBox())!;
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const at = (d: number): Point[] => [
    { x: c.x - d, y: c.y },
    { x: c.x + d, y: c.y },
  ];
  await touch(cdp, 'touchStart', at(40));
  for (let d = 60; d <= 260; d += 20) await touch(cdp, 'touchMove', at(d));
  await touch(cdp, 'touchEnd', []);
}

/** Two quick taps in the middle of `target`. */
async function doubleTap(cdp: CDPSession, target: Locator) {
  const box = (await target.boundingBox())!;
  await doubleTapAt(cdp, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
}

/**
 * Two quick taps on the same spot. The four events are sent without waiting for each other, so a
 * busy test machine cannot stretch the pause past OpenSeadragon's 300 ms double-tap window.
 */
async function doubleTapAt(cdp: CDPSession, c: Point) {
  await Promise.all([
    touch(cdp, 'touchStart', [c]),
    touch(cdp, 'touchEnd', []),
    touch(cdp, 'touchStart', [c]),
    touch(cdp, 'touchEnd', []),
  ]);
}

const viewer = (page: Page) => page.getByRole('img', { name: /^Gambar yang dapat diperbesar: / });
const zoomOf = async (page: Page) => Number(await viewer(page).getAttribute('data-zoom'));
const navigatorMap = (page: Page) => page.locator('.kit-zoom .navigator');
const resetView = (page: Page) => page.getByRole('button', { name: 'Kembalikan tampilan' });

type Rect = { x: number; y: number; width: number; height: number };

/**
 * The image as drawn, in the viewer's CSS px (`data-image-rect`, written by the viewer each frame);
 * null between a viewer's unmount and its successor's first frame, e.g. just after a swipe.
 */
async function drawnRect(page: Page): Promise<Rect | null> {
  const attribute = await viewer(page).getAttribute('data-image-rect');
  if (attribute === null) return null;
  const [x, y, width, height] = attribute.split(',').map(Number);
  return { x, y, width, height };
}

async function imageRect(page: Page): Promise<Rect> {
  const rect = await drawnRect(page);
  if (!rect) throw new Error('the viewer has not drawn its image yet (no data-image-rect)');
  return rect;
}

/**
 * What is wrong with the image's place in its frame (empty when nothing): along each axis, an image
 * larger than the frame must cover it edge to edge; a smaller one must lie whole inside it.
 */
async function frameProblems(page: Page): Promise<string[]> {
  // Returned, not thrown: `expect.poll` stops at the first throw but retries a wrong value.
  const image = await drawnRect(page);
  if (!image) return ['the image is not drawn yet'];
  const frame = (await viewer(page).boundingBox())!;
  const problems: string[] = [];
  const axis = (name: string, start: number, size: number, frameSize: number) => {
    const end = start + size;
    if (size > frameSize + 1) {
      if (start > 1 || end < frameSize - 1)
        problems.push(`${name}: ${start}..${end} leaves a gap in 0..${frameSize}`);
    } else if (start < -1 || end > frameSize + 1) {
      problems.push(`${name}: ${start}..${end} runs out of 0..${frameSize}`);
    }
  };
  axis('x', image.x, image.width, frame.width);
  axis('y', image.y, image.height, frame.height);
  return problems;
}

/** How far (CSS px) the image's centre is from the frame's. */
async function offCentre(page: Page): Promise<number> {
  const image = await imageRect(page);
  const frame = (await viewer(page).boundingBox())!;
  return Math.hypot(
    image.x + image.width / 2 - frame.width / 2,
    image.y + image.height / 2 - frame.height / 2,
  );
}
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const recordArea = (page: Page) => page.locator('.piece-record');

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations).toEqual([]);
}

/** Turns on the high-contrast mode the way a visitor does, through the accessibility menu. */
async function highContrast(page: Page) {
  await page.getByRole('button', { name: 'Aksesibilitas' }).tap();
  await page.getByRole('button', { name: 'Kontras tinggi' }).tap();
  await expect(page.locator('html')).toHaveAttribute('data-high-contrast', 'true');
  await page.getByRole('button', { name: 'Tutup' }).tap();
}

test('the viewer zooms by pinch, double-tap and buttons, switches views, and is destroyed on leaving', async ({
  page,
  host,
  collection,
  foreignRequests,
}) => {
  const piece = collection.pieces.find((p) => p.id === JLAMPRANG)!;
  const origin = new URL(host.url).origin;
  const images: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/collection/media/')) images.push(r.url());
  });
  const cdp = await page.context().newCDPSession(page);

  await page.goto(`${host.url}#/piece/${JLAMPRANG}`);
  await waitForSettledStore(page);
  await expect(heading(page, piece.title.id!)).toBeVisible();

  await test.step('OpenSeadragon draws the cloth from the kiosk’s own origin', async () => {
    await expect(page.locator('.openseadragon-canvas canvas').first()).toBeAttached();
    await expect(viewer(page)).toHaveAttribute('data-zoom', /^\d/);
    const full = piece.media.find((m) => m.view === 'full')!;
    const source = `/collection/${full.tiles ? full.tiles.replace(/\.dzi$/, '') : full.display}`;
    await expect.poll(() => images.some((u) => u.includes(source))).toBe(true);
    expect(images.every((u) => new URL(u).origin === origin)).toBe(true);
  });

  const home = await zoomOf(page);
  await test.step('pinching out zooms in; the reset button restores the whole view', async () => {
    await pinchOut(cdp, viewer(page));
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(home * 1.3);
    await page.getByRole('button', { name: 'Kembalikan tampilan' }).tap();
    await expect.poll(async () => Math.abs((await zoomOf(page)) - home) / home).toBeLessThan(0.01);
  });

  await test.step('a double tap zooms in', async () => {
    await doubleTap(cdp, viewer(page));
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(home * 1.5);
    await page.getByRole('button', { name: 'Kembalikan tampilan' }).tap();
    await expect.poll(async () => Math.abs((await zoomOf(page)) - home) / home).toBeLessThan(0.01);
  });

  await test.step('the zoom buttons step in and out', async () => {
    await page.getByRole('button', { name: 'Perbesar' }).tap();
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(home * 1.3);
    await page.getByRole('button', { name: 'Perkecil' }).tap();
    await expect.poll(async () => Math.abs((await zoomOf(page)) - home) / home).toBeLessThan(0.01);
  });

  await test.step('the detail view replaces the image in the viewer', async () => {
    const detail = piece.media.find((m) => m.view === 'detail')!;
    const views = page.getByRole('navigation', { name: 'Tampilan kain' });
    await views.getByRole('button', { name: 'Detail' }).tap();
    await expect(views.getByRole('button', { name: 'Detail' })).toHaveAttribute('aria-pressed', 'true');
    await expect(views.getByRole('button', { name: 'Seluruh kain' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await expect(viewer(page)).toHaveAccessibleName(`Gambar yang dapat diperbesar: ${detail.alt.id}`);
    await expect.poll(() => images.some((u) => u.includes(`/collection/${detail.display}`))).toBe(true);
    await expect(page.locator('.kit-zoom__canvas > .openseadragon-container')).toHaveCount(1);
    await expect(page.locator('.kit-zoom .navigator')).toHaveCount(1);
  });

  await test.step('the screen passes axe (WCAG 2.2 AA) with the viewer open', async () => {
    await expect(viewer(page)).toHaveAttribute('data-zoom', /^\d/);
    await expectNoAxeViolations(page);
  });

  await test.step('leaving the screen destroys the viewer', async () => {
    await page.getByRole('button', { name: 'Beranda' }).tap();
    await expect(heading(page, piece.title.id!)).toHaveCount(0);
    await expect(page.locator('.openseadragon-container, .openseadragon-canvas')).toHaveCount(0);
  });
  expect(foreignRequests).toEqual([]);
});

test('zoomed in, a drag pans inside the frame with a navigator shown; Reset view is secondary', async ({
  page,
  host,
  collection,
  foreignRequests,
}) => {
  const piece = collection.pieces.find((p) => p.id === JLAMPRANG)!;
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${host.url}#/piece/${JLAMPRANG}`);
  await waitForSettledStore(page);
  await expect(heading(page, piece.title.id!)).toBeVisible();
  await expect(viewer(page)).toHaveAttribute('data-image-rect', /^-?\d/);
  const home = await zoomOf(page);

  await test.step('at the whole-cloth view: no Reset view, no navigator, nothing further out', async () => {
    await expect(resetView(page)).toHaveCount(0);
    await expect(navigatorMap(page)).toBeHidden();
    await expect(page.getByRole('button', { name: 'Perkecil' })).toBeDisabled();
    expect(await offCentre(page)).toBeLessThan(2);
  });

  await test.step('after a pinch a drag pans, stays inside the frame, and keeps the cloth', async () => {
    await pinchOut(cdp, viewer(page));
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(home * 1.5);
    await expect(navigatorMap(page)).toBeVisible();
    await expect.poll(() => frameProblems(page)).toEqual([]);
    const before = await imageRect(page);
    await swipe(cdp, viewer(page), -320);
    await expect.poll(async () => (await imageRect(page)).x).toBeLessThan(before.x - 100);
    await expect(heading(page, piece.title.id!)).toBeVisible();
    // Dragged hard towards one side, the image stops at its own edge instead of leaving the frame.
    for (let i = 0; i < 6; i++) await swipe(cdp, viewer(page), 800);
    await expect.poll(async () => Math.abs((await imageRect(page)).x)).toBeLessThan(1.5);
    await expect.poll(() => frameProblems(page)).toEqual([]);
    await expect(heading(page, piece.title.id!)).toBeVisible();
  });

  await test.step('the navigator sits clear of the controls, large enough to touch', async () => {
    const map = (await navigatorMap(page).boundingBox())!;
    expect(map.width).toBeGreaterThanOrEqual(120);
    expect(map.height).toBeGreaterThanOrEqual(48);
    for (const control of await page.locator('.kit-zoom__controls .kit-touch-button').all()) {
      const box = (await control.boundingBox())!;
      const apart =
        box.x >= map.x + map.width ||
        box.x + box.width <= map.x ||
        box.y >= map.y + map.height ||
        box.y + box.height <= map.y;
      expect(apart).toBe(true);
    }
    // A touch on it moves the view (within the frame), never to another cloth.
    await page.touchscreen.tap(map.x + map.width - 12, map.y + map.height / 2);
    await expect.poll(async () => (await imageRect(page)).x).toBeLessThan(-10);
    await expect.poll(() => frameProblems(page)).toEqual([]);
    await expect(heading(page, piece.title.id!)).toBeVisible();
  });

  await test.step('Reset view is a small secondary control that returns home and then goes away', async () => {
    await expect(resetView(page)).toBeVisible();
    await expect(resetView(page)).not.toHaveAttribute('data-variant', 'primary');
    const reset = (await resetView(page).boundingBox())!;
    const zoomIn = (await page.getByRole('button', { name: 'Perbesar' }).boundingBox())!;
    expect(reset.height).toBeLessThan(zoomIn.height);
    const compare = page.getByRole('button', { name: 'Bandingkan' });
    const [resetWeight, compareWeight] = await Promise.all(
      [resetView(page), compare].map((b) => b.evaluate((el) => Number(getComputedStyle(el).fontWeight))),
    );
    expect(resetWeight).toBeLessThan(compareWeight);
    await resetView(page).tap();
    await expect.poll(async () => Math.abs((await zoomOf(page)) - home) / home).toBeLessThan(0.01);
    await expect(resetView(page)).toHaveCount(0);
    await expect(navigatorMap(page)).toBeHidden();
    await expect.poll(() => offCentre(page)).toBeLessThan(2);
  });

  await test.step('after a double tap a drag pans too, and the cloth stays', async () => {
    await doubleTap(cdp, viewer(page));
    await expect.poll(() => zoomOf(page)).toBeGreaterThan(home * 1.5);
    await expect(navigatorMap(page)).toBeVisible();
    const before = await imageRect(page);
    await swipe(cdp, viewer(page), 320);
    await expect.poll(async () => (await imageRect(page)).x).not.toBe(before.x);
    await expect.poll(() => frameProblems(page)).toEqual([]);
    await expect(heading(page, piece.title.id!)).toBeVisible();
  });

  await test.step('zoomed in, the screen passes axe with the navigator shown', async () => {
    await expectNoAxeViolations(page);
  });
  expect(foreignRequests).toEqual([]);
});

test('walking through cloths with the navigator shown leaves no viewer behind', async ({
  page,
  host,
  collection,
  foreignRequests,
}) => {
  const order = inAccessionOrder(collection);
  const cdp = await page.context().newCDPSession(page);
  /**
   * Canvases alive after garbage collection. Every viewer and its navigator draw into one each and
   * hold their tiles in more, so a viewer left alive keeps canvases alive. Counted on the home
   * screen, where no viewer should live: the open viewer's own tile canvases vary from visit to
   * visit (3 or 4 with the same picture), which would blur a count taken on the piece screen.
   */
  const liveCanvases = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const proto = await cdp.send('Runtime.evaluate', { expression: 'HTMLCanvasElement.prototype' });
    const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId! });
    const length = await cdp.send('Runtime.callFunctionOn', {
      objectId: found.objects.objectId!,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    // The array holds every canvas: let it go, or it would keep them alive for the next count.
    await cdp.send('Runtime.releaseObject', { objectId: found.objects.objectId! });
    return length.result.value as number;
  };
  const next = page.getByRole('navigation', { name: 'Kain lain dalam daftar' }).getByRole('button', {
    name: 'Kain berikutnya',
  });
  const visit = async (i: number) => {
    await expect(heading(page, order[i].title.id!)).toBeVisible();
    await expect(page.locator('.kit-zoom')).toHaveAttribute('data-status', 'ready');
    await page.getByRole('button', { name: 'Perbesar' }).tap();
    await expect(navigatorMap(page)).toBeVisible();
    await expect(page.locator('.openseadragon-container')).toHaveCount(2);
  };

  await page.goto(`${host.url}#/`);
  await waitForSettledStore(page);
  await expect(page.locator('.kit-zoom')).toHaveCount(0);
  const before = await liveCanvases();

  await page.evaluate((id) => (window.location.hash = `#/piece/${encodeURIComponent(id)}`), order[0].id);
  for (let i = 0; i < 8; i++) {
    await visit(i);
    await next.tap();
  }
  // A visitor in a hurry: on before the picture has opened, destroying viewers still loading.
  for (let i = 8; i < 11; i++) {
    await expect(heading(page, order[i].title.id!)).toBeVisible();
    await next.tap();
  }
  await visit(11);
  await page.getByRole('button', { name: 'Beranda' }).tap();
  await expect(page.locator('.openseadragon-container, .navigator')).toHaveCount(0);
  // Polled: work in flight when a viewer went (an image still arriving) may hold it a moment
  // longer; a viewer never destroyed stays registered with OpenSeadragon and never goes.
  await expect
    .poll(liveCanvases, { message: 'canvases alive on home after 12 cloths, against before them' })
    .toBeLessThanOrEqual(before);
  expect(foreignRequests).toEqual([]);
});

test('random touches on the picture raise no page error and never leave it outside its frame', async ({
  page,
  host,
  foreignRequests,
}) => {
  // Each CDP touch waits for Chromium's input acknowledgement; on a busy machine that is slow.
  test.setTimeout(240_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${host.url}#/piece/${JLAMPRANG}`);
  await waitForSettledStore(page);
  await expect(viewer(page)).toHaveAttribute('data-image-rect', /^-?\d/);

  // A fixed seed: the same 80 gestures every run, so a failure can be replayed.
  let seed = 20261210;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const between = (low: number, high: number) => low + random() * (high - low);
  for (let i = 0; i < 80; i++) {
    const box = await viewer(page).boundingBox();
    if (!box) continue;
    const at = {
      x: between(box.x + 20, box.x + box.width - 20),
      y: between(box.y + 20, box.y + box.height - 20),
    };
    const kind = random();
    if (kind < 0.25) {
      await touch(cdp, 'touchStart', [at]);
      await touch(cdp, 'touchEnd', []);
    } else if (kind < 0.4) {
      // Where the box was read: a swipe just before may be swapping the viewer for the next
      // cloth's, which then has no box for a moment; the taps land on whichever is there.
      await doubleTapAt(cdp, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    } else if (kind < 0.75) {
      const dx = between(-600, 600);
      const dy = between(-300, 300);
      await touch(cdp, 'touchStart', [at]);
      for (let step = 1; step <= 5; step++) {
        await touch(cdp, 'touchMove', [{ x: at.x + (dx * step) / 5, y: at.y + (dy * step) / 5 }]);
      }
      await touch(cdp, 'touchEnd', []);
    } else {
      const outward = random() < 0.6;
      const spread = (d: number) => [
        { x: at.x - d, y: at.y },
        { x: at.x + d, y: at.y },
      ];
      await touch(cdp, 'touchStart', spread(outward ? 30 : 200));
      for (let step = 1; step <= 6; step++) {
        await touch(cdp, 'touchMove', spread(outward ? 30 + step * 30 : 200 - step * 28));
      }
      await touch(cdp, 'touchEnd', []);
    }
  }
  await expect(page.locator('#piece-title')).toBeVisible();
  await expect(page.locator('.kit-zoom')).toHaveAttribute('data-status', 'ready');
  await expect.poll(() => frameProblems(page)).toEqual([]);
  expect(errors).toEqual([]);
  expect(foreignRequests).toEqual([]);
});

test('swipes and buttons walk the result list; motif chips open the motif', async ({
  page,
  host,
  collection,
  foreignRequests,
}) => {
  const order = inAccessionOrder(collection);
  const at = order.findIndex((p) => p.id === JLAMPRANG);
  const [piece, after] = [order[at], order[at + 1]];
  const cdp = await page.context().newCDPSession(page);
  const position = (i: number) => `${i + 1} / ${order.length}`;
  const list = page.getByRole('navigation', { name: 'Kain lain dalam daftar' });

  await page.goto(`${host.url}#/piece/${JLAMPRANG}`);
  await waitForSettledStore(page);
  await expect(heading(page, piece.title.id!)).toBeVisible();

  await test.step('without a result list the whole collection is walked in accession order', async () => {
    await expect(list).toContainText(position(at));
    await swipe(cdp, recordArea(page), -320);
    await expect(heading(page, after.title.id!)).toBeVisible();
    await expect(list).toContainText(position(at + 1));
    await swipe(cdp, recordArea(page), 320);
    await expect(heading(page, piece.title.id!)).toBeVisible();
    await list.getByRole('button', { name: 'Kain berikutnya' }).tap();
    await expect(heading(page, after.title.id!)).toBeVisible();
    await list.getByRole('button', { name: 'Kain sebelumnya' }).tap();
    await expect(heading(page, piece.title.id!)).toBeVisible();
    // The list does not wrap: the first piece has no previous one.
    if (at === 0) await expect(list.getByRole('button', { name: 'Kain sebelumnya' })).toBeDisabled();
  });

  await test.step('at the whole-cloth view a swipe on the picture turns the cloth, and leaves it centred', async () => {
    await expect(viewer(page)).toHaveAttribute('data-zoom', /^\d/);
    await swipe(cdp, viewer(page), -320);
    await expect(heading(page, after.title.id!)).toBeVisible();
    await expect(list).toContainText(position(at + 1));
    await expect(viewer(page)).toHaveAttribute('data-zoom', /^\d/);
    await swipe(cdp, viewer(page), 320);
    await expect(heading(page, piece.title.id!)).toBeVisible();
    await expect(viewer(page)).toHaveAttribute('data-zoom', /^\d/);
    // A drag too short or too steep for a swipe neither turns the cloth nor moves the picture.
    await swipe(cdp, viewer(page), -40);
    await expect(heading(page, piece.title.id!)).toBeVisible();
    await expect.poll(() => frameProblems(page)).toEqual([]);
    expect(await offCentre(page)).toBeLessThan(2);
  });

  await test.step('a motif chip opens the motif page', async () => {
    const motif = collection.motifs.find((m) => m.id === piece.motifIds[0])!;
    await page
      .getByRole('navigation', { name: 'Motif' })
      .getByRole('button', { name: new RegExp(`^${motif.name.id}`) })
      .tap();
    await expect(page).toHaveURL(new RegExp(`#/motif/${motif.id}$`));
  });

  await test.step('opened from browse, the swipe follows the browse list', async () => {
    await page.getByRole('button', { name: 'Beranda' }).tap();
    await page.evaluate(() => (location.hash = '#/browse'));
    const titles = page
      .getByRole('list', { name: 'Kain yang ditemukan' })
      .locator('.piece-card .card__title');
    const [first, second] = [await titles.nth(0).innerText(), await titles.nth(1).innerText()];
    await page.getByRole('list', { name: 'Kain yang ditemukan' }).getByRole('button').first().tap();
    await expect(heading(page, first)).toBeVisible();
    await swipe(cdp, recordArea(page), -320);
    await expect(heading(page, second)).toBeVisible();
  });
  expect(foreignRequests).toEqual([]);
});

test('the take-away QR code appears only with a public base URL', async ({
  page,
  host,
  collection,
  foreignRequests,
}) => {
  const piece = collection.pieces.find((p) => p.id === JLAMPRANG)!;
  const qr = page.getByRole('img', { name: 'Pindai untuk membawa kain ini pulang' });
  await page.goto(`${host.url}#/piece/${JLAMPRANG}`);
  await waitForSettledStore(page);
  await expect(heading(page, piece.title.id!)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tentang kain ini' })).toBeVisible();
  await expect(qr).toHaveCount(0);

  const base = 'https://museum.example/koleksi';
  await page.goto(`${host.url}?publicBaseUrl=${encodeURIComponent(base)}#/piece/${JLAMPRANG}`);
  await waitForSettledStore(page);
  await expect(qr).toBeVisible();
  await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml/);
  await expect(page.getByText(`${base}/${JLAMPRANG}`, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await highContrast(page);
  await expectNoAxeViolations(page);

  await page.goto(
    `${host.url}?publicBaseUrl=${encodeURIComponent('javascript:alert(1)')}#/piece/${JLAMPRANG}`,
  );
  await waitForSettledStore(page);
  await expect(heading(page, piece.title.id!)).toBeVisible();
  await expect(qr).toHaveCount(0);
  expect(foreignRequests).toEqual([]);
});

test('an unknown piece id shows a friendly message with a way home', async ({
  page,
  host,
  foreignRequests,
}) => {
  await page.goto(`${host.url}#/piece/no-such-cloth`);
  await waitForSettledStore(page);
  await expect(page.getByRole('heading', { name: 'Kain ini tidak ada lagi di koleksi.' })).toBeVisible();
  await page.getByRole('button', { name: 'Ke halaman awal' }).tap();
  await expect(page).toHaveURL(/#\/$/);
  expect(foreignRequests).toEqual([]);
});

test('related cloths: the curator’s own first, then the other cloths with the same motif', async ({
  page,
  host,
  collection,
}) => {
  const piece = collection.pieces.find((p) => p.id === JLAMPRANG)!;
  const title = (id: string) => collection.pieces.find((p) => p.id === id)!.title.id;
  const sameMotif = collection.pieces
    .filter((p) => p.id !== JLAMPRANG && p.motifIds.some((m) => piece.motifIds.includes(m)))
    .map((p) => p.id);
  expect(sameMotif.length).toBeGreaterThan(0);
  await page.goto(`${host.url}#/piece/${JLAMPRANG}`);
  await waitForSettledStore(page);
  const related = page.locator('.piece-related');
  await expect(related.getByRole('heading', { name: 'Kain terkait' })).toBeVisible();
  const cards = related.locator('.card__title');
  await expect(cards.first()).toHaveText(title(piece.related[0]!));
  // Eight cards at most: the curator's one, then same-motif cloths to fill the row.
  await expect(cards).toHaveCount(1 + Math.min(7, sameMotif.length));
  const shown = await cards.allTextContents();
  const sameMotifTitles = new Set(sameMotif.map(title));
  expect(shown.slice(1).filter((t) => !sameMotifTitles.has(t))).toEqual([]);
  expect(shown).not.toContain(piece.title.id);
});
