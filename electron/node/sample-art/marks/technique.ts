import type { Stamping } from './cap-blocks';

/**
 * How the wax went on, which decides the marks a drawing carries: a tulis line drawn by hand
 * (wobble, every repeat a little different), a cap stamp (identical repeats, registration offsets
 * at the joins between impressions), both (kombinasi), or no wax at all (a printed imitation:
 * crisp, no crackle, no bleed).
 */
export type MarkStyle = 'tulis' | 'cap' | 'kombinasi' | 'printed';

/** The mark style of a piece from its `techniques` list; a motif drawing (no list) is drawn tulis. */
export function markStyleOf(techniques: readonly string[]): MarkStyle {
  if (techniques.includes('printed')) return 'printed';
  if (techniques.includes('kombinasi')) return 'kombinasi';
  if (techniques.includes('cap') && !techniques.includes('tulis')) return 'cap';
  return 'tulis';
}

/** Marks one drawing gets, decided before anything is drawn so the raster step knows them too. */
export interface Marks {
  style: MarkStyle;
  /** Edge of one pattern repeat in px: the wobble and the stamp joins scale from it. */
  repeat: number;
  /** Crackle density: 0 none, 1 the light crackle of any waxed ground, 3 a remukan cloth. */
  crackle: number;
  /** A cap cloth's stamped area and impression size, for the registration offsets. */
  stamp?: Stamping;
}

/** The marks of a drawing of `style` whose repeats are `repeat` px. */
export function marksFor(
  style: MarkStyle,
  repeat: number,
  techniques: readonly string[],
  group?: string,
): Marks {
  const crackle =
    style === 'printed' ? 0 : techniques.includes('remukan') ? 3 : group === 'pedalaman' ? 2 : 1;
  return { style, repeat, crackle };
}
