import { app, protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from '../node/security/navigation';
import type { RequestHandler } from '../node/server/request-handler';

/**
 * Registers `kiosk:` as a privileged scheme. Must run before `app` is ready. `standard` gives the
 * origin real URL semantics and IndexedDB; `secure` makes it a secure context (`crypto.subtle`,
 * `navigator.storage`); `supportFetchAPI` lets the renderer `fetch` the manifest; `stream` lets
 * audio and video seek with Range requests; `codeCache` caches compiled scripts across starts.
 * @see https://www.electronjs.org/docs/latest/api/protocol#protocolregisterschemesasprivilegedcustomschemes
 */
export function registerKioskScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
    },
  ]);
}

/**
 * Chromium switches for a touch kiosk, set before `ready`. A horizontal swipe past the edge would
 * otherwise navigate back in history on touch screens.
 */
export function applyKioskSwitches(): void {
  app.commandLine.appendSwitch('overscroll-history-navigation', '0');
}

/** Answers `kiosk://app/...` with the shared request handler; any other host gets a 404. */
export function setupProtocol(handler: RequestHandler): void {
  protocol.handle(APP_SCHEME, (request) => {
    if (new URL(request.url).host !== APP_HOST) {
      return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    }
    return handler(request);
  });
}
