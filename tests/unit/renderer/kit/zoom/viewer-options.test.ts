import { describe, expect, it } from 'vitest';
import {
  buildViewerOptions,
  IMAGE_LOADER_LIMIT,
  MAX_IMAGE_CACHE_COUNT,
  NAVIGATOR_SIZE_RATIO,
  sameOriginUrl,
  stopControlFades,
} from '../../../../../renderer/kit/zoom/viewer-options';
import type OpenSeadragon from 'openseadragon';

// The builder only stores the element; any object stands in for it in Node.
const element = {} as HTMLElement;
const pageUrl = 'kiosk://app/index.html#/piece/truntum-1960';
const base = { element, pageUrl, image: 'collection/media/truntum/display.jpg' };

describe('buildViewerOptions', () => {
  it('opens the DZI resolved on the page origin when there is one', () => {
    const options = buildViewerOptions({ ...base, dzi: 'collection/media/truntum/full.dzi' });
    expect(options.tileSources).toBe('kiosk://app/collection/media/truntum/full.dzi');
    expect(options.element).toBe(element);
  });

  it('falls back to a simple image source without tiles', () => {
    expect(buildViewerOptions(base).tileSources).toEqual({
      type: 'image',
      url: 'kiosk://app/collection/media/truntum/display.jpg',
    });
  });

  it("turns OSD's own navigation controls off, so none of its button images is fetched", () => {
    const options = buildViewerOptions(base);
    expect(options.showNavigationControl).toBe(false);
    expect(options.showSequenceControl).toBe(false);
    expect(options.prefixUrl).toBeUndefined();
  });

  it('keeps the image inside its frame, during a drag too, and no smaller than the whole cloth', () => {
    const options = buildViewerOptions(base);
    expect(options.visibilityRatio).toBe(1);
    expect(options.constrainDuringPan).toBe(true);
    expect(options.minZoomImageRatio).toBe(1);
    expect(options.wrapHorizontal ?? false).toBe(false);
    expect(options.wrapVertical ?? false).toBe(false);
    expect(options.homeFillsViewer ?? false).toBe(false);
  });

  it('has a navigator for fingers: corner away from the buttons, sized with the viewer, no mouse fade', () => {
    const options = buildViewerOptions(base);
    expect(options).toMatchObject({
      showNavigator: true,
      navigatorPosition: 'BOTTOM_LEFT',
      navigatorSizeRatio: NAVIGATOR_SIZE_RATIO,
      navigatorMaintainSizeRatio: true,
      navigatorAutoFade: false,
    });
    // Not an element or id of the page's: OSD makes it inside the viewer, and destroys it with it.
    expect(options.navigatorElement).toBeUndefined();
    expect(options.navigatorId).toBeUndefined();
    expect(NAVIGATOR_SIZE_RATIO).toBeGreaterThanOrEqual(0.2);
    expect(NAVIGATOR_SIZE_RATIO).toBeLessThanOrEqual(0.33);
  });

  it('draws with the 2D canvas drawer, the navigator too: no main-thread stall under software GL', () => {
    const options = buildViewerOptions(base);
    expect(options.drawer).toBe('canvas');
    expect(options.navigatorDrawer).toBe('canvas');
  });

  it('caps the tile cache and the parallel loads', () => {
    const options = buildViewerOptions(base);
    expect(options.maxImageCacheCount).toBe(MAX_IMAGE_CACHE_COUNT);
    expect(MAX_IMAGE_CACHE_COUNT).toBeLessThanOrEqual(200);
    expect(options.imageLoaderLimit).toBe(IMAGE_LOADER_LIMIT);
    expect(IMAGE_LOADER_LIMIT).toBeGreaterThan(0);
    expect(IMAGE_LOADER_LIMIT).toBeLessThanOrEqual(6);
  });

  it('zooms by pinch and double tap, pans by drag, and ignores a single tap on touch', () => {
    const touch = buildViewerOptions(base).gestureSettingsTouch;
    expect(touch).toMatchObject({
      pinchToZoom: true,
      dblClickToZoom: true,
      dragToPan: true,
      clickToZoom: false,
      pinchRotate: false,
      flickEnabled: true,
    });
  });

  it('holds still for reduced motion: no animation, no flick', () => {
    const options = buildViewerOptions({ ...base, reducedMotion: true });
    expect(options.animationTime).toBe(0);
    expect(options.gestureSettingsTouch?.flickEnabled).toBe(false);
    expect(buildViewerOptions(base).animationTime).toBeGreaterThan(0);
  });

  it('arms no control fade, whose timer would hold a destroyed viewer for 3.5 s', () => {
    expect(buildViewerOptions(base).autoHideControls).toBe(false);
  });

  it('refuses sources on another origin, naming the field', () => {
    expect(() => buildViewerOptions({ ...base, dzi: 'https://tiles.example/x.dzi' })).toThrow(/dzi.*origin/);
    expect(() => buildViewerOptions({ ...base, image: '//cdn.example/x.jpg' })).toThrow(/image.*origin/);
  });
});

describe('sameOriginUrl', () => {
  it('accepts relative and same-origin absolute URLs on the web host too', () => {
    const page = 'http://127.0.0.1:4173/';
    expect(sameOriginUrl('collection/a.dzi', page, 'dzi')).toBe('http://127.0.0.1:4173/collection/a.dzi');
    expect(sameOriginUrl('http://127.0.0.1:4173/b.jpg', page, 'image')).toBe('http://127.0.0.1:4173/b.jpg');
  });

  it('refuses empty, other ports and data URLs', () => {
    const page = 'http://127.0.0.1:4173/';
    expect(() => sameOriginUrl(' ', page, 'image')).toThrow(/image is empty/);
    expect(() => sameOriginUrl('http://127.0.0.1:9999/b.jpg', page, 'image')).toThrow(/origin/);
    expect(() => sameOriginUrl('data:image/png;base64,AAAA', page, 'image')).toThrow(/origin/);
  });
});

describe('sameOriginUrl under the kiosk:// scheme', () => {
  it('compares host as well, although a custom scheme has an opaque origin', () => {
    expect(new URL('kiosk://other/x').origin).toBe(new URL('kiosk://app/').origin);
    expect(() => sameOriginUrl('kiosk://other/x.jpg', 'kiosk://app/', 'image')).toThrow(
      /origin kiosk:\/\/app/,
    );
    expect(sameOriginUrl('/collection/x.jpg', 'kiosk://app/#/piece/a', 'image')).toBe(
      'kiosk://app/collection/x.jpg',
    );
  });
});

describe('stopControlFades', () => {
  // OSD reads the flag from the viewer and the navigator themselves; plain objects stand in here.
  type Fading = OpenSeadragon.Viewer & { autoHideControls: boolean };
  const fake = (navigator: object | null) => ({ autoHideControls: true, navigator }) as unknown as Fading;

  it('turns the fade off on the navigator too, which does not take the option from its viewer', () => {
    const navigator = { autoHideControls: true };
    const viewer = fake(navigator);
    stopControlFades(viewer);
    expect(viewer.autoHideControls).toBe(false);
    expect(navigator.autoHideControls).toBe(false);
  });

  it('works on a viewer without a navigator', () => {
    const viewer = fake(null);
    stopControlFades(viewer);
    expect(viewer.autoHideControls).toBe(false);
  });
});
