import type { Problem } from './problems';

/** What a summary needs of a problem; also fits the copies that cross to the status page. */
export type ProblemLike = Pick<Problem, 'file' | 'field' | 'line' | 'message'> & { kind: string };

/** All warnings of one kind, counted, with the first as an example. */
export interface KindSummary<P extends ProblemLike = Problem> {
  kind: string;
  count: number;
  /** The first warning of the kind in file order, to show what the kind looks like. */
  example: P;
  /** For `untranslated`: how many texts lack each language, in the order first met. */
  languages?: Map<string, number>;
}

/**
 * Warnings summed up by kind, the most frequent first. A collection that offers a language not yet
 * written has hundreds of `untranslated` warnings (the sample: 576 for Javanese); listed one by
 * one they bury the few that need a curator's eye, such as a misspelt field name.
 */
export function summariseByKind<P extends ProblemLike>(warnings: readonly P[]): KindSummary<P>[] {
  const byKind = new Map<string, KindSummary<P>>();
  const inFileOrder = [...warnings].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0),
  );
  for (const w of inFileOrder) {
    let entry = byKind.get(w.kind);
    if (!entry) {
      entry = { kind: w.kind, count: 0, example: w };
      byKind.set(w.kind, entry);
    }
    entry.count += 1;
    if (w.kind === 'untranslated') {
      entry.languages ??= new Map();
      const language = w.field.slice(w.field.lastIndexOf('.') + 1);
      entry.languages.set(language, (entry.languages.get(language) ?? 0) + 1);
    }
  }
  return [...byKind.values()].sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1));
}

/** `no "jv" text in 576 fields, no "nl" text in 3`: what an untranslated count is made of. */
export function languagesText(languages: ReadonlyMap<string, number>): string {
  return [...languages]
    .map(([language, n], i) => `no "${language}" text in ${n}${i === 0 ? ` field${n === 1 ? '' : 's'}` : ''}`)
    .join(', ');
}
