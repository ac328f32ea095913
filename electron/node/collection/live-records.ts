import type { MotifRecord, PieceRecord } from '../../shared/collection-records';
import type { CompiledRecords } from './compile';
import { withHash } from './hash';
import { missingMotifReferences, missingPieceReferences } from './live-references';
import type { LiveIds, MissingReference } from './live-references';
import type { PreviousBuild, PreviousRecords } from './previous-build';
import { formatField, severityOf } from './problems';
import type { FieldPath, Problem, ProblemKind } from './problems';
import type { Located } from './read-collection';
import { recordKey } from './record-problems';
import type { ItemKind, ProblemsByRecord } from './record-problems';

/** A piece or motif a build did not publish as the curator's folder has it, and why. */
export interface HeldBackRecord {
  kind: ItemKind;
  /** The folder name (the record's id when it is a valid one). */
  id: string;
  /** True when its last good version, from the previous live build, stays live; false: not shown. */
  previousKept: boolean;
  /** Its own errors, then why it waits for another record or why its last good version could not stay. */
  problems: Problem[];
}

/** What {@link resolveLiveRecords} decides from. */
export interface LiveRecordsInput {
  /** Records compiled from the folder, without the held-back pieces and motifs. */
  fresh: CompiledRecords;
  held: ProblemsByRecord;
  previous: PreviousBuild;
  /** Whether every image derivative of a last good version is still in the previous build. */
  canReuseMedia: (record: PieceRecord | MotifRecord) => Promise<boolean>;
  /** The YAML of a piece or motif that compiled, to put a knock-on problem on its line. */
  locate: (kind: ItemKind, id: string) => Pick<Located<unknown>, 'file' | 'lineAt'> | undefined;
}

/** What {@link resolveLiveRecords} decided. */
export interface LiveRecords {
  /** What the build publishes: no reference in it points at a record or term it lacks. */
  records: CompiledRecords;
  heldBack: HeldBackRecord[];
  /** Last good versions that stay live; their derivatives must come from the previous build. */
  kept: (PieceRecord | MotifRecord)[];
}

const NOUN: Record<ItemKind, string> = { pieces: 'piece', motifs: 'motif' };
const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function problem(file: string, path: FieldPath, kind: ProblemKind, message: string, line?: number): Problem {
  const p: Problem = { file, field: formatField(path), kind, message, severity: severityOf(kind) };
  if (line !== undefined) p.line = line;
  return p;
}

/** `related` without the links to records this build does not publish; rehashed when it changed. */
function withLiveLinks<R extends PieceRecord | MotifRecord>(record: R, live: ReadonlySet<string>): R {
  const related = record.related.filter((id) => live.has(id));
  if (related.length === record.related.length) return record;
  const { hash: _old, ...rest } = record;
  return withHash({ ...rest, related }) as R;
}

/**
 * Decides what a build publishes when some pieces or motifs are held back:
 * - a held-back record keeps its last good version from the previous live build, if there is one
 *   whose references all still resolve and whose images are all still there; otherwise it is left
 *   out (a new record always is);
 * - a piece that refers to a motif that ends up not live is held back too (its last good version,
 *   if any, stays), so no piece is shown with a motif the kiosk cannot open;
 * - a last good version that stays live keeps its accession number: a fresh piece now using the
 *   same number waits (the check blames whichever of the two comes later in folder order);
 * - `related` links to records that are not live are dropped from the linking record.
 * Motifs are settled before pieces: pieces depend on motifs, never the other way round.
 */
