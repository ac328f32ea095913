import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../navigation/router';
import { getVisit, updateVisit, useVisit } from '../../navigation/visit-state';
import { useCollectionInfo, useMotifMap, useTermMap } from '../../db/hooks';
import { EMPTY_IDS, type SortKey } from '../../facets';
import { useContentText } from '../../i18n/content-text';
import { createCardCache } from '../../ui/cards/card-data';
import { BrowseScreen } from './BrowseScreen';
import { facetOptions, valueInfo, BROWSE_FACETS, type BrowseFacet } from './facet-labels';
import {
  clearFilters,
  isSelected,
  lastFilter,
  orderedFilters,
  removeFilter,
  removeLastFilter,
  toggleFilter,
  type FilterChip,
  type FilterState,
} from '../../facets/filter-order';
import type { SortBy } from './ResultsBar';
import { useBrowseData } from '../../db/browse-data';
import { insightsRecorder } from '../../insights/recorder';

const NO_SELECTION: readonly string[] = Object.freeze([]);
const chipId = (chip: FilterChip) => `${chip.facet}:${chip.value}`;

/** Applies a filter change for this visit; the grid goes back to the top for the new list. */
function changeFilters(change: (state: FilterState) => FilterState) {
  updateVisit((s) => ({ ...change(s), scroll: { ...s.scroll, browse: 0 } }));
}

export function BrowseContainer() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const text = useContentText();
  const data = useBrowseData();
  const motifs = useMotifMap();
  const terms = useTermMap();
  const fallback = useCollectionInfo()?.fallback;
  const filters = useVisit((s) => s.filters);
  const filterOrder = useVisit((s) => s.filterOrder);
  const sort = useVisit((s) => s.sort);
  const [open, setOpen] = useState<BrowseFacet | null>(null);

  const result = useMemo(() => data?.index.query(filters), [data, filters]);
  const sortBy: SortBy = sort?.by ?? 'accession';
  const ids = useMemo(() => {
    if (!data || !result) return EMPTY_IDS;
    // The index lists pieces in accession order already; titles sort in the language shown now.
    if (sortBy === 'accession') return result.ids;
    const key: SortKey =
      sortBy === 'title' ? { by: 'title', language, fallback: fallback ?? ['id', 'en'] } : { by: 'year' };
    return data.sorter.sort(result.ids, key);
  }, [data, result, sortBy, language, fallback]);

  const cardFor = useMemo(
    () => (data && motifs && terms ? createCardCache(data.pieces, { motifs, terms, text }) : undefined),
    [data, motifs, terms, text],
  );

  // The card callback reads the list through a ref, so it never changes and memoised cards stay put.
  const idsRef = useRef(ids);
  useLayoutEffect(() => {
    idsRef.current = ids;
  }, [ids]);
  const onOpen = useCallback((id: string) => {
    updateVisit({ resultIds: idsRef.current });
    navigate({ name: 'piece', id });
  }, []);
  const onScrollOffset = useCallback((offset: number) => {
    updateVisit((s) => (s.scroll.browse === offset ? {} : { scroll: { ...s.scroll, browse: offset } }));
  }, []);

  if (!data || !result || !cardFor || !motifs || !terms) return null;

  const records = { motifs, terms };
  const labelOf = (chip: FilterChip) => valueInfo(chip.facet, chip.value, records, text).label;
  const collator = new Intl.Collator(language, { numeric: true, sensitivity: 'base' });
  const state = { filters, filterOrder };
  const last = lastFilter(state);
  const clearAll = () => changeFilters(clearFilters);

  return (
    <BrowseScreen
      panel={{
        // A facet the collection has no value for would open onto nothing: no tab for it.
        facets: BROWSE_FACETS.filter(
          (facet) => data.index.values(facet).length > 0 || (filters[facet]?.length ?? 0) > 0,
        ).map((facet) => ({
          facet,
          selectedCount: filters[facet]?.length ?? 0,
        })),
        open,
        options: open
          ? facetOptions(
              data.index.values(open),
              result.counts[open],
              filters[open] ?? NO_SELECTION,
              (value) => valueInfo(open, value, records, text),
              collator,
            )
          : [],
        onOpen: setOpen,
        onToggle: (facet, value) => {
          insightsRecorder().record({
            kind: 'facet',
            field: facet,
            value,
            on: !isSelected(filters, facet, value),
          });
          changeFilters((s) => toggleFilter(s, { facet, value }));
        },
      }}
      results={{
        count: ids.length,
        sort: sortBy,
        onSort: (by) => {
          if (by !== sortBy) insightsRecorder().record({ kind: 'view', view: `sort:${by}` });
          updateVisit((s) => ({
            sort: by === 'title' ? { by, language, fallback: fallback ?? [] } : { by },
            scroll: { ...s.scroll, browse: 0 },
          }));
        },
        active: orderedFilters(state).map((chip) => ({ id: chipId(chip), label: labelOf(chip) })),
        onRemove: (id) =>
          changeFilters((s) => {
            const chip = orderedFilters(s).find((c) => chipId(c) === id);
            return chip ? removeFilter(s, chip) : s;
          }),
        onClearAll: clearAll,
      }}
      grid={
        ids.length === 0
          ? null
          : {
              ids,
              cardFor,
              onOpen,
              // Read when the grid mounts: where this visitor left it (0 after a new filter).
              initialOffset: getVisit().scroll.browse ?? 0,
              onScrollOffset,
              resetKey: `${sortBy}|${JSON.stringify(filters)}`,
            }
      }
      nothing={{
        ...(last && { lastFilter: labelOf(last) }),
        onRemoveLast: () => changeFilters(removeLastFilter),
        onClearAll: clearAll,
      }}
    />
  );
}
