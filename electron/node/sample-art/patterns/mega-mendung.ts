import { mix } from '../colourways';
import { n } from '../svg';
import { around, tileFill, wrapped, type PatternGenerator } from './pattern-types';

/**
 * Mega mendung: Cirebon rain clouds, each cloud a lobed outline repeated inwards in graded shades
 * (traditionally seven steps from dark to light).
 */
export const megaMendung: PatternGenerator = (id, { size: s, colours: c, random, motif }) => {
  const w = s * 1.5;
  const h = s;
  const dark = c.fills[0]!;
  // Trusmi's mega mendung grades its clouds in one dye, from the rim to the light at the centre,
  // and sets them on a ground of a second dye the cloth names (blue clouds on red): the light the
  // clouds fade to is then theirs, not the ground's.
  const second = motif === 'mega-mendung' ? c.dyes.find((hex) => hex !== dark) : undefined;
  const ground = second ?? c.ground;
  const steps = random.int(5, 7);
  const cloud = (cx: number, cy: number, r: number) => {
    let out = '';
    for (let i = 0; i < steps; i += 1) {
      const scale = 1 - i / (steps + 0.5);
      const fill = mix(dark, c.ground, i / steps);
      out += `<path d="${cloudPath(r)}" transform="translate(${n(cx)} ${n(cy + r * 0.12 * (1 - scale))}) scale(${n(scale)})" fill="${fill}" stroke="${c.ink}" stroke-width="${n((s * 0.006) / scale)}"/>`;
    }
    return out;
  };
  const r = s * 0.32;
  let body = '';
  body += wrapped(w, h, w * 0.25, h * 0.3, (x, y) => cloud(x, y, r));
  body += wrapped(w, h, w * 0.75, h * 0.8, (x, y) => cloud(x, y, r));
  return tileFill(id, { width: w, height: h, body }, ground, [
    around('cloud', w * 0.25, h * 0.3, r * 1.55, r * 0.6),
    around('shades', w * 0.25, h * 0.3 + r * 0.2, r * 0.5, r * 0.3),
  ]);
};

/** A wide cloud of five lobes over a flat-ish base, centred on 0,0. */
function cloudPath(r: number): string {
  const lobes = [
    [-1.15, 0.15, 0.35],
    [-0.65, -0.25, 0.45],
    [0, -0.42, 0.52],
    [0.65, -0.25, 0.45],
    [1.15, 0.15, 0.35],
  ];
  let d = `M${n(-1.5 * r)} ${n(0.35 * r)}`;
  for (const [x, y, rr] of lobes) {
    d += ` A${n(rr! * r)} ${n(rr! * r)} 0 0 1 ${n((x! + rr!) * r)} ${n(y! * r)}`;
  }
  d += ` Q${n(1.5 * r)} ${n(0.6 * r)} ${n(0.9 * r)} ${n(0.55 * r)} L${n(-0.9 * r)} ${n(0.55 * r)} Q${n(-1.6 * r)} ${n(0.6 * r)} ${n(-1.5 * r)} ${n(0.35 * r)}Z`;
  return d;
}