export async function resolveLiveRecords(input: LiveRecordsInput): Promise<LiveRecords> {
  const { fresh, previous } = input;
  const entries = new Map<string, HeldBackRecord>();
  for (const [key, r] of input.held.records) {
    entries.set(key, { kind: r.kind, id: r.id, previousKept: false, problems: [...r.problems] });
  }
  const ids: LiveIds & { motifs: Set<string> } = {
    terms: new Set(fresh.terms.map((t) => t.id)),
    makers: new Set(fresh.makers.map((m) => m.id)),
    places: new Set(fresh.places.map((p) => p.id)),
    motifs: new Set(),
  };
  const kept: (PieceRecord | MotifRecord)[] = [];

  /** Holds back a fresh record whose references do not resolve, placing each on its line. */
  const holdFresh = (kind: ItemKind, id: string, missing: MissingReference[]): void => {
    const at = input.locate(kind, id);
    const file = at?.file ?? `${kind}/${id}/${NOUN[kind]}.yaml`;
    const entry = { kind, id, previousKept: false, problems: [] as Problem[] };
    for (const m of missing) {
      const message = `This ${NOUN[kind]} refers to ${m.what}, so it is held back until that goes live too.`;
      entry.problems.push(problem(file, m.path, 'held-back-dependency', message, at?.lineAt(m.path)));
    }
    entries.set(recordKey(kind, id), entry);
  };

  /** The last good version of a held-back record, if it can stay live; notes why not otherwise. */
  const keepPrevious = async <R extends PieceRecord | MotifRecord>(
    entry: HeldBackRecord,
    pick: (p: PreviousRecords) => Map<string, R>,
    missing: (record: R) => MissingReference[],
    clash: (record: R) => string | null = () => null,
  ): Promise<R | null> => {
    if (!previous) return null;
    const file = `${entry.kind}/${entry.id}/${NOUN[entry.kind]}.yaml`;
    const unusable = (path: FieldPath, why: string): void => {
      entry.problems.push(problem(file, path, 'previous-version-unusable', why));
    };
    if ('unreadable' in previous) {
      unusable(
        [],
        `The live build could not be read (${previous.unreadable}), so no earlier version of this ${NOUN[entry.kind]} can stay live.`,
      );
      return null;
    }
    const old = pick(previous).get(entry.id);
    if (!old) return null;
    const lost = missing(old);
    for (const m of lost) unusable(m.path, `Its last good version cannot stay live: it refers to ${m.what}.`);
    const taken = clash(old);
    if (taken) unusable(['accession'], `Its last good version cannot stay live: ${taken}`);
    if (lost.length > 0 || taken) return null;
    if (!(await input.canReuseMedia(old))) {
      unusable(
        ['media'],
        'Its last good version cannot stay live: its images are missing from the live build.',
      );
      return null;
    }
    entry.previousKept = true;
    kept.push(old);
    return old;
  };
  const held = (kind: ItemKind) => [...entries.values()].filter((e) => e.kind === kind);

  // Motifs first. Fresh ones passed the check; the test is a guard, never a routine path.
  const motifs: MotifRecord[] = [];
  for (const motif of fresh.motifs) {
    const missing = missingMotifReferences(motif, ids);
    if (missing.length > 0) holdFresh('motifs', motif.id, missing);
    else motifs.push(motif);
  }
  for (const entry of held('motifs')) {
    const old = await keepPrevious(
      entry,
      (p) => p.motifs,
      (m) => missingMotifReferences(m, ids),
    );
    if (old) motifs.push(old);
  }
  for (const m of motifs) ids.motifs.add(m.id);

  const fresher = new Map<string, PieceRecord>();
  const byAccession = new Map<string, string>();
  for (const piece of fresh.pieces) {
    const missing = missingPieceReferences(piece, ids);
    if (missing.length > 0) {
      holdFresh('pieces', piece.id, missing);
      continue;
    }
    fresher.set(piece.id, piece);
    byAccession.set(piece.accession, piece.id);
  }
  // A number that is live stays with its piece: a last good version that stays live displaces a
  // fresh piece that now claims its accession number (a copied folder whose number was not changed).
  const keptPieces: PieceRecord[] = [];
  const keptAccessions = new Map<string, string>();
  const queue = held('pieces');
  for (let entry = queue.shift(); entry; entry = queue.shift()) {
    const old = await keepPrevious(
      entry,
      (p) => p.pieces,
      (p) => missingPieceReferences(p, ids),
      (p) => {
        const other = keptAccessions.get(p.accession);
        return other ? `its accession number ${p.accession} is also used by pieces/${other}.` : null;
      },
    );
    if (!old) continue;
    keptPieces.push(old);
    keptAccessions.set(old.accession, old.id);
    const rival = byAccession.get(old.accession);
    if (!rival) continue;
    fresher.delete(rival);
    byAccession.delete(old.accession);
    const at = input.locate('pieces', rival);
    const displaced: HeldBackRecord = { kind: 'pieces', id: rival, previousKept: false, problems: [] };
    displaced.problems.push(
      problem(
        at?.file ?? `pieces/${rival}/piece.yaml`,
        ['accession'],
        'duplicate-accession',
        `Accession number ${old.accession} is still used by the live version of pieces/${old.id}, which is held back; this piece goes live once that piece is fixed or no longer uses the number.`,
        at?.lineAt(['accession']),
      ),
    );
    entries.set(recordKey('pieces', rival), displaced);
    queue.push(displaced);
  }
  const pieces = [...fresher.values(), ...keptPieces];

  const pieceIds = new Set(pieces.map((p) => p.id));
  return {
    records: {
      ...fresh,
      motifs: motifs.map((m) => withLiveLinks(m, ids.motifs)).sort(byId),
      pieces: pieces.map((p) => withLiveLinks(p, pieceIds)).sort(byId),
    },
    heldBack: [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e),
    kept,
  };
}
