import type { RecordKind } from '../../electron/shared/collection-records';
import type { ChunkStateRow } from '../db/meta-rows';

/** A chunk's listing as its chunk row keeps it: ids, and the records' hashes when all have one. */
export interface ChunkListing {
  ids: string[];
  hashes?: string[];
}

/** A chunk row's record hashes, when it kept one for each of its ids. */
export function rowHashes(row: ChunkStateRow): string[] | undefined {
  const { hashes } = row;
  return Array.isArray(hashes) && hashes.length === row.ids.length ? hashes : undefined;
}

/**
 * Which records a slot holds, and with what content: per kind, id -> record hash, read from the
 * slot's chunk rows. Each row is written in one transaction with its records, so a record one row
 * lists with a hash is in the table with that content. An id listed by two rows (left by a sync cut
 * short) or by a row without hashes is left out: its content is not known for sure, and a chunk
 * holding it writes it again. A change of one record then writes that record, not its whole chunk.
 */
export class RecordsInPlace {
  private readonly byKind = new Map<RecordKind, Map<string, string>>();

  constructor(rows: readonly ChunkStateRow[]) {
    const unsure = new Map<RecordKind, Set<string>>();
    for (const row of rows) {
      const known = this.kind(row.kind);
      const doubtful = unsure.get(row.kind) ?? new Set<string>();
      unsure.set(row.kind, doubtful);
      const hashes = rowHashes(row);
      row.ids.forEach((id, i) => {
        if (hashes === undefined || known.has(id)) doubtful.add(id);
        else known.set(id, hashes[i]!);
      });
    }
    for (const [kind, ids] of unsure) for (const id of ids) this.kind(kind).delete(id);
  }

  /** The positions in `listing` of the records not in place with the same hash. */
  missing(kind: RecordKind, listing: ChunkListing): number[] {
    const known = this.kind(kind);
    const { ids, hashes } = listing;
    const out: number[] = [];
    ids.forEach((id, i) => {
      if (hashes === undefined || known.get(id) !== hashes[i]) out.push(i);
    });
    return out;
  }

  /** Notes a chunk just written: its records are now in place with its hashes. */
  placed(kind: RecordKind, listing: ChunkListing): void {
    const known = this.kind(kind);
    const { ids, hashes } = listing;
    ids.forEach((id, i) => {
      if (hashes === undefined) known.delete(id);
      else known.set(id, hashes[i]!);
    });
  }

  private kind(kind: RecordKind): Map<string, string> {
    let known = this.byKind.get(kind);
    if (!known) this.byKind.set(kind, (known = new Map()));
    return known;
  }
}

/** The listing of fetched records: their ids, and their hashes when every one has a string hash. */
export function listingOf(records: readonly { id: string; hash?: unknown }[]): ChunkListing {
  const ids = records.map((record) => record.id);
  const hashes: string[] = [];
  for (const record of records) {
    if (typeof record.hash !== 'string') return { ids };
    hashes.push(record.hash);
  }
  return { ids, hashes };
}
