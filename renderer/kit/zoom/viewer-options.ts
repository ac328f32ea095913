import type OpenSeadragon from 'openseadragon';

interface ViewerSource {
  /** URL of a Deep Zoom descriptor (`.dzi`), relative or on the page's own origin. */
  dzi?: string;
  /** A plain image, used when the piece has no tiles. */
  image: string;
}

export interface ViewerOptionsInput extends ViewerSource {
  /** The element OpenSeadragon draws into. */
  element: HTMLElement;
  /** The page's URL, to resolve relative sources and refuse other origins. */
  pageUrl: string;
  /** Zoom and pan jump instead of gliding when the visitor asks for less motion. */
  reducedMotion?: boolean;
}

/** Tiles kept in memory per viewer: about 50 MB of 256 px RGBA tiles, bounded across many visits. */
export const MAX_IMAGE_CACHE_COUNT = 200;
/** Parallel tile requests: enough to fill the screen fast, few enough not to starve the UI. */
export const IMAGE_LOADER_LIMIT = 4;
/**
 * The navigator's share of the viewer's width and height: about 250 x 210 px beside a landscape
 * piece on a 1080p screen, large enough to see where one is and to drag its box with a finger.
 */
export const NAVIGATOR_SIZE_RATIO = 0.25;

/** OSD options the kiosk sets that `@types/openseadragon` does not know yet (OSD 6). */
export interface KioskViewerOptions extends OpenSeadragon.Options {
  /** The navigator's own drawer; OSD falls back to `drawer`, set here too so no reader has to know. */
  navigatorDrawer?: 'canvas';
}

/** Pinch, drag and double-tap for fingers; a single tap does nothing, so a stray touch cannot zoom. */
const TOUCH_GESTURES: OpenSeadragon.GestureSettings = {
  dragToPan: true,
  pinchToZoom: true,
  dblClickToZoom: true,
  clickToZoom: false,
  scrollToZoom: false,
  dblClickDragToZoom: false,
  zoomToRefPoint: true,
  flickEnabled: true,
  pinchRotate: false,
};

/** Mouse (staff testing the kiosk): wheel and drag; clicks do not zoom, matching touch. */
const MOUSE_GESTURES: OpenSeadragon.GestureSettings = {
  ...TOUCH_GESTURES,
  scrollToZoom: true,
};

/**
 * Resolves a source URL against the page and refuses any other origin: the kiosk makes no request
 * outside its own origin, and a collection record must not be able to point the viewer elsewhere.
 */
export function sameOriginUrl(url: string, pageUrl: string, field: string): string {
  if (url.trim() === '') throw new Error(`zoom viewer: ${field} is empty`);
  const page = new URL(pageUrl);
  const resolved = new URL(url, page);
  // Scheme and host rather than `URL.origin`: for a non-special scheme such as kiosk:// the
  // WHATWG origin is the opaque "null", which would make every kiosk:// URL look alike.
  if (resolved.protocol !== page.protocol || resolved.host !== page.host) {
    throw new Error(
      `zoom viewer: ${field} "${url}" is not on the page's origin ${page.protocol}//${page.host}`,
    );
  }
  return resolved.href;
}

/** A viewer's own switch for OSD's control fade; `@types/openseadragon` has it only as an option. */
interface ControlFade {
  autoHideControls: boolean;
}

/**
 * Turns OSD's control fade off on a viewer and on its navigator, which is a viewer of its own and
 * does not take the option from its parent. The kiosk shows no control that fades, yet each fade
 * is a 2 s timer and then 1.5 s of animation frames, armed when a viewer is made and after every
 * touch and animation, and `destroy()` cancels neither: each would hold a destroyed viewer, its
 * navigator and their canvases for 3.5 s, every cloth a visitor swiped past in that time.
 * Call it right after the viewer is made, before the frame in which OSD arms the first fade.
 */
export function stopControlFades(viewer: OpenSeadragon.Viewer): void {
  for (const one of [viewer, viewer.navigator]) {
    if (one) (one as OpenSeadragon.Viewer & ControlFade).autoHideControls = false;
  }
}

/**
 * Every option the kiosk sets on OpenSeadragon, built without touching the library so it can be
 * checked in plain Node. OSD's own navigation buttons are off (their images would be fetched from
 * `prefixUrl`); the kit draws larger buttons of its own. The navigator minimap is on, drawn from
 * the same local source; the viewer shows it only while zoomed in.
 */
export function buildViewerOptions(input: ViewerOptionsInput): KioskViewerOptions {
  const tileSources: OpenSeadragon.Options['tileSources'] = input.dzi
    ? sameOriginUrl(input.dzi, input.pageUrl, 'dzi')
    : { type: 'image', url: sameOriginUrl(input.image, input.pageUrl, 'image') };
  return {
    element: input.element,
    tileSources,
    showNavigationControl: false,
    showNavigator: true,
    navigatorPosition: 'BOTTOM_LEFT',
    navigatorSizeRatio: NAVIGATOR_SIZE_RATIO,
    // Resized with the viewer (orientation, accessibility modes), not kept at its first area.
    navigatorMaintainSizeRatio: true,
    // Shown and hidden by the viewer with the zoom; OSD's fade follows a mouse, which a touch
    // screen does not have, so the minimap would vanish while the visitor looks at it.
    navigatorAutoFade: false,
    navigatorRotate: false,
    navigatorOpacity: 1,
    // No control fades: the kiosk shows no OSD control that fades (see `stopControlFades`).
    autoHideControls: false,
    showSequenceControl: false,
    showReferenceStrip: false,
    sequenceMode: false,
    // The kit's buttons do what the arrow and +/- keys would; OSD's key handler is not needed.
    keyboardNavEnabled: false,
    // The 2D canvas drawer, not OSD's default WebGL one: where GL is software-rendered (headless
    // Chromium, kiosk PCs without GPU drivers) the WebGL drawer's readbacks stalled the main thread
    // for 150-700 ms per frame while tiles loaded, delaying every tap; canvas stayed under 90 ms.
    drawer: 'canvas',
    navigatorDrawer: 'canvas',
    maxImageCacheCount: MAX_IMAGE_CACHE_COUNT,
    imageLoaderLimit: IMAGE_LOADER_LIMIT,
    crossOriginPolicy: false,
    loadTilesWithAjax: false,
    gestureSettingsTouch: { ...TOUCH_GESTURES, flickEnabled: !input.reducedMotion },
    gestureSettingsPen: { ...TOUCH_GESTURES, flickEnabled: !input.reducedMotion },
    gestureSettingsMouse: MOUSE_GESTURES,
    // The image never leaves its frame: where it is larger than the frame, the frame stays inside
    // it; where smaller, it stays whole inside the frame - during a drag too, not only after it.
    visibilityRatio: 1,
    constrainDuringPan: true,
    // No zooming out past the whole cloth, which would only shrink it into a corner of the frame.
    minZoomImageRatio: 1,
    maxZoomPixelRatio: 2,
    animationTime: input.reducedMotion ? 0 : 0.6,
  };
}
