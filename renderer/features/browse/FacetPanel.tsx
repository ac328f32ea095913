import { useTranslation } from 'react-i18next';
import { useFormatNumber } from '../../i18n/numbers';
import { TouchButton } from '../../kit';
import { Chip } from '../../ui/chips/Chip';
import { FACET_NAMES, type BrowseFacet, type FacetOption } from './facet-labels';
import { CheckMark, OpenMark } from './facet-marks';

/** One facet as the panel shows it: which one, and how many of its values are chosen. */
interface FacetSummary {
  facet: BrowseFacet;
  selectedCount: number;
}

export interface FacetPanelProps {
  facets: readonly FacetSummary[];
  open: BrowseFacet | null;
  /** Chips of the open facet (empty when none is open). */
  options: readonly FacetOption[];
  onOpen: (facet: BrowseFacet | null) => void;
  onToggle: (facet: BrowseFacet, value: string) => void;
}

const tabId = (facet: BrowseFacet) => `facet-tab-${facet}`;

/**
 * The facet tabs and, under them, the open facet's values as large toggle chips with live counts.
 * One facet is open at a time, so a standing visitor sees a short list, never a wall. Which facet
 * is open (a tab: `aria-selected`, a folder-tab shape with an open arrow) and which values filter
 * (chips: `aria-pressed`, filled with a tick) read differently by shape as well as by colour.
 */
export function FacetPanel(props: FacetPanelProps) {
  const { facets, open, options, onOpen, onToggle } = props;
  const { t } = useTranslation();
  const formatNumber = useFormatNumber();
  const label = t('browse.facetsLabel');
  return (
    <nav className="facet-panel" aria-label={label}>
      <div className="facet-panel__tabs" role="tablist" aria-label={label}>
        {facets.map(({ facet, selectedCount }) => (
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
            <span>{t(FACET_NAMES[facet])}</span>
            {selectedCount > 0 && <span className="facet-tab__badge">{formatNumber(selectedCount)}</span>}
          </TouchButton>
        ))}
      </div>
      {open && (
        <div id="facet-values" className="facet-panel__values" role="tabpanel" aria-labelledby={tabId(open)}>
          {/* Said when none of the open facet's values would show a piece. */}
          {options.length === 0 && <p className="facet-panel__empty">{t('browse.facetEmpty')}</p>}
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
              <span className="facet-chip__count">{formatNumber(option.count)}</span>
            </Chip>
          ))}
        </div>
      )}
    </nav>
  );
}
