import { describe, expect, it } from 'vitest';
import { stampRaster, stampSize } from '../../../../../../electron/node/sample-art/marks/cap-blocks';
import { wobbleFor, wobbleRaster } from '../../../../../../electron/node/sample-art/marks/canting-wobble';
import { remukan } from '../../../../../../electron/node/sample-art/marks/remukan';
import { marksFor, markStyleOf } from '../../../../../../electron/node/sample-art/marks/technique';
import { createRandom } from '../../../../../../electron/node/sample-art/seeded-random';

/** A w x h RGB raster whose pixel (x, y) encodes its own position, so a move can be read back. */
function positions(w: number, h: number): Buffer {
  const data = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y += 1) for (let x = 0; x < w; x += 1) data.set([x, y, 0], (y * w + x) * 3);
  return data;
}

describe('marks of the process', () => {
  it('reads the mark style from the techniques list', () => {
    expect(markStyleOf(['tulis', 'celup'])).toBe('tulis');
    expect(markStyleOf(['cap', 'celup'])).toBe('cap');
    expect(markStyleOf(['kombinasi', 'colet'])).toBe('kombinasi');
    expect(markStyleOf(['printed'])).toBe('printed');
    expect(markStyleOf([])).toBe('tulis');
    expect(marksFor('printed', 100, []).crackle).toBe(0);
    expect(marksFor('tulis', 100, ['tulis', 'remukan']).crackle).toBe(3);
    expect(wobbleFor('cap', 100)).toBeUndefined();
    expect(wobbleFor('printed', 100)).toBeUndefined();
  });

  it('moves every cap block as one piece, by a small offset, the blocks not all alike', () => {
    const w = 200;
    const h = 120;
    const data = positions(w, h);
    const block = stampSize({ w: 40, h: 30 }, 80);
    expect(block).toEqual({ w: 80, h: 90 });
    const out = stampRaster(data, w, { box: { x: 0, y: 0, w, h }, block }, createRandom('cap'));
    const offsets = new Set<string>();
    for (const [bx, by] of [
      [0, 0],
      [80, 0],
      [160, 0],
      [0, 90],
      [80, 90],
    ] as const) {
      // Inside a block, away from the clamped edges, every pixel shows the same shift.
      const at = (x: number, y: number) => {
        const p = (y * w + x) * 3;
        return `${x - out[p]!},${y - out[p + 1]!}`;
      };
      const shift = at(bx + 10, by + 10);
      expect(at(bx + 20, by + 15)).toBe(shift);
      const [dx, dy] = shift.split(',').map(Number) as [number, number];
      expect(Math.abs(dx)).toBeLessThanOrEqual(2);
      expect(Math.abs(dy)).toBeLessThanOrEqual(2);
      offsets.add(shift);
    }
    expect(offsets.size).toBeGreaterThan(1);
  });

  it('wobbles a tulis raster by a bounded, seeded, uneven displacement', () => {
    const w = 240;
    const h = 200;
    const data = positions(w, h);
    const wobble = wobbleFor('tulis', 100)!;
    const a = wobbleRaster(data, w, h, wobble, 100, createRandom('t'));
    expect(wobbleRaster(data, w, h, wobble, 100, createRandom('t')).equals(a)).toBe(true);
    expect(wobbleRaster(data, w, h, wobble, 100, createRandom('u')).equals(a)).toBe(false);
    const shifts = new Set<string>();
    let largest = 0;
    for (let y = 20; y < h - 20; y += 7) {
      for (let x = 20; x < w - 20; x += 7) {
        const p = (y * w + x) * 3;
        const dx = a[p]! - x;
        const dy = a[p + 1]! - y;
        largest = Math.max(largest, Math.hypot(dx, dy));
        shifts.add(`${dx},${dy}`);
      }
    }
    expect(largest).toBeLessThanOrEqual(Math.SQRT2 * (wobble.drift + wobble.tremor) + 2);
    expect(largest).toBeGreaterThan(1);
    // Every repeat a little different: many distinct shifts across the raster.
    expect(shifts.size).toBeGreaterThan(10);
  });

  it('draws more crackle for a remukan cloth and none for a printed one', () => {
    const veins = (density: number) =>
      (remukan(800, 400, '#000', density, createRandom('r')).match(/<path /g) ?? []).length;
    expect(veins(0)).toBe(0);
    expect(veins(3)).toBeGreaterThan(veins(1) * 2);
  });
});
