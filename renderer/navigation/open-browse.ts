import { navigate } from './router';
import { updateVisit } from './visit-state';
import type { FilterState } from '../facets/filter-order';

/**
 * Opens browse with the given filters, from the top of the grid. For entry points on other screens
 * (a colour tile, a home group tile): setting `filters` alone would keep the order and scroll
 * position of an earlier, different list.
 */
export function openBrowse(filters: FilterState): void {
  updateVisit((s) => ({ ...filters, scroll: { ...s.scroll, browse: 0 } }));
  navigate({ name: 'browse' });
}
