import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, type Route } from '../../navigation/router';
import { updateVisit } from '../../navigation/visit-state';
import { usePieces, useTermMap } from '../../db/hooks';
import { useContentTextInfo } from '../../i18n/content-text';
import { ColoursIcon, GridIcon, MotifIcon, SearchIcon } from '../../ui/icons';
import { mainMedia, thumbUrl } from '../../ui/media-urls';
import { capLabel } from '../../i18n/reading-text';
import { homeGroups } from './home-groups';
import { HomeScreen, type HomeEntry } from './HomeScreen';

/** A group tile's picture is about this wide on a 1080p screen. */
const TILE_THUMB_PX = 512;
/**
 * Characters of a group description a tile shows: about six lines at a tile's width, the longest
 * description of the sample whole. A longer one is cut, with "read it all" beside the tile.
 */
const TILE_TEXT_MAX = 240;

const ENTRY_ROUTES: Record<string, Route> = {
  motifs: { name: 'motifs' },
  search: { name: 'search' },
  colours: { name: 'colours' },
  all: { name: 'browse' },
};

/** Home wired to the store: group counts from the pieces, labels from the group terms. */
export function HomeContainer() {
  const { t } = useTranslation();
  const textInfo = useContentTextInfo();
  const pieces = usePieces();
  const terms = useTermMap();
  const groups = useMemo(() => (pieces && terms ? homeGroups(terms, pieces) : []), [pieces, terms]);
  const [reading, setReading] = useState<string | null>(null);

  const tiles = groups.map((group) => {
    const label = group.term ? textInfo(group.term.label) : { text: group.key, lang: '', fallback: false };
    const description = textInfo(group.term?.description);
    return {
      key: group.key,
      label: { ...label, text: capLabel(label.text) },
      description,
      preview: capLabel(description.text, TILE_TEXT_MAX),
      countText: t('home.pieceCount', { count: group.count }),
      image: group.sample && thumbUrl(mainMedia(group.sample.media), TILE_THUMB_PX),
    };
  });
  const entries: HomeEntry[] = [
    { key: 'motifs', label: t('home.motifs'), hint: t('home.motifsHint'), icon: <MotifIcon /> },
    { key: 'search', label: t('home.search'), hint: t('home.searchHint'), icon: <SearchIcon /> },
    { key: 'colours', label: t('home.colours'), hint: t('home.coloursHint'), icon: <ColoursIcon /> },
    {
      key: 'all',
      label: t('home.all'),
      hint: t('home.pieceCount', { count: pieces?.length ?? 0 }),
      icon: <GridIcon />,
    },
  ];

  return (
    <HomeScreen
      heading={t('home.heading')}
      intro={t('home.intro')}
      groupsLabel={t('home.groups')}
      groups={tiles}
      onGroup={(key) => {
        updateVisit({ filters: { group: [key] } });
        navigate({ name: 'browse' });
      }}
      reading={reading}
      onRead={setReading}
      readingLabels={{ open: t('reading.open') }}
      entriesLabel={t('home.entries')}
      entries={entries}
      onEntry={(key) => {
        if (key === 'all') updateVisit({ filters: {} });
        const route = ENTRY_ROUTES[key];
        if (route) navigate(route);
      }}
    />
  );
}
