import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTermMap } from '../../db/hooks';
import { useContentText } from '../../i18n/content-text';
import { formatCount, pluralForm } from '../../i18n/numbers';
import { onlyFilter } from '../../facets/filter-order';
import { openBrowse } from '../../navigation/open-browse';
import { useBrowseData } from '../../db/browse-data';
import { colourTiles } from './colour-tiles';
import { ColoursScreen } from './ColoursScreen';

/** A tap on a colour starts a fresh browse filtered by that colour alone. */
const browseColour = (key: string) => openBrowse(onlyFilter({ facet: 'colour', value: key }));

export function ColoursContainer() {
  const { t, i18n } = useTranslation();
  const text = useContentText();
  const data = useBrowseData();
  const terms = useTermMap();
  const tiles = useMemo(
    () => (data && terms ? colourTiles(terms, data.index.query({}).counts.colour, text) : undefined),
    [data, terms, text],
  );
  if (!tiles) return null;
  const language = i18n.language;
  return (
    <ColoursScreen
      title={t('colours.title')}
      intro={t('colours.intro')}
      listLabel={t('colours.listLabel')}
      tiles={tiles}
      countText={(count) => {
        const number = formatCount(count, language);
        return pluralForm(count, language) === 'one'
          ? t('colours.countOne', { number })
          : t('colours.countOther', { number });
      }}
      onPick={browseColour}
    />
  );
}
