import type { Session } from 'electron';
import type { KioskLogger } from '../../node/storage/rotating-log';

/**
 * Threat: a download writes a file on the kiosk's disk and shows a save dialog a visitor could use to
 * browse the file system. The kiosk never downloads.
 * @see https://www.electronjs.org/docs/latest/tutorial/security (no downloads in a locked-down app)
 */
export function preventDownloads(target: Session, log: KioskLogger): void {
  target.on('will-download', (event, item) => {
    event.preventDefault();
    log.warn('blocked download', { url: item.getURL() });
  });
}
