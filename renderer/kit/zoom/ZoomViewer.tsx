import { useEffect, useRef, useState } from 'react';
import type OpenSeadragon from 'openseadragon';
import { TouchButton } from '../touch/TouchButton';
import { useReducedMotion } from '../a11y/use-reduced-motion';
import { buildViewerOptions, sameOriginUrl } from './viewer-options';
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
}

export const DEFAULT_ZOOM_LABELS: ZoomViewerLabels = {
  viewer: 'Gambar yang dapat diperbesar',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  reset: 'Kembalikan tampilan',
  loading: 'Memuat gambar…',
  failed: 'Gambar rinci tidak dapat dibuka.',
};

export interface ZoomViewerProps {
  /** Deep Zoom descriptor URL on the page's origin; without it `image` is zoomed as a whole. */
  dzi?: string;
  image: string;
  /** Describes the cloth; given to the zoomable area as its accessible name. */
  alt: string;
  labels?: Partial<ZoomViewerLabels>;
}

type Status = 'loading' | 'ready' | 'failed';
/** Each step of the +/- buttons multiplies or divides the zoom by this. */
const ZOOM_STEP = 1.6;

/**
 * Deep zoom with OpenSeadragon, which is imported only when a viewer mounts so it stays out of the
 * first bundle. The viewer is destroyed on unmount and when its source changes, releasing its
 * tiles, canvases and listeners - the kiosk opens thousands of viewers between restarts.
 */
export function ZoomViewer({ dzi, image, alt, labels }: ZoomViewerProps) {
  const text = { ...DEFAULT_ZOOM_LABELS, ...labels };
  const host = useRef<HTMLDivElement>(null);
  const viewer = useRef<OpenSeadragon.Viewer | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const reducedMotion = useReducedMotion();

  useEffect(() => {
    const element = host.current;
    if (!element) return undefined;
    let cancelled = false;
    let created: OpenSeadragon.Viewer | null = null;
    const fail = () => {
      if (!cancelled) setStatus('failed');
    };
    import('openseadragon')
      .then(({ default: osd }) => {
        if (cancelled) return;
        const options = buildViewerOptions({ element, dzi, image, reducedMotion, pageUrl: location.href });
        created = osd(options);
        viewer.current = created;
        // The zoom is written straight to the DOM, not to React state: it changes every animation
        // frame of a pinch, and tests and benchmarks read it from `data-zoom`.
        const showZoom = (zoom: number | undefined) => {
          if (zoom !== undefined) element.dataset.zoom = zoom.toFixed(4);
        };
        created.addHandler('open', () => {
          showZoom(created?.viewport.getZoom(true));
          if (!cancelled) setStatus('ready');
        });
        created.addHandler('zoom', (event) => showZoom(event.zoom));
        created.addHandler('open-failed', fail);
      })
      .catch(fail);
    return () => {
      cancelled = true;
      created?.destroy();
      delete element.dataset.zoom;
      viewer.current = null;
      setStatus('loading');
    };
  }, [dzi, image, reducedMotion]);

  const act = (change: (viewport: OpenSeadragon.Viewport) => void) => {
    const viewport = viewer.current?.viewport;
    if (!viewport) return;
    change(viewport);
    viewport.applyConstraints(reducedMotion);
  };

  return (
    <div className="kit-zoom" data-status={status}>
      <div ref={host} className="kit-zoom__canvas" role="img" aria-label={`${text.viewer}: ${alt}`} />
      {status === 'loading' && <p className="kit-zoom__status">{text.loading}</p>}
      {status === 'failed' && (
        <div className="kit-zoom__fallback">
          {isSameOrigin(image) && <img src={image} alt={alt} draggable={false} />}
          <p className="kit-zoom__status">{text.failed}</p>
        </div>
      )}
      <div className="kit-zoom__controls">
        <TouchButton
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
          disabled={status !== 'ready'}
          onClick={() => act((v) => v.zoomBy(1 / ZOOM_STEP))}
        >
          <span aria-hidden="true">−</span>
        </TouchButton>
        <TouchButton
          size="large"
          variant="primary"
          disabled={status !== 'ready'}
          onClick={() => act((v) => v.goHome(reducedMotion))}
        >
          {text.reset}
        </TouchButton>
      </div>
    </div>
  );
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
