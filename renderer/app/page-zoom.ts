/**
 * Page zoom has no place on a public kiosk: a visitor who magnifies the whole page (a two-finger
 * pinch, ctrl + wheel, a trackpad pinch, ctrl + plus) leaves it magnified for the next one. The
 * deep-zoom viewer zooms the cloth itself and keeps working: it reads its own touches and wheel.
 *
 * The layers, for any Chromium (the Electron kiosk also limits visual zoom in main):
 * - CSS: `touch-action: pan-x pan-y` on the root (global.css), so no touch anywhere can pinch the
 *   page; the viewer's surface has `touch-action: none` and handles pinch in script;
 * - the viewport meta in index.html: scale 1 and never below. It does not forbid zooming in
 *   (`user-scalable=no`, `maximum-scale`): WCAG 1.4.4 and axe count that as a failure, mobile
 *   browsers' accessibility settings override it anyway, and touch-action already stops pinch;
 * - {@link installPageZoomGuards}: ctrl/meta + wheel, Safari's gesture events, zoom keys;
 * - the idle reset: should the page be magnified all the same (a browser that forces zoom for
 *   accessibility), {@link unzoomedReloadUrl} gives a fresh load of the attract screen at scale 1.
 */

/** Keys that zoom the page together with ctrl (or cmd): plus, equals, minus, underscore, zero. */
const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0', 'Add', 'Subtract']);
const ZOOM_CODES = new Set(['Equal', 'Minus', 'Digit0', 'NumpadAdd', 'NumpadSubtract', 'Numpad0']);

/** Whether a key press is a browser zoom chord (ctrl or cmd with plus, minus or zero). */
export function isZoomChord(event: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey'>): boolean {
  return (event.ctrlKey || event.metaKey) && (ZOOM_KEYS.has(event.key) || ZOOM_CODES.has(event.code));
}

/** Whether the page is magnified by pinch (the visual viewport's scale, 1 when not). */
export function pageIsZoomed(viewport: Pick<VisualViewport, 'scale'> | null | undefined): boolean {
  return viewport !== null && viewport !== undefined && Math.abs(viewport.scale - 1) > 0.001;
}

/**
 * A URL that loads the page afresh on `hash`. A reload would restore the pinch zoom with the
 * scroll position, and a change of hash alone is no new load; so the query gains or loses an empty
 * trailing part (`/` <-> `/?`, `/?idle=3` <-> `/?idle=3&`), which is a new document each time
 * without letting the URL grow.
 */
export function unzoomedReloadUrl(href: string, hash: string): string {
  const base = href.split('#')[0]!;
  const next = /[?&]$/.test(base) ? base.slice(0, -1) : base.includes('?') ? `${base}&` : `${base}?`;
  return `${next}${hash}`;
}

/** Stops the page-zoom gestures that touch-action cannot reach. Call once at start. */
export function installPageZoomGuards(win: Window): void {
  const stop = (event: Event) => event.preventDefault();
  // Not passive: the default (zooming) must be cancellable. The viewer still gets the event first
  // and zooms the cloth, since preventing the default does not stop it from being delivered.
  win.addEventListener(
    'wheel',
    (event) => {
      if (event.ctrlKey || event.metaKey) event.preventDefault();
    },
    { passive: false },
  );
  win.addEventListener('keydown', (event) => {
    if (isZoomChord(event)) event.preventDefault();
  });
  // Safari's pinch events (Chromium has none); harmless elsewhere.
  for (const name of ['gesturestart', 'gesturechange', 'gestureend']) win.addEventListener(name, stop);
}
