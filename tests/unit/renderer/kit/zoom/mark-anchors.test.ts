import { describe, expect, it } from 'vitest';
import { MARK_SPACING, markAnchors, markPoint } from '../../../../../renderer/kit/zoom/mark-anchors';

/** The distance of two points as the visitor sees it, in shares of the image's long side. */
function apart(a: { x: number; y: number }, b: { x: number; y: number }, aspect: number): number {
  const sx = aspect > 1 ? 1 / aspect : 1;
  const sy = aspect > 1 ? 1 : aspect;
  return Math.hypot((a.x - b.x) * sx, (a.y - b.y) * sy);
}

describe('markAnchors', () => {
  it('puts every mark at the middle of its place when the middles are far apart', () => {
    const boxes = [
      { x: 0, y: 0, width: 0.2, height: 0.2 },
      { x: 0.6, y: 0.6, width: 0.4, height: 0.4 },
    ];
    expect(markAnchors(boxes, 1)).toEqual([
      { x: 0.1, y: 0.1 },
      { x: 0.8, y: 0.8 },
    ]);
  });

  it('spreads the marks of nested parts that share a middle, each inside its own place', () => {
    // A wide cloth (aspect 0.42): badan, kepala, papan and tumpal all centred on one band.
    const aspect = 0.42;
    const boxes = [
      { x: 0, y: 0, width: 1, height: 1 },
      { x: 0.75, y: 0, width: 0.25, height: 1 },
      { x: 0.76, y: 0, width: 0.05, height: 1 },
      { x: 0.8, y: 0, width: 0.15, height: 1 },
      { x: 0.82, y: 0.05, width: 0.11, height: 0.9 },
    ];
    const anchors = markAnchors(boxes, aspect);
    anchors.forEach((point, i) => {
      const box = boxes[i]!;
      expect(point.x).toBeGreaterThanOrEqual(box.x);
      expect(point.x).toBeLessThanOrEqual(box.x + box.width);
      expect(point.y).toBeGreaterThanOrEqual(box.y);
      expect(point.y).toBeLessThanOrEqual(box.y + box.height);
      for (const other of anchors.slice(0, i))
        expect(apart(point, other, aspect)).toBeGreaterThanOrEqual(MARK_SPACING - 1e-9);
    });
  });

  it('measures the spacing on screen, so a tall image spreads marks along its height', () => {
    const aspect = 2;
    const same = { x: 0.4, y: 0.4, width: 0.2, height: 0.2 };
    const [first, second] = markAnchors([same, same], aspect);
    expect(apart(first!, second!, aspect)).toBeGreaterThanOrEqual(MARK_SPACING - 1e-9);
  });

  it('places a small place first, so the big one around it is the one that moves', () => {
    const badan = { x: 0, y: 0, width: 0.8, height: 1 };
    const star = { x: 0.38, y: 0.48, width: 0.04, height: 0.04 };
    const [big, small] = markAnchors([badan, star], 0.42);
    expect(small).toEqual({ x: 0.4, y: 0.5 });
    expect(apart(big!, small!, 0.42)).toBeGreaterThanOrEqual(MARK_SPACING - 1e-9);
  });

  it('keeps a mark with no free point inside its tiny place as far from the others as it can', () => {
    const tiny = { x: 0.5, y: 0.5, width: 0.01, height: 0.01 };
    const [first, second] = markAnchors([tiny, tiny], 1);
    expect(first).toEqual({ x: 0.505, y: 0.505 });
    expect(second).toEqual(first);
  });
});

describe('markPoint', () => {
  it('is the mark’s own point, else the middle of its box', () => {
    const box = { x: 0.2, y: 0.2, width: 0.2, height: 0.4 };
    expect(markPoint({ box })).toEqual({ x: 0.30000000000000004, y: 0.4 });
    expect(markPoint({ box, at: { x: 0.25, y: 0.3 } })).toEqual({ x: 0.25, y: 0.3 });
  });
});
