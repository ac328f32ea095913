import { describe, expect, it } from 'vitest';
import type { TermRecord } from '../../../../../electron/shared/collection-records';
import { colourTiles } from '../../../../../renderer/features/colours/colour-tiles';
import { pickText } from '../../../../../renderer/i18n/content-text';

const term = (vocab: string, key: string, label: TermRecord['label'], extra: Partial<TermRecord> = {}) =>
  [`${vocab}:${key}`, { id: `${vocab}:${key}`, vocab, key, label, order: 0, hash: '', ...extra }] as const;

const terms = new Map<string, TermRecord>([
  term('group', 'pesisiran', { id: 'Batik Pesisiran', en: 'North-coast batik' }, { order: 0 }),
  term('group', 'pedalaman', { id: 'Batik Pedalaman', en: 'Inland and court batik' }, { order: 1 }),
  term('colour', 'indigo', { id: 'Biru nila', en: 'Indigo blue' }, { order: 0, hex: '#223a66' }),
  term('colour', 'soga', { id: 'Coklat soga', en: 'Soga brown' }, { order: 1, hex: '#8b5a2b' }),
  term('colour', 'hijau', { id: 'Hijau', en: 'Green' }, { order: 2, description: { en: 'Leafy.' } }),
  term('dye', 'indigo', { id: 'Indigo', en: 'Indigo' }, { description: { en: 'Blue from Indigofera.' } }),
]);

const english = (map: Parameters<typeof pickText>[0]) => pickText(map, 'en', ['id', 'en']);

describe('colour tiles', () => {
  it('shows the colour families pieces carry, in curator order, with the dye explanation as fallback', () => {
    const tiles = colourTiles(terms, { indigo: 28, hijau: 3 }, english);
    expect(tiles).toEqual([
      {
        key: 'indigo',
        label: 'Indigo blue',
        hex: '#223a66',
        count: 28,
        description: 'Blue from Indigofera.',
      },
      { key: 'hijau', label: 'Green', hex: 'var(--swatch-none)', count: 3, description: 'Leafy.' },
    ]);
  });
});
