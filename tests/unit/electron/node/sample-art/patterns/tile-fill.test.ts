import { describe, expect, it } from 'vitest';
import { tileFill } from '../../../../../../electron/node/sample-art/patterns/pattern-types';

describe('tileFill', () => {
  it('writes a pattern of fractional size at whole pixels, its body and anchors scaled to match', () => {
    const fill = tileFill('badan', { width: 155, height: 108.5, body: '<circle r="3"/>' }, '#fff', [
      { name: 'star', box: { x: 10, y: 54.25, w: 20, h: 21.7 } },
    ]);
    expect(fill.defs).toContain(
      '<pattern id="badan" patternUnits="userSpaceOnUse" width="155" height="109">',
    );
    expect(fill.defs).toContain('<rect width="155" height="109" fill="#fff"/>');
    // 109 / 108.5: the body is stretched by the same half pixel, so the repeat stays seamless.
    expect(fill.defs).toContain('<g transform="scale(1 1.00461)"><circle r="3"/></g>');
    expect(fill.repeat).toEqual({ w: 155, h: 109 });
    const box = fill.anchors![0]!.box;
    expect(box.x).toBe(10);
    expect(box.y).toBeCloseTo(54.5, 6);
    expect(box.h).toBeCloseTo(21.8, 6);
  });

  it('leaves a whole-pixel tile as drawn and keeps its rotation', () => {
    const fill = tileFill(
      'kepala',
      { width: 70, height: 40, body: '<path d="M0 0"/>', transform: 'rotate(-45)' },
      '#000',
    );
    expect(fill.defs).toBe(
      '<pattern id="kepala" patternUnits="userSpaceOnUse" width="70" height="40" patternTransform="rotate(-45)">' +
        '<rect width="70" height="40" fill="#000"/><path d="M0 0"/></pattern>',
    );
    expect(fill.angle).toBe(-45);
    expect(fill.repeat).toEqual({ w: 70, h: 40 });
  });
});
