import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../navigation/router';
import { useLanguageChoice } from '../../i18n/use-language-choice';
import { useCollectionInfo, useMotifMap, usePieces } from '../../db/hooks';
import { useContentText } from '../../i18n/content-text';
import { useReducedMotion } from '../../kit';
import { languageOptions } from '../../i18n/language-names';
import { collectionUrl } from '../../ui/media-urls';
import { slotContents } from './attract-cycle';
import { chooseSlides, type SlideSource } from './attract-slides';
import { AttractScreen } from './AttractScreen';
import { useAttractCycle } from './use-attract-cycle';

/** The attract loop wired to the collection: any touch goes home, a language button starts in it. */
export function AttractContainer() {
  const { i18n } = useTranslation();
  const text = useContentText();
  const info = useCollectionInfo();
  const pieces = usePieces();
  const motifs = useMotifMap();
  const still = useReducedMotion();

  const slides = useMemo(() => {
    if (!pieces || !motifs) return [];
    const pieceSources: SlideSource[] = pieces.map((p) => ({ id: p.id, name: p.title, media: p.media }));
    return chooseSlides(pieceSources, [...motifs.values()], text, (media) => collectionUrl(media.display));
  }, [pieces, motifs, text]);
  const cycle = useAttractCycle(slides.length);
  const languages = useLanguageChoice()?.offered;
  const options = useMemo(() => languageOptions(languages ?? []), [languages]);
  // Replace, not push: the visitor's history starts at home, so Back never returns to the loop.
  const start = () => navigate({ name: 'home' }, { replace: true });

  return (
    <AttractScreen
      museum={info ? text(info.museum) : undefined}
      slides={slides}
      slots={slotContents(cycle, slides.length)}
      still={still}
      onStart={start}
      languages={options}
      onChooseLanguage={(code) => {
        void i18n.changeLanguage(code);
        start();
      }}
    />
  );
}
