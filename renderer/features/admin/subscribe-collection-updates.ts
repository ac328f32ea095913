import type { CollectionUpdatedEvent } from '../../../electron/shared/kiosk-api';
import { COLLECTION_UPDATED_EVENT, WEB_API_PREFIX } from '../../../electron/shared/web-host-status';

/**
 * Calls `callback` whenever the host has switched in a new collection that passed its checks:
 * through the Electron bridge when there is one, else over the web host's server-sent events
 * (`/api/events`). Returns the unsubscribe function. EventSource reconnects by itself when the
 * host restarts, so a page left open across a restart keeps listening.
 */
export function subscribeCollectionUpdates(callback: (event: CollectionUpdatedEvent) => void): () => void {
  const kiosk = window.kiosk;
  if (typeof kiosk?.onCollectionUpdated === 'function') return kiosk.onCollectionUpdated(callback);
  if (typeof EventSource === 'undefined') return () => undefined;
  const source = new EventSource(new URL(`.${WEB_API_PREFIX}events`, document.baseURI));
  const listener = (event: MessageEvent<string>) => {
    let version: string | null = null;
    try {
      const data = JSON.parse(event.data) as Partial<CollectionUpdatedEvent>;
      if (typeof data.version === 'string') version = data.version;
    } catch {
      // A malformed event still means "something new": sync and let the manifest decide.
    }
    callback({ version });
  };
  source.addEventListener(COLLECTION_UPDATED_EVENT, listener);
  return () => {
    source.removeEventListener(COLLECTION_UPDATED_EVENT, listener);
    source.close();
  };
}
