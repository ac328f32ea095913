import { describe, expect, it } from 'vitest';
import { compareRows } from '../../../../../renderer/features/compare/compare-rows';
import { pieceRecordView } from '../../../../../renderer/records/piece-record-view';
import { base, context, t } from '../../../support/record-context';

describe('compareRows', () => {
  it('lines the two pieces up fact by fact and marks the differences', () => {
    const tulis = pieceRecordView({ ...base, group: 'pesisiran' }, context);
    const cap = pieceRecordView({ ...base, techniques: ['cap'], group: 'pedalaman' }, context);
    const rows = compareRows(tulis, cap, t);
    expect(rows[0]).toMatchObject({ key: 'motif', label: 'piece.motif' });
    const technique = rows.find((r) => r.key === 'technique');
    expect(technique).toMatchObject({ a: 'Hand-drawn batik', b: 'Stamped batik', differs: true });
    expect(rows.find((r) => r.key === 'group')).toMatchObject({ a: 'Coastal', b: 'Inland', differs: true });
    expect(rows.find((r) => r.key === 'date')?.differs).toBe(false);
  });

  it('keeps the rows of the remaining piece when the other is missing', () => {
    const rows = compareRows(undefined, pieceRecordView(base, context), t);
    expect(rows.find((r) => r.key === 'technique')).toMatchObject({ a: '', b: 'Hand-drawn batik' });
  });
});
