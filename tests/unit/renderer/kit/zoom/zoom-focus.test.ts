import { describe, expect, it } from 'vitest';
import { FOCUS_MARGIN, focusBounds, type BoxRect } from '../../../../../renderer/kit/zoom/zoom-focus';

/** OpenSeadragon puts a single image at x 0..1 and y 0..height/width. */
const imageBounds = (width: number, height: number) => ({ x: 0, y: 0, width: 1, height: height / width });

const close = (actual: BoxRect, expected: BoxRect) => {
  for (const key of ['x', 'y', 'width', 'height'] as const)
    expect(actual[key], key).toBeCloseTo(expected[key], 9);
};

describe('focusBounds', () => {
  it('maps a region of a landscape cloth (2000 x 840) into viewport units, with the margin around it', () => {
    // A kepala band across the cloth's full height, a fifth of its length.
    const kepala = { x: 0.4, y: 0, width: 0.2, height: 1 };
    const rect = focusBounds(kepala, imageBounds(2000, 840));
    // Sideways the margin is a tenth of the band's width each side; up and down the cloth ends.
    close(rect, { x: 0.38, y: 0, width: 0.24, height: 0.42 });
  });

  it('maps a region of a portrait image (789 x 1600): y runs to height/width, not to 1', () => {
    const element = { x: 0.25, y: 0.5, width: 0.5, height: 0.25 };
    const aspect = 1600 / 789;
    const rect = focusBounds(element, imageBounds(789, 1600));
    close(rect, {
      x: 0.25 - 0.05,
      y: (0.5 - 0.025) * aspect,
      width: 0.5 * 1.2,
      height: 0.25 * 1.2 * aspect,
    });
    // Taller than wide in the viewport, as the element is on the tall image.
    expect(rect.height).toBeGreaterThan(rect.width);
  });

  it('keeps the margin inside the image at its edges', () => {
    const corner = { x: 0, y: 0.9, width: 0.3, height: 0.1 };
    const rect = focusBounds(corner, imageBounds(1200, 1200));
    close(rect, { x: 0, y: 0.89, width: 0.33, height: 0.11 });
    const whole = focusBounds({ x: 0, y: 0, width: 1, height: 1 }, imageBounds(1200, 600));
    close(whole, { x: 0, y: 0, width: 1, height: 0.5 });
  });

  it('follows the image wherever it lies in the viewport (a second image, tiles put in place)', () => {
    const rect = focusBounds(
      { x: 0.5, y: 0.5, width: 0.5, height: 0.5 },
      { x: 2, y: 1, width: 4, height: 2 },
      0,
    );
    close(rect, { x: 4, y: 2, width: 2, height: 1 });
  });

  it('leaves the region about 5/6 of the fitted side', () => {
    const box = { x: 0.3, y: 0.3, width: 0.2, height: 0.2 };
    const rect = focusBounds(box, imageBounds(1000, 1000));
    expect(box.width / rect.width).toBeCloseTo(1 / (1 + 2 * FOCUS_MARGIN), 9);
    expect(box.width / rect.width).toBeGreaterThan(0.8);
  });
});
