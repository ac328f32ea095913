import { TouchButton } from '../../kit';
import { Chip } from '../../ui/chips/Chip';

/** A sort order the visitor can pick. */
export interface SortOption {
  key: 'accession' | 'title' | 'year';
  label: string;
}

/** An active filter, already labelled ("Batik Pesisiran"), with its spoken remove action. */
interface ActiveFilter {
  id: string;
  label: string;
  removeLabel: string;
}

export interface ResultsBarProps {
  countText: string;
  sortLabel: string;
  sorts: readonly SortOption[];
  sort: SortOption['key'];
  onSort: (key: SortOption['key']) => void;
  activeLabel: string;
  active: readonly ActiveFilter[];
  onRemove: (id: string) => void;
  clearAllLabel: string;
  onClearAll: () => void;
}

/**
 * Above the grid: how many pieces match (announced politely as it changes), the sort order, and
 * the active filters as chips a tap removes, with "clear all" once there is anything to clear.
 */
export function ResultsBar(props: ResultsBarProps) {
  const { countText, sortLabel, sorts, sort, onSort, activeLabel, active } = props;
  return (
    <div className="results-bar">
      <div className="results-bar__line">
        <p className="results-bar__count" role="status">
          {countText}
        </p>
        <div className="results-bar__sort" role="group" aria-label={sortLabel}>
          <span className="results-bar__sort-label" aria-hidden="true">
            {sortLabel}
          </span>
          {sorts.map((option) => (
            <TouchButton
              key={option.key}
              variant="quiet"
              className="sort-option"
              aria-pressed={option.key === sort}
              onClick={() => onSort(option.key)}
            >
              {option.label}
            </TouchButton>
          ))}
        </div>
      </div>
      {active.length > 0 && (
        <div className="results-bar__active" role="group" aria-label={activeLabel}>
          {active.map((filter) => (
            <Chip
              key={filter.id}
              className="active-filter"
              aria-label={filter.removeLabel}
              onClick={() => props.onRemove(filter.id)}
            >
              <span>{filter.label}</span>
              <span className="active-filter__cross" aria-hidden="true">
                ×
              </span>
            </Chip>
          ))}
          <TouchButton variant="quiet" className="clear-all" onClick={props.onClearAll}>
            {props.clearAllLabel}
          </TouchButton>
        </div>
      )}
    </div>
  );
}
