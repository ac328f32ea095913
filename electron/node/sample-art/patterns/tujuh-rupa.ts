import { cecek, ukel, veinedLeaf } from '../marks/isen';
import { dotGrid, flower, n } from '../svg';
import { bird, butterfly } from './creatures';
import { floralColours } from './floral-colours';
import { around, tileFill, type PatternGenerator } from './pattern-types';

/**
 * Tujuh rupa: a crowded scene with no empty ground - a tree drawn as on Chinese porcelain (a
 * twisting trunk, rounded clouds of foliage, blossoms), birds in its branches, a small animal at
 * its foot, and flowers, leaves and cecek filling every gap. Unlike buketan's separate bouquets on
 * an open ground, nothing here stands alone.
 */
export const tujuhRupa: PatternGenerator = (id, { size: s, colours: c, random }) => {
  const w = s * 2;
  const h = s * 1.6;
  const ink = c.dark ? c.light : c.ink;
  // Foliage and leaves in the green (floral-colours.ts); blooms, birds and the trunk in the rest.
  const { leaf: f1, blooms } = floralColours(c);
  const f0 = blooms[0]!;
  const f2 = c.leaf ? (blooms[1] ?? f0) : c.fills[2]!;
  const bloom = (i: number) => blooms[(i % 3) % blooms.length]!;
  const sw = (k: number) => `stroke="${ink}" stroke-width="${n(s * k)}"`;
  // Dense ground first: fine cecek and small flowers everywhere.
  let ground = dotGrid(w, h, s * 0.04, s * 0.006, ink, s * 0.02);
  // Kept off the tile's edges so nothing needs drawing twice where repeats meet (librsvg renders
  // every copy, and this is the densest tile of the sample).
  const inside = (extent: number, margin: number) => random.range(margin, extent - margin);
  for (let i = 0; i < 14; i += 1) {
    const x = inside(w, s * 0.08);
    const y = inside(h, s * 0.08);
    ground += flower(x, y, s * random.range(0.05, 0.08), 5, bloom(i), c.light, ink, random.range(0, 70));
  }
  for (let i = 0; i < 10; i += 1)
    ground += veinedLeaf(inside(w, s * 0.13), inside(h, s * 0.13), s * 0.12, random.range(0, 360), f1, ink);
  let scene = '';
  // The tree: trunk and three branches, each ending in a rounded cloud of foliage.
  const tx = w * 0.36;
  scene += `<path d="M${n(tx - s * 0.08)} ${n(h * 0.98)} C${n(tx - s * 0.2)} ${n(h * 0.7)} ${n(tx + s * 0.2)} ${n(h * 0.55)} ${n(tx)} ${n(h * 0.3)} L${n(tx + s * 0.07)} ${n(h * 0.32)} C${n(tx + s * 0.28)} ${n(h * 0.55)} ${n(tx - s * 0.05)} ${n(h * 0.72)} ${n(tx + s * 0.06)} ${n(h * 0.98)}Z" fill="${f2}" ${sw(0.012)}/>`;
  const crowns: [number, number, number][] = [
    [tx - s * 0.32, h * 0.3, s * 0.2],
    [tx + s * 0.05, h * 0.16, s * 0.24],
    [tx + s * 0.4, h * 0.34, s * 0.2],
  ];
  for (const [cx, cy, r] of crowns) {
    scene += `<path d="M${n(tx)} ${n(h * 0.45)} Q${n((tx + cx) / 2)} ${n(cy + r)} ${n(cx)} ${n(cy)}" fill="none" ${sw(0.02)}/>`;
    let lobes = '';
    for (let k = 0; k < 7; k += 1) {
      const a = (2 * Math.PI * k) / 7;
      lobes += `<circle cx="${n(cx + Math.cos(a) * r * 0.55)}" cy="${n(cy + Math.sin(a) * r * 0.4)}" r="${n(r * 0.45)}"/>`;
    }
    scene += `<g fill="${f1}" ${sw(0.01)}>${lobes}</g>`;
    scene += cecek(cx, cy, r * 0.6, 18, s * 0.01, c.light);
    scene += ukel(cx - r * 0.3, cy - r * 0.1, r * 0.18, ink, s * 0.008);
    scene += flower(cx + r * 0.35, cy + r * 0.1, s * 0.07, 6, f0, c.light, ink);
  }
  scene += bird(tx + s * 0.42, h * 0.55, s * 0.18, f0, ink, true);
  scene += bird(tx - s * 0.42, h * 0.56, s * 0.15, f2, ink, false);
  scene += butterfly(w * 0.82, h * 0.2, s * 0.12, f0, ink, random.range(-30, 30));
  scene += rabbit(w * 0.6, h * 0.86, s * 0.24, f2, ink, c.light);
  // A flowering shrub beside the animal.
  for (let k = 0; k < 4; k += 1)
    scene += flower(
      w * 0.84 + (k % 2) * s * 0.16,
      h * (0.55 + k * 0.1),
      s * 0.1,
      6,
      bloom(k),
      c.light,
      ink,
      k * 20,
    );
  const body = ground + scene;
  return tileFill(id, { width: w, height: h, body }, c.ground, [
    around('tree', tx + s * 0.04, h * 0.5, s * 0.56, h * 0.47),
    around('bird', tx + s * 0.38, h * 0.55, s * 0.16, s * 0.12),
    around('animal', w * 0.6, h * 0.84, s * 0.18, s * 0.14),
    around('flower', w * 0.84, h * 0.55, s * 0.09),
  ]);
};

/** A crouching rabbit (or any small animal of the scene): body, head, two long ears, a tail. */
function rabbit(x: number, y: number, size: number, fill: string, ink: string, light: string): string {
  const sw = `stroke="${ink}" stroke-width="${n(size * 0.04)}"`;
  return (
    `<g transform="translate(${n(x)} ${n(y)})">` +
    `<ellipse rx="${n(size * 0.5)}" ry="${n(size * 0.3)}" fill="${fill}" ${sw}/>` +
    `<circle cx="${n(size * 0.45)}" cy="${n(-size * 0.25)}" r="${n(size * 0.2)}" fill="${fill}" ${sw}/>` +
    `<ellipse cx="${n(size * 0.38)}" cy="${n(-size * 0.6)}" rx="${n(size * 0.07)}" ry="${n(size * 0.24)}" fill="${fill}" ${sw} transform="rotate(-15 ${n(size * 0.38)} ${n(-size * 0.6)})"/>` +
    `<ellipse cx="${n(size * 0.52)}" cy="${n(-size * 0.58)}" rx="${n(size * 0.07)}" ry="${n(size * 0.24)}" fill="${fill}" ${sw} transform="rotate(12 ${n(size * 0.52)} ${n(-size * 0.58)})"/>` +
    `<circle cx="${n(-size * 0.5)}" cy="${n(-size * 0.05)}" r="${n(size * 0.09)}" fill="${light}" ${sw}/>` +
    `<circle cx="${n(size * 0.52)}" cy="${n(-size * 0.28)}" r="${n(size * 0.03)}" fill="${ink}"/>` +
    cecek(0, 0, size * 0.22, 9, size * 0.025, light) +
    `</g>`
  );
}
