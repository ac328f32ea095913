import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminGesture } from '../features/admin/AdminGesture';
import { BootContainer } from '../features/boot/BootContainer';
import { currentHost, useHeartbeat } from '../host';
import { appSync } from '../sync/app-sync';
import { ScrollCue } from '../ui/ScrollCue';
import { ShellChromeContainer } from '../ui/ShellChromeContainer';
import { IdleResetContainer } from './IdleResetContainer';
import { useRoute } from '../navigation/router';
import { useLanguageChoice } from '../i18n/use-language-choice';
import { renderScreen, usePrefetchScreens } from './screens';
import { useSyncStatus } from '../sync/use-sync-status';
import { useInsightsRecording } from './use-insights-recording';

let started = false;

/**
 * The shell: starts the sync once, shows boot screens until a collection is live, then routes.
 * Every screen but the attract loop gets the chrome (home, back, language, accessibility) and the
 * idle reset. `data-sync-state` and `data-syncing` let tests (and the admin screen) wait on real
 * readiness; `data-route` names the screen shown.
 */
export function AppContainer() {
  const status = useSyncStatus();
  const route = useRoute();
  const { i18n } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const languages = useLanguageChoice();
  useHeartbeat();
  // The host switched in a new collection that passed its checks: take it now, not at the next start.
  useEffect(() => currentHost().onCollectionUpdated(() => void appSync().sync()), []);

  useEffect(() => {
    if (started) return;
    started = true;
    void appSync().start();
  }, []);

  // Open in the start language (the kiosk config's, else the collection's) once both are known.
  const languageSet = useRef(false);
  useEffect(() => {
    if (!languages || languageSet.current) return;
    languageSet.current = true;
    if (languages.start !== i18n.language) void i18n.changeLanguage(languages.start);
  }, [languages, i18n]);

  const ready = status.phase === 'ready';
  const attract = ready && route.name === 'attract';
  useInsightsRecording(route, ready);
  usePrefetchScreens(ready);
  return (
    <div
      className="app"
      data-sync-state={status.phase}
      data-syncing={String(status.syncing)}
      data-sync-phase={status.progress?.phase ?? 'idle'}
      data-route={ready ? route.name : 'boot'}
    >
      {ready && !attract && <ShellChromeContainer />}
      <main ref={mainRef} className={attract ? 'app-main app-main--full' : 'app-main'}>
        {/* Admin stays reachable with no collection: that is when a technician needs it most. */}
        {ready || route.name === 'admin' ? (
          renderScreen(route)
        ) : (
          <BootContainer status={status} onRetry={() => void appSync().start()} />
        )}
        {/* Screens taller than the window (home, motifs, colours...) say there is more below. */}
        {!attract && <ScrollCue target={mainRef} />}
      </main>
      <IdleResetContainer enabled={ready && !attract} defaultLanguage={languages?.start ?? 'id'} />
      <AdminGesture />
    </div>
  );
}
