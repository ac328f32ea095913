import { describe, expect, it } from 'vitest';
import {
  createDragIntent,
  HOME_ZOOM_SLACK,
  isHomeView,
  isZoomedIn,
  recentreShift,
  slackAxes,
} from '../../../../../renderer/kit/zoom/zoom-gestures';

// A 1000 x 800 frame holding a wide cloth: at home it fills the width and leaves room above and below.
const frame = { width: 1000, height: 800 };
const homeImage = { x: 0, y: 190, width: 1000, height: 420 };

describe('zoomed in or not', () => {
  it('counts the home zoom, a hair above it, and anything below as not zoomed in', () => {
    expect(isZoomedIn(1, 1)).toBe(false);
    expect(isZoomedIn(1.01, 1)).toBe(false);
    expect(isZoomedIn(0.5, 1)).toBe(false);
    expect(isZoomedIn(HOME_ZOOM_SLACK * 1.01, 1)).toBe(true);
    expect(isZoomedIn(2.02, 2)).toBe(false);
    expect(isZoomedIn(3, 1)).toBe(true);
  });

  it('is home only at the home zoom with the image centred', () => {
    expect(isHomeView(homeImage, frame, 1, 1)).toBe(true);
    expect(isHomeView({ ...homeImage, y: 191.5 }, frame, 1, 1)).toBe(true);
    expect(isHomeView({ ...homeImage, y: 120 }, frame, 1, 1)).toBe(false);
    expect(isHomeView({ x: -500, y: -30, width: 2000, height: 840 }, frame, 2, 1)).toBe(false);
  });
});

describe('slack axes and re-centring', () => {
  it('names the axes where the image is no larger than the frame', () => {
    expect(slackAxes(homeImage, frame)).toEqual({ x: true, y: true });
    expect(slackAxes({ x: -300, y: 50, width: 1600, height: 700 }, frame)).toEqual({ x: false, y: true });
    expect(slackAxes({ x: -300, y: -100, width: 1600, height: 1000 }, frame)).toEqual({ x: false, y: false });
  });

  it('centres along slack axes only, and says nothing when already centred', () => {
    expect(recentreShift(homeImage, frame)).toBeNull();
    expect(recentreShift({ ...homeImage, y: 300 }, frame)).toEqual({ dx: 0, dy: -110 });
    // Zoomed to fill the width: where it overflows, the visitor's choice of place is kept.
    expect(recentreShift({ x: -450, y: 20, width: 1600, height: 700 }, frame)).toEqual({ dx: 0, dy: 30 });
    expect(recentreShift({ x: -450, y: -100, width: 1600, height: 1000 }, frame)).toBeNull();
  });
});

describe('what a one-finger drag means', () => {
  it('at home zoom: a swipe, never a pan, read from the sum of the moves', () => {
    const intent = createDragIntent();
    intent.press(false);
    expect(intent.move(-60, 4)).toBe(false);
    expect(intent.move(-60, -2)).toBe(false);
    expect(intent.end()).toEqual({ swiping: true, direction: 'left' });
  });

  it('at home zoom a short or steep drag is still no pan, but turns no cloth either', () => {
    const intent = createDragIntent();
    intent.press(false);
    expect(intent.move(40, 0)).toBe(false);
    expect(intent.end()).toEqual({ swiping: true, direction: null });
    intent.press(false);
    intent.move(120, 200);
    expect(intent.end()).toEqual({ swiping: true, direction: null });
  });

  it('zoomed in: a pan, whatever its length', () => {
    const intent = createDragIntent();
    intent.press(true);
    expect(intent.move(-400, 0)).toBe(true);
    expect(intent.end()).toEqual({ swiping: false, direction: null });
  });

  it('a pinch makes it a zoom: the finger left on the glass pans and no swipe follows', () => {
    const intent = createDragIntent();
    intent.press(false);
    intent.move(-30, 0);
    intent.pinch();
    expect(intent.move(-300, 0)).toBe(true);
    expect(intent.end()).toEqual({ swiping: false, direction: null });
  });

  it('each gesture starts afresh', () => {
    const intent = createDragIntent();
    intent.press(false);
    intent.move(-300, 0);
    intent.end();
    intent.press(false);
    intent.move(100, 0);
    expect(intent.end()).toEqual({ swiping: true, direction: 'right' });
    // An end without a press (OSD sends none after a cancelled pointer) is no swipe.
    expect(intent.end()).toEqual({ swiping: false, direction: null });
  });
});
