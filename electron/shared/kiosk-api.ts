/**
 * The type of `window.kiosk`, taken from the preload's source so it can't drift. Type-only: the
 * renderer imports this file with `import type` and gets no Electron code. In browser mode (the web
 * host) `window.kiosk` is absent or a partial stand-in, hence optional.
 */
import type { KioskApi } from '../preload/index';

export type { KioskApi };
export type { CollectionProgressEvent, CollectionUpdatedEvent } from './ipc';
export type { KioskSettings } from './kiosk-status';

declare global {
  interface Window {
    kiosk?: KioskApi;
  }
}
