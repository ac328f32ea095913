import type { LangMap, TermRecord } from '../../../electron/shared/collection-records';
import { pickText } from '../../../renderer/i18n/content-text';

/** One vocabulary term as a `[id, record]` entry of the terms map the screens read. */
export const term = (
  vocab: string,
  key: string,
  label: TermRecord['label'],
  extra: Partial<TermRecord> = {},
) => [`${vocab}:${key}`, { id: `${vocab}:${key}`, vocab, key, label, order: 0, hash: '', ...extra }] as const;

/** Two groups, three colours (one without a hex) and a dye: what the browse facets and colour tiles show. */
export const terms = new Map<string, TermRecord>([
  term('group', 'pesisiran', { id: 'Batik Pesisiran', en: 'North-coast batik' }, { order: 0 }),
  term('group', 'pedalaman', { id: 'Batik Pedalaman', en: 'Inland and court batik' }, { order: 1 }),
  term('colour', 'indigo', { id: 'Biru nila', en: 'Indigo blue' }, { order: 0, hex: '#223a66' }),
  term('colour', 'soga', { id: 'Coklat soga', en: 'Soga brown' }, { order: 1, hex: '#8b5a2b' }),
  term('colour', 'hijau', { id: 'Hijau', en: 'Green' }, { order: 2, description: { en: 'Leafy.' } }),
  term('dye', 'indigo', { id: 'Indigo', en: 'Indigo' }, { description: { en: 'Blue from Indigofera.' } }),
]);

/** Content text as an English-speaking visitor reads it (Indonesian, then English, as fallbacks). */
export const english = (map: LangMap | undefined) => pickText(map, 'en', ['id', 'en']);
