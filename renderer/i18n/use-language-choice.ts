import { useMemo } from 'react';
import { useCollectionInfo } from '../db/hooks';
import { availableLanguages } from './language-names';
import { offeredLanguages, startLanguage } from './language-choice';
import { useKioskSettings } from '../host';

/**
 * The languages this kiosk offers, and the one each visit starts in; undefined
 * until both the collection and (in Electron) the kiosk settings are known, so the first screen
 * never opens in one language and flips to another.
 */
export function useLanguageChoice(): { offered: string[]; start: string } | undefined {
  const info = useCollectionInfo();
  const settings = useKioskSettings();
  return useMemo(() => {
    if (!info || settings === undefined) return undefined;
    // The interface's three languages are always there (content falls back); then the collection's.
    const available = {
      languages: availableLanguages(info.languages),
      defaultLanguage: info.defaultLanguage,
    };
    return {
      offered: offeredLanguages(available.languages, settings),
      start: startLanguage(available, settings),
    };
  }, [info, settings]);
}
