import type { Random } from '../seeded-random';
import { n } from '../svg';

/**
 * Remukan: the fine crackle of wax. Where the cooled wax cracks, dye runs into the cracks and
 * leaves thin dark veins, branching and meeting at odd angles across the waxed (light) parts.
 * `density` 1 is the faint crackle of any waxed cloth, 3 a cloth crumpled on purpose.
 */
export function remukan(
  width: number,
  height: number,
  colour: string,
  density: number,
  random: Random,
): string {
  if (density <= 0) return '';
  const unit = Math.min(width, height) / 840;
  const count = Math.round(((width * height) / 9000) * density * 0.35);
  const stroke = n(Math.max(0.6, 0.7 * unit));
  let out = `<g fill="none" stroke="${colour}" stroke-opacity="${density > 1 ? 0.32 : 0.22}" stroke-width="${stroke}" stroke-linecap="round">`;
  for (let i = 0; i < count; i += 1) {
    let x = random.range(0, width);
    let y = random.range(0, height);
    let heading = random.range(0, Math.PI * 2);
    let d = `M${n(x)} ${n(y)}`;
    const steps = random.int(3, 7);
    for (let k = 0; k < steps; k += 1) {
      heading += random.range(-0.7, 0.7);
      const length = random.range(4, 14) * unit;
      x += Math.cos(heading) * length;
      y += Math.sin(heading) * length;
      d += ` L${n(x)} ${n(y)}`;
      // A branch now and then: cracks fork where the wax was bent twice.
      if (random.chance(0.25)) {
        const turn = heading + random.pick([-1, 1]) * random.range(0.8, 1.4);
        const reach = random.range(3, 9) * unit;
        d += ` M${n(x)} ${n(y)} L${n(x + Math.cos(turn) * reach)} ${n(y + Math.sin(turn) * reach)} M${n(x)} ${n(y)}`;
      }
    }
    out += `<path d="${d}"/>`;
  }
  return `${out}</g>`;
}
