import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentHost, useKioskSettings } from '../host';
import { insightsRecorder } from '../insights/recorder';
import { A11Y_MODES, useA11yModes } from '../kit';
import type { Route } from '../navigation/router';

/** How often the page hands its host the daily counts for the fleet heartbeat. */
const SUMMARY_EVERY_MS = 5 * 60_000;

/** The route's record for the session machine: its name, and the piece or motif it shows. */
function routeId(route: Route): string | undefined {
  return route.name === 'piece' || route.name === 'motif' ? route.id : undefined;
}

/**
 * Feeds the visitor insights from the shell: every touch, every screen entered (a comparison also
 * counts as "compare used"), the language and the accessibility modes switched on, the page
 * closing; and every few minutes hands the host the last days' counts for its fleet heartbeat.
 * What screens add themselves (searches, facets, zoom, QR) they record through `insightsRecorder()`.
 * Nothing here waits on the database: the recorder writes later, when the page is idle.
 */
export function useInsightsRecording(route: Route, ready: boolean): void {
  const { i18n } = useTranslation();
  const { modes } = useA11yModes();
  const settings = useKioskSettings();

  // The kiosk config says how long raw visits are kept (an older host says nothing: the default).
  const keepRawDays = settings?.insightsRawDays;
  useEffect(() => {
    if (keepRawDays !== undefined) insightsRecorder().configure({ keepRawDays });
  }, [keepRawDays]);

  useEffect(() => {
    const recorder = insightsRecorder();
    const touch = () => recorder.touch();
    const closing = () => recorder.end('page-closed');
    // Capture, so a touch counts even when the control it lands on stops its propagation.
    window.addEventListener('pointerdown', touch, { capture: true, passive: true });
    window.addEventListener('pagehide', closing);
    return () => {
      window.removeEventListener('pointerdown', touch, { capture: true });
      window.removeEventListener('pagehide', closing);
    };
  }, []);

  const id = routeId(route);
  const compared = route.name === 'compare' ? `${route.a}\u0000${route.b}` : null;
  useEffect(() => {
    if (!ready) return;
    const recorder = insightsRecorder();
    recorder.route(route.name, id);
    if (compared) {
      const [a, b] = compared.split('\u0000');
      recorder.record({ kind: 'compare', a: a!, b: b! });
    }
    // Keyed on the name, id and pair: `route` itself is a new object on every render.
  }, [ready, route.name, id, compared]);

  useEffect(() => {
    const recorder = insightsRecorder();
    recorder.language(i18n.language);
    const changed = (language: string) => recorder.language(language);
    i18n.on('languageChanged', changed);
    return () => i18n.off('languageChanged', changed);
  }, [i18n]);

  const wasOn = useRef(new Set<string>());
  useEffect(() => {
    const on = new Set<string>(A11Y_MODES.filter((mode) => modes[mode]));
    for (const mode of on) if (!wasOn.current.has(mode)) insightsRecorder().a11yMode(mode);
    wasOn.current = on;
  }, [modes]);

  // The recorder itself loads once the first screen is up (see insights/recorder.ts).
  useEffect(() => {
    if (ready) void insightsRecorder().load();
  }, [ready]);

  useEffect(() => {
    // Loaded on demand like the recorder: none of the store is in the visitor's first chunk.
    const report = () =>
      void Promise.all([import('../insights/insights-store'), import('../insights/insights-db')])
        .then(([store, db]) => store.dailySummaries(db.appInsightsDb()))
        .then((days) => currentHost().insights.report(days))
        .catch((error: unknown) => console.warn('insights: the daily counts did not reach the host', error));
    report();
    const timer = setInterval(report, SUMMARY_EVERY_MS);
    return () => clearInterval(timer);
  }, []);
}
