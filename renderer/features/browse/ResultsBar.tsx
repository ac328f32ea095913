import { useTranslation } from 'react-i18next';
import { TouchButton } from '../../kit';
import { Chip } from '../../ui/chips/Chip';

/** The sort orders a visitor can pick, in the order the bar offers them. */
const SORTS = [
  { key: 'accession', name: 'browse.sortAccession' },
  { key: 'title', name: 'browse.sortTitle' },
  { key: 'year', name: 'browse.sortYear' },
] as const;

/** A sort order the visitor can pick. */
export type SortBy = (typeof SORTS)[number]['key'];

/** An active filter, already labelled ("Batik Pesisiran"). */
interface ActiveFilter {
  id: string;
  label: string;
}

export interface ResultsBarProps {
  /** How many pieces match. */
  count: number;
  sort: SortBy;
  onSort: (key: SortBy) => void;
  active: readonly ActiveFilter[];
  onRemove: (id: string) => void;
  onClearAll: () => void;
}

/**
 * Above the grid: how many pieces match (announced politely as it changes), the sort order, and
 * the active filters as chips a tap removes, with "clear all" once there is anything to clear.
 */
export function ResultsBar(props: ResultsBarProps) {
  const { count, sort, onSort, active } = props;
  const { t } = useTranslation();
  const sortLabel = t('browse.sortLabel');
  return (
    <div className="results-bar">
      <div className="results-bar__line">
        <p className="results-bar__count" role="status">
          {t('browse.count', { count })}
        </p>
        <div className="results-bar__sort" role="group" aria-label={sortLabel}>
          <span className="results-bar__sort-label" aria-hidden="true">
            {sortLabel}
          </span>
          {SORTS.map((option) => (
            <TouchButton
              key={option.key}
              variant="quiet"
              className="sort-option"
              aria-pressed={option.key === sort}
              onClick={() => onSort(option.key)}
            >
              {t(option.name)}
            </TouchButton>
          ))}
        </div>
      </div>
      {active.length > 0 && (
        <div className="results-bar__active" role="group" aria-label={t('browse.activeLabel')}>
          {active.map((filter) => (
            <Chip
              key={filter.id}
              className="active-filter"
              aria-label={t('browse.removeFilter', { label: filter.label })}
              onClick={() => props.onRemove(filter.id)}
            >
              <span>{filter.label}</span>
              <span className="active-filter__cross" aria-hidden="true">
                ×
              </span>
            </Chip>
          ))}
          <TouchButton variant="quiet" className="clear-all" onClick={props.onClearAll}>
            {t('browse.clearAll')}
          </TouchButton>
        </div>
      )}
    </div>
  );
}
