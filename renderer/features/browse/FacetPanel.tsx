import { TouchButton } from '../../kit';
import type { BrowseFacet, FacetOption } from './facet-labels';

/** One facet as the panel shows it: its name, how many values are chosen, and (when open) its chips. */
export interface FacetSummary {
  facet: BrowseFacet;
  name: string;
  selectedCount: number;
}

export interface FacetPanelProps {
  label: string;
  facets: readonly FacetSummary[];
  open: BrowseFacet | null;
  /** Chips of the open facet (empty when none is open). */
  options: readonly FacetOption[];
  onOpen: (facet: BrowseFacet | null) => void;
  onToggle: (facet: BrowseFacet, value: string) => void;
  /** Formats a count in the visitor's language. */
  formatCount: (count: number) => string;
}

/**
 * The facet switches and, under them, the open facet's values as large toggle chips with live
 * counts. One facet is open at a time, so a standing visitor sees a short list, never a wall.
 */
export function FacetPanel({ label, facets, open, options, onOpen, onToggle, formatCount }: FacetPanelProps) {
  const openName = facets.find((f) => f.facet === open)?.name;
  return (
    <nav className="facet-panel" aria-label={label}>
      <div className="facet-panel__switches">
        {facets.map(({ facet, name, selectedCount }) => (
          <TouchButton
            key={facet}
            className="facet-switch"
            aria-expanded={facet === open}
            aria-controls={facet === open ? 'facet-values' : undefined}
            onClick={() => onOpen(facet === open ? null : facet)}
          >
            <span>{name}</span>
            {selectedCount > 0 && <span className="facet-switch__badge">{formatCount(selectedCount)}</span>}
          </TouchButton>
        ))}
      </div>
      {open && (
        <div id="facet-values" className="facet-panel__values" role="group" aria-label={openName}>
          {options.map((option) => (
            <TouchButton
              key={option.value}
              className="facet-chip"
              aria-pressed={option.selected}
              data-empty={option.count === 0 || undefined}
              onClick={() => onToggle(open, option.value)}
            >
              <span className="facet-chip__label">{option.label}</span>
              <span className="facet-chip__count">{formatCount(option.count)}</span>
            </TouchButton>
          ))}
        </div>
      )}
    </nav>
  );
}
