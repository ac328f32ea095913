import type { Translate } from '../../i18n/ui-keys';
import type { PieceRecordView } from '../../records/piece-record-view';

/** The facts compared row by row: the ones that tell batik apart (tulis vs cap, coast vs court). */
const COMPARED_FACTS = ['technique', 'group', 'place', 'era', 'date'] as const;

export interface CompareRow {
  key: string;
  label: string;
  a: string;
  b: string;
  /** True when the two pieces differ here, so the row can stand out. */
  differs: boolean;
}

function factText(record: PieceRecordView | undefined, key: string): string {
  return record?.facts.find((f) => f.key === key)?.values.join(', ') ?? '';
}

/**
 * The rows of the side-by-side table: the motifs, then each compared fact, with its label taken
 * from whichever piece has it (the records are already in words; `t` names the motif row). A
 * missing piece (`undefined`) gives empty cells, never a crash.
 */
export function compareRows(
  a: PieceRecordView | undefined,
  b: PieceRecordView | undefined,
  t: Translate,
): CompareRow[] {
  const motifs = (r: PieceRecordView | undefined) => r?.motifs.map((m) => m.label).join(', ') ?? '';
  const rows: Omit<CompareRow, 'differs'>[] = [
    { key: 'motif', label: t('piece.motif'), a: motifs(a), b: motifs(b) },
    ...COMPARED_FACTS.map((key) => ({
      key,
      label: [a, b].flatMap((r) => r?.facts ?? []).find((f) => f.key === key)?.label ?? '',
      a: factText(a, key),
      b: factText(b, key),
    })),
  ];
  return rows
    .filter((row) => row.label && (row.a || row.b))
    .map((row) => ({ ...row, differs: row.a !== row.b }));
}
