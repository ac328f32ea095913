import { TouchButton } from '../../kit';
import { Chip } from '../../ui/chips/Chip';
import type { BrowseFacet, FacetOption } from './facet-labels';
import { CheckMark, OpenMark } from './facet-marks';

/** One facet as the panel shows it: its name, how many values are chosen, and (when open) its chips. */
interface FacetSummary {
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
  /** Said in the open facet when none of its values would show a piece. */
  emptyText: string;
  onOpen: (facet: BrowseFacet | null) => void;
  onToggle: (facet: BrowseFacet, value: string) => void;
  /** Formats a count in the visitor's language. */
  formatCount: (count: number) => string;
}

const tabId = (facet: BrowseFacet) => `facet-tab-${facet}`;

/**
 * The facet tabs and, under them, the open facet's values as large toggle chips with live counts.
 * One facet is open at a time, so a standing visitor sees a short list, never a wall. Which facet
 * is open (a tab: `aria-selected`, a folder-tab shape with an open arrow) and which values filter
 * (chips: `aria-pressed`, filled with a tick) read differently by shape as well as by colour.
 */
export function FacetPanel(props: FacetPanelProps) {
  const { label, facets, open, options, emptyText, onOpen, onToggle, formatCount } = props;
  return (
    <nav className="facet-panel" aria-label={label}>
      <div className="facet-panel__tabs" role="tablist" aria-label={label}>
        {facets.map(({ facet, name, selectedCount }) => (
          <TouchButton
            key={facet}
            id={tabId(facet)}
            role="tab"
            className="facet-tab"
            aria-selected={facet === open}
            aria-controls={facet === open ? 'facet-values' : undefined}
            onClick={() => onOpen(facet === open ? null : facet)}
          >
            <OpenMark />
            <span>{name}</span>
            {selectedCount > 0 && <span className="facet-tab__badge">{formatCount(selectedCount)}</span>}
          </TouchButton>
        ))}
      </div>
      {open && (
        <div id="facet-values" className="facet-panel__values" role="tabpanel" aria-labelledby={tabId(open)}>
          {options.length === 0 && <p className="facet-panel__empty">{emptyText}</p>}
          {options.map((option) => (
            <Chip
              key={option.value}
              className="facet-chip"
              aria-pressed={option.selected}
              data-empty={option.count === 0 || undefined}
              onClick={() => onToggle(open, option.value)}
            >
              <CheckMark />
              {option.swatch && (
                <span
                  className="facet-chip__swatch"
                  style={{ backgroundColor: option.swatch }}
                  aria-hidden="true"
                />
              )}
              {option.thumb && (
                <img
                  className="facet-chip__thumb"
                  src={option.thumb}
                  alt=""
                  draggable={false}
                  loading="lazy"
                />
              )}
              <span className="facet-chip__label">{option.label}</span>
              <span className="facet-chip__count">{formatCount(option.count)}</span>
            </Chip>
          ))}
        </div>
      )}
    </nav>
  );
}
