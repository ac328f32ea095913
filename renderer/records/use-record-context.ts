import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMotifMap, useTermMap } from '../db/hooks';
import { useContentText, useContentTextInfo } from '../i18n/content-text';
import { useMakerMap, usePlaceMap } from '../db/piece-lookups';
import type { Translate } from '../i18n/ui-keys';
import type { RecordContext } from './piece-record-view';

/**
 * What `pieceRecordView` needs, in the visitor's language; undefined while the vocabularies load.
 * Memoised, so records built from it are rebuilt only when the language or the collection changes.
 */
export function useRecordContext(): RecordContext | undefined {
  const { t, i18n } = useTranslation();
  const text = useContentText();
  const textInfo = useContentTextInfo();
  const motifs = useMotifMap();
  const terms = useTermMap();
  const makers = useMakerMap();
  const places = usePlaceMap();
  const language = i18n.language;
  return useMemo(() => {
    if (!motifs || !terms || !makers || !places) return undefined;
    const translate: Translate = (key, values) => t(key, values);
    return { t: translate, text, textInfo, language, terms, motifs, makers, places };
  }, [t, text, textInfo, language, motifs, terms, makers, places]);
}
