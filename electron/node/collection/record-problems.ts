import type { Problem } from './problems';

/** The two kinds of record a curator keeps in folders of their own, and so can be held back alone. */
export type ItemKind = 'pieces' | 'motifs';

/** A piece or motif folder, named by its folder (which is the record's id when the name is valid). */
export interface RecordRef {
  kind: ItemKind;
  id: string;
}

/** The errors that belong to one piece or motif folder. */
export interface RecordProblems extends RecordRef {
  problems: Problem[];
}

const ITEM_FILE = /^(pieces|motifs)\/([^/]+)(?:\/|$)/;

/**
 * The piece or motif a problem is confined to: anything reported in `pieces/<id>/...` or
 * `motifs/<id>/...` (the item's YAML, its images, the folder itself when its name is invalid).
 * Null for a problem of the collection as a whole (collection.yaml, terms/, synonyms, makers,
 * places, an empty pieces/ folder, a build that could not run).
 */
export function recordOf(problem: Pick<Problem, 'file'>): RecordRef | null {
  const match = ITEM_FILE.exec(problem.file);
  return match ? { kind: match[1] as ItemKind, id: match[2]! } : null;
}

/** Map key of a record: `pieces/<id>`. */
export function recordKey(kind: ItemKind, id: string): string {
  return `${kind}/${id}`;
}

/**
 * Errors sorted into the ones that hold back a single record and the ones that concern the whole
 * collection. A build may go live only while `wide` is empty.
 */
export class ProblemsByRecord {
  readonly wide: Problem[] = [];
  readonly records = new Map<string, RecordProblems>();

  /** Adds errors; returns how many of them concern the whole collection. */
  add(errors: readonly Problem[]): number {
    let wide = 0;
    for (const problem of errors) {
      const owner = recordOf(problem);
      if (!owner) {
        this.wide.push(problem);
        wide += 1;
        continue;
      }
      const key = recordKey(owner.kind, owner.id);
      const entry = this.records.get(key) ?? { ...owner, problems: [] };
      entry.problems.push(problem);
      this.records.set(key, entry);
    }
    return wide;
  }

  /** True when the piece or motif folder `id` has an error of its own. */
  has(kind: ItemKind, id: string): boolean {
    return this.records.has(recordKey(kind, id));
  }
}
