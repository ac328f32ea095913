import type OpenSeadragon from 'openseadragon';
import type { SwipeDirection } from '../touch/swipe';
import {
  createDragIntent,
  isHomeView,
  isZoomedIn,
  recentreShift,
  slackAxes,
  type PixelRect,
} from './zoom-gestures';

/** Where the view stands, as the viewer's controls need it. */
export interface ViewState {
  /** Past the whole-cloth zoom: drags pan, the navigator shows. */
  zoomedIn: boolean;
  /** The whole cloth, centred: "Reset view" has nothing to do. */
  home: boolean;
}

export interface ViewGestureHooks {
  /** A one-finger swipe at home zoom; without it such a drag simply does nothing. */
  onSwipe?: (direction: SwipeDirection) => void;
  /** Every change of the view (each animation frame while it moves). */
  onView: (state: ViewState, image: PixelRect, zoom: number) => void;
  /** Re-centring jumps instead of gliding. */
  reducedMotion: boolean;
}

/**
 * The first image's rectangle in the viewer element's CSS pixels; with `current` false, where the
 * springs are heading rather than where they are now. Null before the image has opened.
 */
function imageRect(viewer: OpenSeadragon.Viewer, current: boolean): PixelRect | null {
  const item = viewer.world.getItemCount() > 0 ? viewer.world.getItemAt(0) : undefined;
  if (!item) return null;
  const bounds = item.getBounds(current);
  const topLeft = viewer.viewport.pixelFromPoint(bounds.getTopLeft(), current);
  const size = viewer.viewport.deltaPixelsFromPoints(bounds.getSize(), current);
  return { x: topLeft.x, y: topLeft.y, width: size.x, height: size.y };
}

/**
 * Wires the kiosk's reading of touch onto a viewer: at home zoom a one-finger drag is a swipe (no
 * pan, no fling) reported through `onSwipe`; zoomed in it pans, locked to the axes where the image
 * overflows its frame; when a gesture ends, the image is centred again along the axes where it
 * does not fill the frame. The handlers go with the viewer: `destroy()` removes them all.
 */
export function attachViewGestures(
  viewer: OpenSeadragon.Viewer,
  Point: typeof OpenSeadragon.Point,
  hooks: ViewGestureHooks,
): void {
  const intent = createDragIntent();
  let fingersDown = false;
  const frame = () => {
    const size = viewer.viewport.getContainerSize();
    return { width: size.x, height: size.y };
  };
  const zoomedIn = (current: boolean) =>
    isZoomedIn(viewer.viewport.getZoom(current), viewer.viewport.getHomeZoom());

  const settle = () => {
    if (fingersDown) return;
    const image = imageRect(viewer, false);
    const shift = image && recentreShift(image, frame());
    if (!shift) return;
    const { viewport } = viewer;
    viewport.panBy(viewport.deltaPointsFromPixels(new Point(-shift.dx, -shift.dy)), hooks.reducedMotion);
    viewport.applyConstraints(hooks.reducedMotion);
  };

  const report = () => {
    const image = imageRect(viewer, true);
    if (!image) return;
    const zoom = viewer.viewport.getZoom(true);
    const home = viewer.viewport.getHomeZoom();
    hooks.onView(
      { zoomedIn: isZoomedIn(zoom, home), home: isHomeView(image, frame(), zoom, home) },
      image,
      zoom,
    );
  };

  viewer.addHandler('canvas-press', () => {
    fingersDown = true;
    // The target zoom: a double tap still gliding in already counts as zoomed in.
    intent.press(zoomedIn(false));
  });
  viewer.addHandler('canvas-pinch', () => intent.pinch());
  viewer.addHandler('canvas-drag', (event) => {
    if (!intent.move(event.delta.x, event.delta.y)) {
      event.preventDefaultAction = true;
      return;
    }
    // OSD pans by this very delta after the handlers ran (its own code edits it the same way for
    // panHorizontal/panVertical), so zeroing an axis here locks the pan to the other one.
    const image = imageRect(viewer, true);
    if (!image) return;
    const slack = slackAxes(image, frame());
    if (slack.x) event.delta.x = 0;
    if (slack.y) event.delta.y = 0;
  });
  viewer.addHandler('canvas-release', () => {
    fingersDown = false;
    settle();
  });
  viewer.addHandler('canvas-drag-end', (event) => {
    const { swiping, direction } = intent.end();
    if (!swiping) return;
    // No fling: the picture did not move and must not start to now.
    event.preventDefaultAction = true;
    // After OSD has finished with this pointer event: the swipe unmounts this viewer.
    if (direction && hooks.onSwipe) queueMicrotask(() => hooks.onSwipe?.(direction));
  });
  viewer.addHandler('animation-finish', settle);
  viewer.addHandler('viewport-change', report);
  viewer.addHandler('open', report);
}
