import { useCallback, useEffect, useRef, useState } from 'react';
import type OpenSeadragon from 'openseadragon';
import { TouchButton } from '../touch/TouchButton';
import type { SwipeDirection } from '../touch/swipe';
import { useReducedMotion } from '../a11y/use-reduced-motion';
import { buildViewerOptions, sameOriginUrl, stopControlFades } from './viewer-options';
import { attachViewGestures, type ViewState } from './view-gestures';
import { upgradeToTiles } from './tiles-upgrade';
import type { PixelRect } from './zoom-gestures';
import { ResetIcon } from './ResetIcon';
import { ZoomMarks, type ZoomMark } from './ZoomMarks';
import { focusBounds, type BoxRect } from './zoom-focus';
import { markAt } from './mark-hit';
import './zoom-viewer.css';

export interface ZoomViewerLabels {
  /** Names the zoomable area for screen readers, e.g. "Gambar yang dapat diperbesar". */
  viewer: string;
  zoomIn: string;
  zoomOut: string;
  reset: string;
  loading: string;
  /** Shown (with the plain image) when the tiles cannot be opened. */
  failed: string;
  /** Names the group of numbered marks on the image, e.g. "Tanda pada gambar". */
  marks: string;
}

export const DEFAULT_ZOOM_LABELS: ZoomViewerLabels = {
  viewer: 'Gambar yang dapat diperbesar',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  reset: 'Kembalikan tampilan',
  loading: 'Memuat gambar…',
  failed: 'Gambar rinci tidak dapat dibuka.',
  marks: 'Tanda pada gambar',
};

export interface ZoomViewerProps {
  /**
   * Deep Zoom descriptor URL on the page's origin; without it `image` is zoomed as a whole. When it
   * arrives later (the tiles were made after the kiosk went live), the open viewer switches to it
   * in place, keeping the view.
   */
  dzi?: string;
  image: string;
  /** Describes the cloth; given to the zoomable area as its accessible name. */
  alt: string;
  labels?: Partial<ZoomViewerLabels>;
  /**
   * A one-finger swipe across the whole-cloth view (`left` = next). Zoomed in, the same drag pans
   * instead. Without it a drag at home zoom does nothing: the cloth stays centred in its frame.
   */
  onSwipe?: (direction: SwipeDirection) => void;
  /**
   * Called as the zoom changes (every frame of a pinch), with the zoom relative to the whole-cloth
   * view (1 = home, 4 = four times closer). Keep it cheap: it runs inside the animation.
   */
  onZoom?: (factor: number) => void;
  /** Called when the image cannot be opened (the viewer then shows its fallback and says so). */
  onFailed?: () => void;
  /** Places on the image, drawn as numbered buttons in this order (1, 2, ...). */
  marks?: readonly ZoomMark[];
  /**
   * The mark the view is zoomed to and outlined. Set, the viewer fits the view to it (gliding, or
   * at once under reduced motion); changed back to undefined, it returns to the whole image.
   */
  selectedMark?: string;
  /**
   * A mark was tapped (its id; the selected one tapped again gives undefined), or "Reset view"
   * was (undefined): the host keeps the selection and passes it back as `selectedMark`.
   */
  onSelectMark?: (id: string | undefined) => void;
}

type Status = 'loading' | 'ready' | 'failed';
/** Each step of the +/- buttons multiplies or divides the zoom by this. */
const ZOOM_STEP = 1.6;
const AT_HOME: ViewState = { zoomedIn: false, home: true };

/**
 * Deep zoom with OpenSeadragon, which is imported only when a viewer mounts so it stays out of the
 * first bundle. The viewer is destroyed on unmount and when its source changes (except for tiles
 * arriving for the image it shows, see `upgradeToTiles`), releasing its tiles, canvases, navigator
 * and listeners - the kiosk opens thousands of viewers between restarts.
 * The image never leaves its frame; the navigator minimap shows only while zoomed in, and "Reset
 * view" only away from the whole-cloth view.
 */
