import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACET_VALUES, FACETS, type Facet, type FacetPiece } from '../../../../renderer/facets/facet-fields';
import {
  createFacetIndex,
  EMPTY_COUNTS,
  EMPTY_IDS,
  type FacetFilters,
} from '../../../../renderer/facets/facet-index';
import { searchFixture } from '../../../fixtures/search/search-fixture';

const pieces = searchFixture.pieces;
const ids = (filter: (piece: FacetPiece) => boolean): string[] => pieces.filter(filter).map((p) => p.id);

describe('facet index: filtering', () => {
  const index = createFacetIndex(pieces);

  it('returns every piece, in collection order, with no filters', () => {
    expect(index.query({}).ids).toEqual(pieces.map((p) => p.id));
    expect(index.size).toBe(pieces.length);
  });

  it('ORs values within one facet', () => {
    const result = index.query({ group: ['nusantara', 'mancanegara'] });
    expect(result.ids).toEqual(ids((p) => p.group === 'nusantara' || p.group === 'mancanegara'));
  });

  it('ANDs across facets, multi-valued facets included', () => {
    const result = index.query({
      group: ['pesisiran'],
      colour: ['indigo'],
      garment: ['kain-panjang', 'selendang'],
    });
    expect(result.ids).toEqual(
      ids(
        (p) =>
          p.group === 'pesisiran' &&
          p.colours.includes('indigo') &&
          ['kain-panjang', 'selendang'].includes(p.objectType),
      ),
    );
    expect(result.ids.length).toBeGreaterThan(0);
  });

  it('filters by motif, maker, place and display state', () => {
    expect(index.query({ motif: ['burung-hong'] }).ids).toEqual(['tiga-negeri-lasem', 'lok-can-lasem']);
    expect(index.query({ maker: ['oey-soe-tjoen'] }).ids).toEqual(['encim-kedungwuni']);
    expect(index.query({ display: ['on-display'] }).ids).toEqual(ids((p) => p.display.onDisplay));
  });

  it('keeps the order of `within` (search ranking) and drops ids it does not know', () => {
    const within = ['truntum-solo', 'ghost', 'kawung-solo', 'jlamprang-1900'];
    expect(index.query({ group: ['pedalaman'] }, within).ids).toEqual(['truntum-solo', 'kawung-solo']);
  });
});

describe('facet index: counts drill sideways', () => {
  const index = createFacetIndex(pieces);

  it('counts a filtered facet as if its own selection were removed', () => {
    const result = index.query({ group: ['pedalaman'], colour: ['soga'] });
    // group counts: colour filter only.
    const soga = pieces.filter((p) => p.colours.includes('soga'));
    expect(result.counts.group.pedalaman).toBe(soga.filter((p) => p.group === 'pedalaman').length);
    expect(result.counts.group.pesisiran).toBe(soga.filter((p) => p.group === 'pesisiran').length);
    // an unfiltered facet: both filters apply.
    const both = soga.filter((p) => p.group === 'pedalaman');
    expect(result.counts.place.yogyakarta).toBe(
      both.filter((p) => p.production.place === 'yogyakarta').length,
    );
  });

  it('matches a brute-force count for random filter sets', () => {
    const valuesOf = (facet: Facet): string[] => [...index.values(facet), 'not-a-value'];
    const filtersArb = fc.record(
      Object.fromEntries(
        FACETS.map((facet) => [facet, fc.subarray(valuesOf(facet), { maxLength: 3 })]),
      ) as Record<Facet, fc.Arbitrary<string[]>>,
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filtersArb, (filters: FacetFilters) => {
        const passes = (p: FacetPiece, except?: Facet): boolean =>
          FACETS.every((facet) => {
            const selected = filters[facet];
            if (facet === except || !selected || selected.length === 0) return true;
            return FACET_VALUES[facet](p).some((value) => selected.includes(value));
          });
        const result = createFacetIndex(pieces).query(filters);
        expect(result.ids).toEqual(ids((p) => passes(p)));
        for (const facet of FACETS) {
          const expected: Record<string, number> = {};
          for (const p of pieces) {
            if (!passes(p, facet)) continue;
            for (const value of new Set(FACET_VALUES[facet](p))) expected[value] = (expected[value] ?? 0) + 1;
          }
          expect({ ...result.counts[facet] }).toEqual(expected);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('facet index: stable results', () => {
  it('returns the shared frozen constants for empty outputs', () => {
    const index = createFacetIndex(pieces);
    const none = index.query({ group: ['no-such-group'] });
    expect(none.ids).toBe(EMPTY_IDS);
    expect(Object.isFrozen(EMPTY_IDS)).toBe(true);
    expect(none.counts.motif).toBe(EMPTY_COUNTS);
    expect(Object.isFrozen(EMPTY_COUNTS)).toBe(true);
    expect(index.query({ motif: ['kawung'] }, []).ids).toBe(EMPTY_IDS);
    expect(createFacetIndex([]).query({}).ids).toBe(EMPTY_IDS);
  });

  it('gives the same result object for an equal filter set, whatever the value order', () => {
    const index = createFacetIndex(pieces);
    const first = index.query({ group: ['pesisiran', 'pedalaman'], colour: [] });
    expect(index.query({ group: ['pedalaman', 'pesisiran'] })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('keeps the identity of unchanged parts when the filters change', () => {
    const index = createFacetIndex(pieces);
    const before = index.query({ group: ['pedalaman'] });
    // Adding a value that matches nothing extra changes the filter set but not the ids.
    const after = index.query({ group: ['pedalaman', 'no-such-group'] });
    expect(after.ids).toBe(before.ids);
    expect(after.counts).toBe(before.counts);
    const narrowed = index.query({ group: ['pedalaman'], place: ['yogyakarta'] });
    expect(narrowed.ids).not.toBe(before.ids);
    // Group counts are computed without the group filter, so narrowing by place changes them...
    expect(narrowed.counts.group).not.toBe(before.counts.group);
    // ...while the place counts (without the place filter) are the same as before.
    expect(narrowed.counts.place).toBe(before.counts.place);
  });
});
