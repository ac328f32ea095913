import { useMemo } from 'react';
import { useTermMap } from '../../db/hooks';
import { useContentText } from '../../i18n/content-text';
import { onlyFilter } from '../../facets/filter-order';
import { openBrowse } from '../../navigation/open-browse';
import { useBrowseData } from '../../db/browse-data';
import { colourTiles } from './colour-tiles';
import { ColoursScreen } from './ColoursScreen';

/** A tap on a colour starts a fresh browse filtered by that colour alone. */
const browseColour = (key: string) => openBrowse(onlyFilter({ facet: 'colour', value: key }));

export function ColoursContainer() {
  const text = useContentText();
  const data = useBrowseData();
  const terms = useTermMap();
  const tiles = useMemo(
    () => (data && terms ? colourTiles(terms, data.index.query({}).counts.colour, text) : undefined),
    [data, terms, text],
  );
  if (!tiles) return null;
  return <ColoursScreen tiles={tiles} onPick={browseColour} />;
}
