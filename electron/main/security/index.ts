import { app, session, type WebContents } from 'electron';
import type { KioskLogger } from '../../node/storage/rotating-log';
import { denyDevicePermissions } from './devices';
import { denyDisplayMedia } from './display-media';
import { preventDownloads } from './downloads';
import { blockBrowserKeys } from './input-lock';
import { blockForeignNavigation } from './navigation';
import { restrictPermissions } from './permissions';
import { cancelNetworkRequests } from './request-filter';
import { preventWebviews } from './webview';
import { denyNewWindows } from './window-open';

/**
 * All lockdown rules in one place. Per-contents rules are applied to every webContents as it is
 * created (the window, any frame host, devtools in development), so none can be forgotten; session
 * rules are applied once to the default session, the only one the kiosk uses.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#checklist-security-recommendations
 */
function applyContentsRules(contents: WebContents, log: KioskLogger): void {
  blockForeignNavigation(contents, log);
  denyNewWindows(contents, log);
  preventWebviews(contents, log);
  blockBrowserKeys(contents, log);
}

/** Options for {@link setupSecurity}. */
export interface SecurityOptions {
  /** Development run: devtools and their network traffic are allowed. */
  dev: boolean;
  log: KioskLogger;
}

/** Registers every rule. Call once, before the window is created. */
export function setupSecurity({ dev, log }: SecurityOptions): void {
  const target = session.defaultSession;
  restrictPermissions(target, log);
  denyDevicePermissions(target, log);
  denyDisplayMedia(target, log);
  cancelNetworkRequests(target, dev, log);
  preventDownloads(target, log);
  app.on('web-contents-created', (_event, contents) => applyContentsRules(contents, log));
}
