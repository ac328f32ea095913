import { cecek, veinedLeaf } from '../marks/isen';
import { dotGrid, flower, n } from '../svg';
import { bird, butterfly } from './creatures';
import { floralColours } from './floral-colours';
import { around, tileFill, wrapped, type PatternGenerator } from './pattern-types';
import type { Random } from '../seeded-random';
import type { Colourway } from '../colourways';

/**
 * Buketan: cut-flower bouquets in the European manner (Van Zuylen, encim), with small birds and
 * butterflies, on a ground of fine cecek dots. Two bouquets per repeat, the second mirrored and
 * dropped half a step, so the repeat is hard to spot.
 */
export const buketan: PatternGenerator = (id, { size: s, colours: c, random }) => {
  const w = s * 1.6;
  const h = s * 1.4;
  let body = dotGrid(w, h, s * 0.05, s * 0.006, c.dark ? c.light : c.ink, s * 0.025);
  const first = bouquet(0, 0, s * 0.55, c, random, false);
  const second = bouquet(0, 0, s * 0.5, c, random, true);
  const flutter = butterfly(0, 0, s * 0.12, c.fills[1]!, c.ink, random.range(-30, 30));
  const perched = bird(0, 0, s * 0.16, c.fills[2]!, c.ink, random.chance(0.5));
  const at = (shape: string) => (x: number, y: number) =>
    `<g transform="translate(${n(x)} ${n(y)})">${shape}</g>`;
  body += wrapped(w, h, w * 0.3, h * 0.45, at(first));
  body += wrapped(w, h, w * 0.8, h * 0.95, at(second));
  body += wrapped(w, h, w * 0.72, h * 0.35, at(flutter));
  body += wrapped(w, h, w * 0.18, h * 0.8, at(perched));
  const fill = tileFill(id, { width: w, height: h, body }, c.ground, [
    around('bouquet', w * 0.3, h * 0.4, s * 0.42),
    around('butterfly', w * 0.72, h * 0.33, s * 0.1),
    around('bird', w * 0.18 - s * 0.03, h * 0.8, s * 0.14, s * 0.1),
    around('leaf', w * 0.3, h * 0.45 + s * 0.12, s * 0.1),
  ]);
  // Small bouquets on an open ground: no dye here covers enough of the cloth to show for itself.
  return { ...fill, bulk: [] };
};

/** One spray: curved stems ending in flowers, leaves along the stems. */
function bouquet(x: number, y: number, size: number, c: Colourway, random: Random, mirror: boolean) {
  const stemColour = c.dark ? c.light : c.ink;
  const { leaf: leafColour, blooms: bloomColours } = floralColours(c);
  const sw = `stroke="${stemColour}" stroke-width="${n(size * 0.025)}" fill="none"`;
  let stems = '';
  let blooms = '';
  const count = random.int(3, 5);
  for (let i = 0; i < count; i += 1) {
    const angle = -150 + (120 * i) / Math.max(1, count - 1) + random.range(-10, 10);
    const length = size * random.range(0.55, 0.85);
    const tx = Math.cos((angle * Math.PI) / 180) * length;
    const ty = Math.sin((angle * Math.PI) / 180) * length;
    stems += `<path d="M0 ${n(size * 0.35)} Q${n(tx * 0.2)} ${n(ty * 0.5)} ${n(tx)} ${n(ty)}" ${sw}/>`;
    stems += veinedLeaf(
      tx * 0.45,
      ty * 0.55 + size * 0.1,
      size * 0.22,
      angle + random.pick([-50, 50]),
      leafColour,
      stemColour,
    );
    blooms += flower(
      tx,
      ty,
      size * random.range(0.14, 0.22),
      random.pick([5, 6, 8]),
      bloomColours[i % bloomColours.length]!,
      c.light,
      stemColour,
      random.range(0, 60),
    );
    // Cecek in the heart of each flower: the dots a maker adds with the finest canting.
    blooms += cecek(tx, ty, size * 0.04, 5, size * 0.008, stemColour);
  }
  return `<g transform="translate(${n(x)} ${n(y)}) scale(${mirror ? -1 : 1} 1)">${stems}${blooms}</g>`;
}
