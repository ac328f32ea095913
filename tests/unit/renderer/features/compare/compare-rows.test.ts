import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { MakerRecord, PieceRecord, TermRecord } from '../../../../../electron/shared/collection-records';
import { compareRows } from '../../../../../renderer/features/compare/compare-rows';
import { pickText, pickTextInfo } from '../../../../../renderer/i18n/content-text';
import { pieceRecordView, type RecordContext } from '../../../../../renderer/records/piece-record-view';

const fixture = JSON.parse(
  readFileSync(
    new URL('../../../../fixtures/compiled/chunks/pieces-32a05e137cff0ad0.json', import.meta.url),
    'utf8',
  ),
) as PieceRecord[];

const base = fixture.find((p) => p.id === 'fx-merah')!;

function term(vocab: string, key: string, id: string, en: string): [string, TermRecord] {
  return [`${vocab}:${key}`, { id: `${vocab}:${key}`, vocab, key, label: { id, en }, order: 0, hash: '' }];
}

/** Echoes the key and its values, so assertions show which template was chosen. */
const t = (key: string, values?: Record<string, string | number>) =>
  values ? `${key}${JSON.stringify(values)}` : key;

const context: RecordContext = {
  t,
  text: (map) => pickText(map, 'en', ['id', 'en']),
  textInfo: (map) => pickTextInfo(map, 'en', ['id', 'en']),
  language: 'en',
  terms: new Map([
    term('technique', 'tulis', 'Batik tulis', 'Hand-drawn batik'),
    term('technique', 'cap', 'Batik cap', 'Stamped batik'),
    term('technique', 'printed', 'Batik printing', 'Batik print'),
    term('group', 'pesisiran', 'Pesisiran', 'Coastal'),
    term('group', 'pedalaman', 'Pedalaman', 'Inland'),
  ]),
  motifs: new Map(),
  makers: new Map<string, MakerRecord>([
    ['oey', { id: 'oey', name: { none: 'Oey Soe Tjoen' }, kind: 'person', hash: '' }],
    [
      'anonim',
      {
        id: 'anonim',
        name: { id: 'Bengkel Peranakan tak dikenal', en: 'Unknown Peranakan workshop' },
        kind: 'workshop',
        hash: '',
      },
    ],
  ]),
  places: new Map(),
};

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
