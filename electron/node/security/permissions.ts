import { isAppUrl } from './navigation';

/**
 * Web permissions the page may have. Everything not listed is denied, for every origin; listed ones
 * are granted only to our own origin. Each entry says why the app needs it.
 */
export const PERMISSION_ALLOWLIST: Readonly<Record<string, string>> = {
  // The zoom viewer and video player use the Fullscreen API to fill the screen.
  fullscreen: 'zoom viewer and video player enter element fullscreen',
  // navigator.storage.persist() keeps the IndexedDB copy of the collection from being evicted
  // under disk pressure; losing it would force a full re-sync on a kiosk that may be offline.
  'persistent-storage': 'keeps the offline collection copy from eviction',
};

/**
 * Decision for both Electron permission hooks (request and check).
 * @param permission - Electron's permission name
 * @param requestingUrl - the requesting origin or URL; unparsable or foreign means deny
 */
export function permissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  if (!Object.hasOwn(PERMISSION_ALLOWLIST, permission)) return false;
  return requestingUrl !== undefined && isAppUrl(requestingUrl);
}