export function ZoomViewer({
  dzi,
  image,
  alt,
  labels,
  onSwipe,
  onZoom,
  onFailed,
  marks,
  selectedMark,
  onSelectMark,
}: ZoomViewerProps) {
  const text = { ...DEFAULT_ZOOM_LABELS, ...labels };
  const host = useRef<HTMLDivElement>(null);
  const viewer = useRef<OpenSeadragon.Viewer | null>(null);
  const zoomIn = useRef<HTMLButtonElement>(null);
  const marksLayer = useRef<HTMLDivElement | null>(null);
  /** The drawn image's last place, for a marks layer that mounts after the image has opened. */
  const imagePlace = useRef<PixelRect | null>(null);
  const placeMarksLayer = useCallback((layer: HTMLDivElement | null) => {
    marksLayer.current = layer;
    if (layer && imagePlace.current) placeLayer(layer, imagePlace.current);
  }, []);
  /** OpenSeadragon's Rect, kept from the lazily imported library for fitting the view to a mark. */
  const osdRect = useRef<typeof OpenSeadragon.Rect | null>(null);
  /** The box the view was fitted to: clearing the selection then goes back to the whole image. */
  const focused = useRef<BoxRect | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const [view, setView] = useState<ViewState>(AT_HOME);
  const reducedMotion = useReducedMotion();
  // The latest callback, read when a swipe ends: the viewer is not rebuilt for a new closure.
  const swipe = useRef(onSwipe);
  const zoomed = useRef(onZoom);
  const failed = useRef(onFailed);
  const marked = useRef({ marks, selectedMark, onSelectMark });
  useEffect(() => {
    swipe.current = onSwipe;
    zoomed.current = onZoom;
    failed.current = onFailed;
    marked.current = { marks, selectedMark, onSelectMark };
  }, [onSwipe, onZoom, onFailed, marks, selectedMark, onSelectMark]);
  // Tiles arriving for a viewer that opened the plain image are put in place (`upgradeToTiles`);
  // any other change of `dzi` (tiles gone, or another tile set) makes a new viewer.
  const [tiles, setTiles] = useState({ dzi, viewerGeneration: 0 });
  if (tiles.dzi !== dzi) {
    setTiles({
      dzi,
      viewerGeneration: tiles.viewerGeneration + (tiles.dzi === undefined ? 0 : 1),
    });
  }
  const latestDzi = useRef(dzi);
  /** What the open viewer shows: a tile set's descriptor, or undefined for the plain image. */
  const shownDzi = useRef<string | undefined>(undefined);
  // Once the viewer is ready, and whenever `dzi` changes: put the tiles in place of the plain image.
  useEffect(() => {
    latestDzi.current = dzi;
    const opened = viewer.current;
    const element = host.current;
    if (!opened || !element || !dzi || shownDzi.current !== undefined || status !== 'ready') return undefined;
    let url: string;
    try {
      url = sameOriginUrl(dzi, location.href, 'dzi');
    } catch {
      return undefined;
    }
    return upgradeToTiles(opened, url, () => {
      shownDzi.current = dzi;
      element.dataset.source = 'tiles';
    });
  }, [dzi, status]);

  useEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    let cancelled = false;
    let created: OpenSeadragon.Viewer | null = null;
    const fail = () => {
      if (cancelled) return;
      setStatus('failed');
      failed.current?.();
    };
    import('openseadragon')
      .then(({ default: osd }) => {
        if (cancelled) return;
        const dzi = latestDzi.current;
        const options = buildViewerOptions({ element, dzi, image, reducedMotion, pageUrl: location.href });
        const opened = osd(options);
        created = opened;
        viewer.current = opened;
        osdRect.current = osd.Rect;
        shownDzi.current = dzi;
        element.dataset.source = dzi ? 'tiles' : 'image';
        stopControlFades(opened);
        // Decorative for screen readers (the viewer's own area names the cloth), and hidden until
        // the visitor zooms in: at the whole-cloth view it would only repeat the picture.
        opened.navigator?.element.setAttribute('aria-hidden', 'true');
        opened.navigator?.setVisible(false);
        // The zoom and the image's place are written straight to the DOM, not to React state: they
        // change every animation frame of a pinch; tests and benchmarks read `data-zoom` and
        // `data-image-rect` (x,y,width,height in CSS px within the viewer).
        const showZoom = (zoom: number | undefined) => {
          if (zoom === undefined) return;
          element.dataset.zoom = zoom.toFixed(4);
          const home = opened.viewport.getHomeZoom();
          if (home > 0) zoomed.current?.(zoom / home);
        };
        let shown = AT_HOME;
        attachViewGestures(opened, osd.Point, {
          reducedMotion,
          onSwipe: (direction) => swipe.current?.(direction),
          onView: (state, rect) => {
            element.dataset.imageRect = [rect.x, rect.y, rect.width, rect.height]
              .map((n) => n.toFixed(1))
              .join(',');
            imagePlace.current = rect;
            if (marksLayer.current) placeLayer(marksLayer.current, rect);
            if (state.zoomedIn !== shown.zoomedIn) opened.navigator?.setVisible(state.zoomedIn);
            if (state.zoomedIn !== shown.zoomedIn || state.home !== shown.home) {
              shown = state;
              if (!cancelled) setView(state);
            }
          },
        });
        opened.addHandler('open', () => {
          showZoom(opened.viewport.getZoom(true));
          if (!cancelled) setStatus('ready');
        });
        opened.addHandler('zoom', (event) => showZoom(event.zoom));
        // The frame changed size (a caption beside it grew, the screen turned, large text): the
        // chosen place is fitted again, or it would spill out of the smaller frame. After the
        // current frame's work: OSD raises 'resize' and then sets the zoom from the old one.
        opened.addHandler('resize', () => {
          queueMicrotask(() => {
            if (!cancelled && focused.current) fitToBox(opened, osd.Rect, focused.current, true);
          });
        });
        // A tap (not a drag) on a mark selects it, or clears it when it is the selected one. The
        // marks take no touches themselves (see mark-hit.ts); screen readers and keys use them
        // as buttons.
        opened.addHandler('canvas-click', (event) => {
          const place = imagePlace.current;
          const { marks: list, selectedMark: chosen, onSelectMark: select } = marked.current;
          if (!event.quick || !place || !list?.length || !select) return;
          const id = markAt(list, place, event.position);
          if (id !== undefined) select(id === chosen ? undefined : id);
        });
        opened.addHandler('open-failed', fail);
      })
      .catch(fail);
    return () => {
      cancelled = true;
      // Takes the navigator (a viewer of its own) and every handler above with it.
      created?.destroy();
      delete element.dataset.zoom;
      delete element.dataset.imageRect;
      delete element.dataset.source;
      viewer.current = null;
      shownDzi.current = undefined;
      focused.current = null;
      imagePlace.current = null;
      setStatus('loading');
      setView(AT_HOME);
    };
  }, [image, reducedMotion, tiles.viewerGeneration]);

  // Fits the view to the selected mark once the image is open (again, after the viewer was rebuilt),
  // and back to the whole image when the selection is cleared. Keyed by the box's numbers, so a new
  // but equal list of marks from the host does not move the view.
  const focus = marks?.find((mark) => mark.id === selectedMark)?.box;
  const [fx, fy, fw, fh] = focus ? [focus.x, focus.y, focus.width, focus.height] : [];
  useEffect(() => {
    const opened = viewer.current;
    const Rect = osdRect.current;
    if (status !== 'ready' || !opened || !Rect) return;
    if (fx !== undefined && fy !== undefined && fw !== undefined && fh !== undefined) {
      focused.current = { x: fx, y: fy, width: fw, height: fh };
      fitToBox(opened, Rect, focused.current, reducedMotion);
    } else if (focused.current) {
      focused.current = null;
      opened.viewport.goHome(reducedMotion);
      opened.viewport.applyConstraints(reducedMotion);
    }
  }, [fx, fy, fw, fh, status, reducedMotion]);

  const act = (change: (viewport: OpenSeadragon.Viewport) => void) => {
    const viewport = viewer.current?.viewport;
    if (!viewport) return;
    change(viewport);
    viewport.applyConstraints(reducedMotion);
  };

  const reset = () => {
    focused.current = null;
    act((v) => v.goHome(reducedMotion));
    onSelectMark?.(undefined);
    // The button goes away with the view it reset; keep keyboard and switch users in the controls.
    if (document.activeElement?.classList.contains('kit-zoom__reset')) zoomIn.current?.focus();
  };

  return (
    <div className="kit-zoom" data-status={status}>
      <div ref={host} className="kit-zoom__canvas" role="img" aria-label={`${text.viewer}: ${alt}`} />
      {marks && marks.length > 0 && (
        <ZoomMarks
          layerRef={placeMarksLayer}
          marks={marks}
          shown={status === 'ready'}
          selected={selectedMark}
          label={text.marks}
          onSelect={(id) => onSelectMark?.(id === selectedMark ? undefined : id)}
        />
      )}
      {status === 'loading' && <p className="kit-zoom__status">{text.loading}</p>}
      {status === 'failed' && (
        <div className="kit-zoom__fallback">
          {isSameOrigin(image) && <img src={image} alt={alt} draggable={false} />}
          <p className="kit-zoom__status">{text.failed}</p>
        </div>
      )}
      <div className="kit-zoom__controls">
        {status === 'ready' && !view.home && (
          <TouchButton className="kit-zoom__reset" onClick={reset}>
            <ResetIcon />
            {text.reset}
          </TouchButton>
        )}
        <TouchButton
          ref={zoomIn}
          size="large"
          aria-label={text.zoomIn}
          disabled={status !== 'ready'}
          onClick={() => act((v) => v.zoomBy(ZOOM_STEP))}
        >
          <span aria-hidden="true">+</span>
        </TouchButton>
        <TouchButton
          size="large"
          aria-label={text.zoomOut}
          // The whole cloth is as far out as the viewer goes.
          disabled={status !== 'ready' || !view.zoomedIn}
          onClick={() => act((v) => v.zoomBy(1 / ZOOM_STEP))}
        >
          <span aria-hidden="true">−</span>
        </TouchButton>
      </div>
    </div>
  );
}

/** Fits the view to a box of the image (fractions), with its margin, within the viewer's limits. */
function fitToBox(
  viewer: OpenSeadragon.Viewer,
  Rect: typeof OpenSeadragon.Rect,
  box: BoxRect,
  immediately: boolean,
) {
  const item = viewer.world.getItemCount() > 0 ? viewer.world.getItemAt(0) : undefined;
  if (!item) return;
  const bounds = focusBounds(box, item.getBounds());
  viewer.viewport.fitBoundsWithConstraints(
    new Rect(bounds.x, bounds.y, bounds.width, bounds.height),
    immediately,
  );
}

/** Moves and sizes the marks layer onto the drawn image (CSS px within the viewer). */
function placeLayer(layer: HTMLDivElement, image: PixelRect) {
  layer.style.transform = `translate(${image.x}px, ${image.y}px)`;
  layer.style.width = `${image.width}px`;
  layer.style.height = `${image.height}px`;
}

/** The fallback image obeys the same origin rule as the viewer: a bad record fetches nothing. */
function isSameOrigin(url: string): boolean {
  try {
    sameOriginUrl(url, location.href, 'image');
    return true;
  } catch {
    return false;
  }
}
