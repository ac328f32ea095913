import { useMemo, useState } from 'react';
import { navigate, type Route } from '../../navigation/router';
import { updateVisit } from '../../navigation/visit-state';
import { usePieces, useTermMap } from '../../db/hooks';
import { useContentTextInfo } from '../../i18n/content-text';
import { mainMedia, thumbUrl } from '../../ui/media-urls';
import { capLabel } from '../../i18n/reading-text';
import { homeGroups } from './home-groups';
import { HomeScreen, type HomeEntryKey } from './HomeScreen';

/** A group tile's picture is about this wide on a 1080p screen. */
const TILE_THUMB_PX = 512;
/**
 * Characters of a group description a tile shows: about six lines at a tile's width, the longest
 * description of the sample whole. A longer one is cut, with "read it all" beside the tile.
 */
const TILE_TEXT_MAX = 240;

const ENTRY_ROUTES: Record<HomeEntryKey, Route> = {
  motifs: { name: 'motifs' },
  search: { name: 'search' },
  colours: { name: 'colours' },
  all: { name: 'browse' },
};

/** Home wired to the store: group counts from the pieces, labels from the group terms. */
export function HomeContainer() {
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
      count: group.count,
      image: group.sample && thumbUrl(mainMedia(group.sample.media), TILE_THUMB_PX),
    };
  });

  return (
    <HomeScreen
      groups={tiles}
      onGroup={(key) => {
        updateVisit({ filters: { group: [key] } });
        navigate({ name: 'browse' });
      }}
      pieceTotal={pieces?.length ?? 0}
      reading={reading}
      onRead={setReading}
      onEntry={(key) => {
        if (key === 'all') updateVisit({ filters: {} });
        navigate(ENTRY_ROUTES[key]);
      }}
    />
  );
}
