import { swipeDirection, type SwipeDirection } from '../touch/swipe';

/**
 * How far above the home zoom the view may be and still count as "the whole cloth": OSD's springs
 * and rounding leave the zoom a hair off home after a reset, and a pinch that barely moved should
 * not turn a swipe into a pan.
 */
export const HOME_ZOOM_SLACK = 1.02;

/** A rectangle in the viewer element's CSS pixels (the image as drawn, or the frame). */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The frame the image is drawn in: the viewer element's size in CSS pixels. */
export interface FrameSize {
  width: number;
  height: number;
}

/** Zoomed in past the whole-cloth view: a one-finger drag pans, the navigator shows. */
export function isZoomedIn(zoom: number, homeZoom: number): boolean {
  return zoom > homeZoom * HOME_ZOOM_SLACK;
}

/**
 * The home view: the whole cloth, centred. "Reset view" is offered only away from it. Centred
 * within `tolerancePx`, so a sub-pixel spring remainder does not count as moved.
 */
export function isHomeView(
  image: PixelRect,
  frame: FrameSize,
  zoom: number,
  homeZoom: number,
  tolerancePx = 2,
): boolean {
  if (isZoomedIn(zoom, homeZoom)) return false;
  const dx = image.x + image.width / 2 - frame.width / 2;
  const dy = image.y + image.height / 2 - frame.height / 2;
  return Math.abs(dx) <= tolerancePx && Math.abs(dy) <= tolerancePx;
}

/**
 * Axes along which the image is no larger than its frame. Panning along them could only push the
 * image off-centre (OSD's constraints would let it slide anywhere inside the frame), so drags are
 * locked to the other axis and the image is centred again on such an axis when a gesture ends.
 */
export function slackAxes(image: PixelRect, frame: FrameSize): { x: boolean; y: boolean } {
  // Half a pixel of leeway: at home zoom the image fills one axis exactly, give or take rounding.
  return { x: image.width <= frame.width + 0.5, y: image.height <= frame.height + 0.5 };
}

/**
 * The shift (CSS px) that centres the image along its slack axes, or null when it already is
 * centred there (within `tolerancePx`). Axes where the image overflows the frame are left alone:
 * there the visitor chose what to look at.
 */
export function recentreShift(
  image: PixelRect,
  frame: FrameSize,
  tolerancePx = 1,
): { dx: number; dy: number } | null {
  const slack = slackAxes(image, frame);
  const dx = slack.x ? frame.width / 2 - (image.x + image.width / 2) : 0;
  const dy = slack.y ? frame.height / 2 - (image.y + image.height / 2) : 0;
  return Math.abs(dx) > tolerancePx || Math.abs(dy) > tolerancePx ? { dx, dy } : null;
}

/**
 * What one touch gesture on the picture means, decided when the first finger lands: at home zoom a
 * one-finger drag is a swipe to the previous or next cloth and must not pan; zoomed in it pans.
 * A second finger (a pinch) makes it a zoom, never a swipe, and the finger left on the glass pans.
 */
export interface DragIntent {
  /** The first finger landed; `zoomedIn` is the view at that moment. */
  press(zoomedIn: boolean): void;
  /** Two fingers are pinching. */
  pinch(): void;
  /**
   * The finger moved by (dx, dy) CSS px. Returns true when the viewer should pan, false when the
   * move belongs to a swipe.
   */
  move(dx: number, dy: number): boolean;
  /**
   * The drag ended. `swiping` is true when the gesture was a swipe (the viewer must then skip its
   * own fling); `direction` is the swipe's, when it went far enough.
   */
  end(): { swiping: boolean; direction: SwipeDirection | null };
}

/** A fresh gesture reader; one per viewer. */
export function createDragIntent(): DragIntent {
  let swipe = false;
  let dx = 0;
  let dy = 0;
  return {
    press(zoomedIn) {
      swipe = !zoomedIn;
      dx = 0;
      dy = 0;
    },
    pinch() {
      swipe = false;
    },
    move(moveX, moveY) {
      if (!swipe) return true;
      // The sum of the moves, not end minus start: after two fingers the one left may not be the
      // one that pressed, and its start is elsewhere.
      dx += moveX;
      dy += moveY;
      return false;
    },
    end() {
      const swiping = swipe;
      swipe = false;
      return { swiping, direction: swiping ? swipeDirection(dx, dy) : null };
    },
  };
}
