import type { FacetFilters, FacetIndex } from '../../../renderer/facets';
import type { Facet } from '../../../renderer/facets';
import { seededRandom } from './generate-collection';

const TAPPED: Facet[] = ['group', 'motif', 'colour', 'technique', 'era', 'garment', 'region', 'display'];
const MAX_SELECTED = 4;

/**
 * A fixed sequence of filter states as a visitor produces them: each tap toggles one value, and
 * the oldest selection is dropped past four, so consecutive states always differ.
 */
export function facetTaps(index: FacetIndex, count: number, seed = 99): FacetFilters[] {
  const random = seededRandom(seed);
  const selected: [Facet, string][] = [];
  const states: FacetFilters[] = [];
  while (states.length < count) {
    const facet = TAPPED[Math.floor(random() * TAPPED.length)];
    const values = index.values(facet);
    if (values.length === 0) continue;
    const value = values[Math.floor(random() * values.length)];
    const at = selected.findIndex(([f, v]) => f === facet && v === value);
    if (at >= 0) selected.splice(at, 1);
    else selected.push([facet, value]);
    if (selected.length > MAX_SELECTED) selected.shift();
    const filters: Record<string, string[]> = {};
    for (const [f, v] of selected) (filters[f] ??= []).push(v);
    states.push(filters);
  }
  return states;
}
