/**
 * The index's per-document tables (the names part's document ids and field lengths, the accession
 * numbers, dates and hashes: 1.4 MB at 10,000 pieces), stored as rows in groups, one persisted line
 * per group. A document's group follows from its id alone, so an update that changes a few pieces
 * reads, parses and writes only their groups, not every document's entries: a title change touches
 * one group of ~128 pieces (and the motifs' group, which an update always reads).
 */
import type { DocumentHashes } from './persisted-index';
import { DOC_ID_PREFIX } from './search-documents';
import type { YearSpan } from './years';

/** About this many pieces share a group (the group count is fixed when the index is built). */
const GROUP_PIECES = 128;

/** The tables the rows hold, keyed as in the index (MiniSearch's short ids, document ids). */
export interface DocumentTables {
  documentIds: Record<number, string>;
  fieldLength: Record<number, number[]>;
  hashes: DocumentHashes;
  accessions: Record<string, string>;
  dates: Record<string, YearSpan[]>;
}

/**
 * One document's row: its id, its short id in the names part and field lengths there, its hashes,
 * then its accession number and date when it has them (null for a missing accession before a date).
 */
type DocumentRow =
  | [id: string, shortId: number | null, lengths: number[] | null, hashes: [number, number] | null]
  | [string, number | null, number[] | null, [number, number] | null, string | null]
  | [string, number | null, number[] | null, [number, number] | null, string | null, YearSpan[]];

/** How many groups an index of `pieces` pieces is stored in: the motifs' own and the pieces'. */
export function documentGroupCount(pieces: number): number {
  return 1 + Math.max(1, Math.ceil(pieces / GROUP_PIECES));
}

/**
 * The group of document `id`: 0 for motifs (an update compares every motif's hash, so they are
 * read together), else one of the others by a hash of the id (FNV-1a), the same everywhere.
 */
export function documentGroup(id: string, groups: number): number {
  if (id.startsWith(DOC_ID_PREFIX.motif) || groups < 2) return 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return 1 + ((hash >>> 0) % (groups - 1));
}

/** How many of `documentIds` are pieces (what `documentGroupCount` is given at a build). */
export function pieceCount(documentIds: Readonly<Record<number, string>>): number {
  let pieces = 0;
  for (const key in documentIds) if (documentIds[key]!.startsWith(DOC_ID_PREFIX.piece)) pieces++;
  return pieces;
}

/**
 * The groups' lines (JSON arrays of rows), in group order: each document's row in its group, in
 * the names part's short-id order, then any document the names part lacks. With `only`, just those
 * groups (the tables may then hold only their documents); the others come out undefined.
 */
export function documentGroupLines(
  tables: DocumentTables,
  groups: number,
  only?: ReadonlySet<number>,
): (string | undefined)[] {
  const rows: string[][] = Array.from({ length: groups }, () => []);
  const { documentIds, fieldLength, hashes, accessions, dates } = tables;
  const put = (id: string, shortId: number | null) => {
    const group = documentGroup(id, groups);
    if (only && !only.has(group)) return;
    const row: unknown[] = [id, shortId, shortId === null ? null : fieldLength[shortId], hashes[id] ?? null];
    if (id in dates) row.push(accessions[id] ?? null, dates[id]);
    else if (id in accessions) row.push(accessions[id]);
    rows[group]!.push(JSON.stringify(row));
  };
  const named = new Set<string>();
  // Integer keys iterate in ascending order: the short ids' order, whatever the tables' history.
  for (const key in documentIds) {
    const id = documentIds[key]!;
    named.add(id);
    put(id, Number(key));
  }
  for (const id of Object.keys(hashes)) if (!named.has(id)) put(id, null);
  return rows.map((group, i) => (only && !only.has(i) ? undefined : `[${group.join(',')}]`));
}

/** Reads groups' lines back into tables (into `into`, when given: groups read one by one). */
export function readDocumentGroups(
  lines: Iterable<string>,
  into: DocumentTables = { documentIds: {}, fieldLength: {}, hashes: {}, accessions: {}, dates: {} },
): DocumentTables {
  for (const line of lines) {
    for (const row of JSON.parse(line) as DocumentRow[]) {
      const [id, shortId, lengths, hashes, accession, dates] = row;
      if (shortId !== null) {
        into.documentIds[shortId] = id;
        if (lengths !== null) into.fieldLength[shortId] = lengths;
      }
      if (hashes !== null) into.hashes[id] = hashes;
      if (accession !== undefined && accession !== null) into.accessions[id] = accession;
      if (dates !== undefined) into.dates[id] = dates;
    }
  }
  return into;
}
