import { useTranslation } from 'react-i18next';
import { BrowseGrid, type BrowseGridProps } from './BrowseGrid';
import { FacetPanel, type FacetPanelProps } from './FacetPanel';
import { NothingFound, type NothingFoundProps } from './NothingFound';
import { ResultsBar, type ResultsBarProps } from './ResultsBar';
import './browse.css';

export interface BrowseScreenProps {
  panel: FacetPanelProps;
  results: ResultsBarProps;
  /** The grid, or null when nothing matches (then `nothing` is shown instead). */
  grid: BrowseGridProps | null;
  nothing: NothingFoundProps;
}

/**
 * Browse: the facet panel (at the side in landscape, across the top in portrait), then the result
 * line and the grid of pieces, or the "nothing found" help when the filters exclude everything.
 */
export function BrowseScreen({ panel, results, grid, nothing }: BrowseScreenProps) {
  const { t } = useTranslation();
  return (
    <section className="browse" aria-labelledby="browse-title">
      <h1 id="browse-title" className="browse__title">
        {t('browse.title')}
      </h1>
      <FacetPanel {...panel} />
      <div className="browse__results">
        <ResultsBar {...results} />
        {grid ? <BrowseGrid {...grid} /> : <NothingFound {...nothing} />}
      </div>
    </section>
  );
}
