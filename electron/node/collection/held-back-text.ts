import type { HeldBackRecordView } from '../../shared/kiosk-status';
import type { Problem } from './problems';
import { ProblemsByRecord } from './record-problems';

/**
 * Exit code of `collection build` when the build went live with records held back: not 0, so a
 * script or a scheduled job notices that a curator has something to fix, and not 1, which means
 * nothing changed.
 */
export const HELD_BACK_EXIT_CODE = 3;

const NOUN = { pieces: 'piece', motifs: 'motif' } as const;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `pieces/x/piece.yaml:4 title.id: message`, as the check's report and the web host's lines read. */
function problemLine(p: Pick<Problem, 'file' | 'field' | 'line' | 'message'>): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return p.field ? `${where} ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

/**
 * What a build held back, for a terminal: one line per record saying what visitors see of it,
 * then each of its problems with file, line and field. Empty when nothing was held back.
 */
export function heldBackLines(heldBack: readonly HeldBackRecordView[]): string[] {
  if (heldBack.length === 0) return [];
  const lines = [`Held back ${plural(heldBack.length, 'record')}; everything else is live:`];
  for (const record of heldBack) {
    const shown = record.previousKept
      ? 'its last good version stays live until this is fixed'
      : 'not shown until this is fixed';
    lines.push(`  ${NOUN[record.kind]} ${record.id}: ${shown}`);
    for (const problem of record.problems) lines.push(`    ${problemLine(problem)}`);
  }
  return lines;
}

/** Pieces and motifs live after a build that found `found` folders of each and held back `heldBack`. */
export function liveCounts(
  found: { pieces: number; motifs: number },
  heldBack: readonly HeldBackRecordView[],
): { pieces: number; motifs: number } {
  const leftOut = (kind: HeldBackRecordView['kind']) =>
    heldBack.filter((r) => r.kind === kind && !r.previousKept).length;
  return { pieces: found.pieces - leftOut('pieces'), motifs: found.motifs - leftOut('motifs') };
}

/**
 * The check report's closing sentence: what the kiosk does with these errors. Errors confined to
 * pieces and motifs hold back only those; any other error keeps the whole last good collection.
 */
export function whatTheKioskDoes(errors: readonly Problem[]): string {
  if (errors.length === 0) return 'No errors: the collection can be built and shown on the kiosk.';
  const byRecord = new ProblemsByRecord();
  if (byRecord.add(errors) > 0) {
    return 'Fix the errors above: until then the kiosk keeps showing the last good collection.';
  }
  const count = (kind: HeldBackRecordView['kind']) =>
    [...byRecord.records.values()].filter((r) => r.kind === kind).length;
  const held = [plural(count('pieces'), 'piece'), plural(count('motifs'), 'motif')].filter(
    (t) => !t.startsWith('0 '),
  );
  return (
    `Fix the errors above: until then the kiosk holds back ${held.join(' and ')}` +
    ' (a last good version stays live where there is one) and shows everything else.'
  );
}
