import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCollectionInfo } from '../db/hooks';
import { BootScreenContainer } from '../features/boot/BootScreenContainer';
import { useContentText } from '../i18n/content-text';
import { isUiLanguage } from '../i18n/setup-i18n';
import { appSync } from '../sync/app-sync';
import { LanguageSwitchContainer } from '../ui/LanguageSwitchContainer';
import { useRoute } from './router';
import { renderScreen } from './screens';
import { useSyncStatus } from './use-sync-status';

let started = false;

/**
 * The shell: starts the sync once, shows boot screens until a collection is live, then routes.
 * `data-sync-state` and `data-syncing` let tests (and the admin screen) wait on real readiness.
 */
export function AppContainer() {
  const status = useSyncStatus();
  const route = useRoute();
  const { t, i18n } = useTranslation();
  const text = useContentText();
  const info = useCollectionInfo();

  useEffect(() => {
    if (started) return;
    started = true;
    void appSync().start();
  }, []);

  // Open in the collection's default language the first time its manifest is known.
  const languageSet = useRef(false);
  useEffect(() => {
    if (!info || languageSet.current) return;
    languageSet.current = true;
    if (isUiLanguage(info.defaultLanguage)) void i18n.changeLanguage(info.defaultLanguage);
  }, [info, i18n]);

  return (
    <div
      className="app"
      data-sync-state={status.phase}
      data-syncing={String(status.syncing)}
      data-sync-phase={status.progress?.phase ?? 'idle'}
    >
      <header className="app-header">
        <span className="app-header__title">{info ? text(info.title) : t('app.collectionLabel')}</span>
        <LanguageSwitchContainer />
      </header>
      <main className="app-main">
        {status.phase !== 'ready' ? (
          <BootScreenContainer status={status} onRetry={() => void appSync().start()} />
        ) : (
          renderScreen(route)
        )}
      </main>
    </div>
  );
}
