import { describe, expect, it } from 'vitest';
import type { MotifRecord, TermRecord } from '../../../../../electron/shared/collection-records';
import { facetOptions, valueInfo } from '../../../../../renderer/features/browse/facet-labels';
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

const motifs = new Map([
  ['jlamprang', { id: 'jlamprang', name: { id: 'Jlamprang' }, media: [] } as unknown as MotifRecord],
]);

const english = (map: Parameters<typeof pickText>[0]) => pickText(map, 'en', ['id', 'en']);

describe('facet value labels', () => {
  it('labels vocabulary values from their term and motifs from the motif record', () => {
    expect(valueInfo('group', 'pesisiran', { terms, motifs }, english)).toEqual({
      label: 'North-coast batik',
      order: 0,
    });
    expect(valueInfo('motif', 'jlamprang', { terms, motifs }, english).label).toBe('Jlamprang');
  });

  it('falls back to the key when a record is missing, so no chip is blank', () => {
    expect(valueInfo('group', 'kontemporer', { terms, motifs }, english)).toEqual({ label: 'kontemporer' });
    expect(valueInfo('motif', 'kawung', { terms, motifs }, english).label).toBe('kawung');
  });

  it('lists values in curator order, selections marked; a zero count shows only when selected', () => {
    const collator = new Intl.Collator('en');
    const options = facetOptions(
      ['pedalaman', 'pesisiran', 'kontemporer'],
      { pesisiran: 26 },
      ['pedalaman'],
      (value) => valueInfo('group', value, { terms, motifs }, english),
      collator,
    );
    expect(options).toEqual([
      { value: 'pesisiran', label: 'North-coast batik', count: 26, selected: false },
      { value: 'pedalaman', label: 'Inland and court batik', count: 0, selected: true },
    ]);
  });
});
