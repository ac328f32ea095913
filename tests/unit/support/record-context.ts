import { readFileSync } from 'node:fs';
import type { MakerRecord, PieceRecord, TermRecord } from '../../../electron/shared/collection-records';
import { pickText, pickTextInfo } from '../../../renderer/i18n/content-text';
import type { RecordContext } from '../../../renderer/records/piece-record-view';

/**
 * The committed compiled fixture's pieces and an English record context around them, for the tests
 * of how a piece record reads (records/) and of the compare table built from it.
 */
const fixture = JSON.parse(
  readFileSync(
    new URL('../../fixtures/compiled/chunks/pieces-32a05e137cff0ad0.json', import.meta.url),
    'utf8',
  ),
) as PieceRecord[];

export const base = fixture.find((p) => p.id === 'fx-merah')!;

function term(vocab: string, key: string, id: string, en: string): [string, TermRecord] {
  return [`${vocab}:${key}`, { id: `${vocab}:${key}`, vocab, key, label: { id, en }, order: 0, hash: '' }];
}

/** Echoes the key and its values, so assertions show which template was chosen. */
export const t = (key: string, values?: Record<string, string | number>) =>
  values ? `${key}${JSON.stringify(values)}` : key;

export const context: RecordContext = {
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
