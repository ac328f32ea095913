import { describe, expect, it } from 'vitest';
import {
  addFilter,
  clearFilters,
  lastFilter,
  onlyFilter,
  orderedFilters,
  removeFilter,
  removeLastFilter,
  toggleFilter,
  type FilterState,
} from '../../../../renderer/facets/filter-order';

const start = clearFilters();
const tap = (state: FilterState, facet: 'group' | 'technique' | 'motif', value: string) =>
  toggleFilter(state, { facet, value });

describe('filter order: the last filter is the one added last, across facets', () => {
  it('remembers the order values were added in, not the order of facets', () => {
    let state = tap(start, 'group', 'pesisiran');
    state = tap(state, 'technique', 'tulis');
    state = tap(state, 'group', 'pedalaman');
    expect(state.filters).toEqual({ group: ['pesisiran', 'pedalaman'], technique: ['tulis'] });
    expect(lastFilter(state)).toEqual({ facet: 'group', value: 'pedalaman' });

    state = removeLastFilter(state);
    expect(state.filters).toEqual({ group: ['pesisiran'], technique: ['tulis'] });
    // Object key order alone would say "group"; the visitor added the technique after it.
    expect(lastFilter(state)).toEqual({ facet: 'technique', value: 'tulis' });
  });

  it('a second tap removes the value, and the facet disappears with its last value', () => {
    let state = tap(start, 'motif', 'jlamprang');
    state = tap(state, 'technique', 'cap');
    state = tap(state, 'motif', 'jlamprang');
    expect(state.filters).toEqual({ technique: ['cap'] });
    expect(orderedFilters(state)).toEqual([{ facet: 'technique', value: 'cap' }]);
  });

  it('removing the only filter returns the shared empty state', () => {
    const state = removeLastFilter(tap(start, 'group', 'pesisiran'));
    expect(state).toEqual(start);
    expect(state.filters).toBe(start.filters);
    expect(removeLastFilter(state)).toBe(state);
  });

  it('adding a value already selected changes nothing', () => {
    const state = addFilter(start, { facet: 'group', value: 'pesisiran' });
    expect(addFilter(state, { facet: 'group', value: 'pesisiran' })).toBe(state);
    expect(removeFilter(state, { facet: 'group', value: 'nusantara' })).toBe(state);
  });

  it('filters set by another screen without an order still count, after the ordered ones', () => {
    const state: FilterState = {
      filters: { motif: ['kawung'], group: ['pedalaman'], technique: ['tulis'] },
      filterOrder: [
        { facet: 'technique', value: 'tulis' },
        // Stale entry: no longer in `filters`, so it is ignored.
        { facet: 'group', value: 'pesisiran' },
      ],
    };
    expect(orderedFilters(state)).toEqual([
      { facet: 'technique', value: 'tulis' },
      { facet: 'motif', value: 'kawung' },
      { facet: 'group', value: 'pedalaman' },
    ]);
    expect(lastFilter(state)).toEqual({ facet: 'group', value: 'pedalaman' });
  });

  it('colour browse opens with exactly one filter', () => {
    const state = onlyFilter({ facet: 'colour', value: 'indigo' });
    expect(state.filters).toEqual({ colour: ['indigo'] });
    expect(lastFilter(state)).toEqual({ facet: 'colour', value: 'indigo' });
  });
});
