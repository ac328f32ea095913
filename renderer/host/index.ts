/**
 * The host room's public face: the one place in the page that knows whether it runs in Electron
 * (`window.kiosk`) or under the web host (`/api/*`). See README.md.
 */
export { currentHost } from './choose-host';
export type { HostAdmin } from './host';
export { useKioskSettings } from './kiosk-settings';
export { useHeartbeat } from './use-heartbeat';
