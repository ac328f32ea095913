import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../navigation/router';
import { useMotifMap, useTermMap } from '../../db/hooks';
import { useContentText } from '../../i18n/content-text';
import { motifCardData } from '../../ui/cards/card-data';
import { useMotifPieceCounts } from '../../db/motif-lookups';
import { groupByFamily } from './motif-view';
import { MotifListScreen, type MotifListGroup } from './MotifListScreen';
import './motif.css';

/** `#/motifs`: every motif of the collection, grouped by family. */
export function MotifListContainer() {
  const { i18n } = useTranslation();
  const text = useContentText();
  const motifs = useMotifMap();
  const terms = useTermMap();
  const counts = useMotifPieceCounts();
  // The family chip is this screen's own passing choice: it goes when the screen unmounts (and so
  // on an idle reset, which leaves for the attract screen).
  const [family, setFamily] = useState<string | null>(null);
  const language = i18n.language;

  const groups = useMemo((): MotifListGroup[] | undefined => {
    if (!motifs || !terms || !counts) return undefined;
    const collator = new Intl.Collator(language);
    return groupByFamily([...motifs.values()], terms, text, collator).map((g) => ({
      family: g.family,
      label: g.label,
      cards: g.motifs.map((m) => motifCardData(m, { terms, text }, counts.get(m.id) ?? 0)),
    }));
  }, [motifs, terms, counts, text, language]);

  if (!groups) return null;
  return (
    <MotifListScreen
      groups={groups}
      family={family}
      onFamily={setFamily}
      onOpen={(id) => navigate({ name: 'motif', id })}
    />
  );
}
