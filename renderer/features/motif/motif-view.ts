import type { LangMap, MotifRecord, TermRecord } from '../../../electron/shared/collection-records';

/** Picks the text of a language map in the visitor's language (see `useContentText`). */
export type TextOf = (map: LangMap | undefined) => string;

/** One family heading of the motif list with its motifs, in display order. */
export interface FamilyGroup {
  family: string;
  label: string;
  motifs: MotifRecord[];
}

/**
 * Motifs grouped by family: families in the curator's vocabulary order (unknown ones last, by key),
 * motifs by their displayed name. The display language decides the name order, so this is
 * recomputed when the language changes.
 */
export function groupByFamily(
  motifs: readonly MotifRecord[],
  terms: ReadonlyMap<string, TermRecord>,
  text: TextOf,
  collator: Intl.Collator,
): FamilyGroup[] {
  const groups = new Map<string, MotifRecord[]>();
  for (const motif of motifs) {
    const list = groups.get(motif.family) ?? [];
    list.push(motif);
    groups.set(motif.family, list);
  }
  const order = (family: string) => terms.get(`family:${family}`)?.order ?? Number.MAX_SAFE_INTEGER;
  return [...groups.entries()]
    .sort(([a], [b]) => order(a) - order(b) || collator.compare(a, b))
    .map(([family, list]) => ({
      family,
      label: text(terms.get(`family:${family}`)?.label) || family,
      motifs: list.sort((a, b) => collator.compare(text(a.name), text(b.name))),
    }));
}

/**
 * The other names a motif goes by ("also written: Jelamprang, ..."): its variants and its names in
 * other languages, without the name already shown and without repeats that differ only in case.
 */
export function otherNames(motif: MotifRecord, shownName: string): string[] {
  const seen = new Set([shownName.trim().toLowerCase()]);
  const names: string[] = [];
  for (const name of [...Object.values(motif.name), ...motif.variants]) {
    const key = name.trim().toLowerCase();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    names.push(name.trim());
  }
  return names;
}

/** A colour term as a labelled swatch; terms without a swatch colour still show their label. */
export interface Swatch {
  key: string;
  label: string;
  hex?: string;
}

export function colourSwatches(
  colours: readonly string[],
  terms: ReadonlyMap<string, TermRecord>,
  text: TextOf,
): Swatch[] {
  return colours.map((key) => {
    const term = terms.get(`colour:${key}`);
    return { key, label: text(term?.label) || key, hex: term?.hex };
  });
}
