import type { BrowserWindow } from 'electron';
import { DEFAULT_LOAD_RETRY, LoadRetry } from '../../node/recovery/load-failures';
import { PLACEHOLDER_URL } from '../../node/recovery/placeholder-page';
import { isAppUrl } from '../../node/security/navigation';
import type { KioskContext } from '../context';
import { relaunchForRecovery } from './relaunch';

/** Chromium's net error for a load cancelled by a newer one (our own reloads): not a failure. */
const ERR_ABORTED = -3;

/**
 * A failed load of the kiosk's own page (`did-fail-load`, or an HTTP error answer seen in
 * `did-navigate`) never leaves the window blank: a calm placeholder shows at once, and the home
 * page (the app or the out-of-order page) is loaded again with backoff. A retry first asks the
 * request handler whether it can serve the page now (`pageServes`), so a page that is still
 * missing does not flash a blank window every minute. Many failures in a row relaunch the app.
 * @see https://www.electronjs.org/docs/latest/api/web-contents#event-did-fail-load
 */
export function setupLoadFailures(
  window: BrowserWindow,
  context: KioskContext,
  pageServes: (url: string) => Promise<boolean>,
): () => void {
  const contents = window.webContents;
  const retry = new LoadRetry();
  let streak = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const load = (url: string): void => {
    if (!window.isDestroyed()) contents.loadURL(url).catch(() => undefined);
  };

  const failed = (url: string, why: string): void => {
    streak += 1;
    // The first failure of a streak goes on the status page; the retries only into the log.
    if (streak === 1) context.recovery('load-failed', `${url}: ${why}`);
    else context.log.warn('kiosk page still fails to load', { url, why, streak });
    if (timer) return;
    const step = retry.onFailure();
    if (
      step.action === 'relaunch' &&
      relaunchForRecovery(context, 'relaunch', 'the kiosk page failed to load repeatedly')
    )
      return;
    // The placeholder never pings; the heartbeat watchdog must not reload it into another failure.
    context.heartbeat.disarm();
    load(PLACEHOLDER_URL);
    const delayMs = step.action === 'retry' ? step.delayMs : DEFAULT_LOAD_RETRY.maxDelayMs;
    timer = setTimeout(() => {
      timer = undefined;
      const home = context.homeUrl;
      void pageServes(home)
        .catch(() => false)
        .then((serves) => (serves ? load(home) : failed(home, 'the page is still not served')));
    }, delayMs);
  };

  contents.on('did-fail-load', (_event, errorCode, errorDescription, validatedURL, isMainFrame) => {
    if (!isMainFrame || errorCode === ERR_ABORTED || !isAppUrl(validatedURL)) return;
    failed(validatedURL, `${errorDescription} (${errorCode})`);
  });
  contents.on('did-navigate', (_event, url, httpResponseCode) => {
    if (!isAppUrl(url)) return;
    if (httpResponseCode >= 400) return failed(url, `HTTP ${httpResponseCode}`);
    if (streak > 0) context.log.info('kiosk page loaded again', { url, after: streak });
    streak = 0;
    retry.onLoaded();
  });
  return () => clearTimeout(timer);
}
