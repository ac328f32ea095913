import { describe, expect, it } from 'vitest';
import type { MotifRecord } from '../../../../../electron/shared/collection-records';
import { facetOptions, valueInfo } from '../../../../../renderer/features/browse/facet-labels';
import { terms, english } from '../../../support/vocabulary-terms';

const motifs = new Map([
  ['jlamprang', { id: 'jlamprang', name: { id: 'Jlamprang' }, media: [] } as unknown as MotifRecord],
]);

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
