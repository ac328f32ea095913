import type { Session } from 'electron';
import type { KioskLogger } from '../../node/storage/rotating-log';

/**
 * Threat: the page (or content injected into it) reaches a USB, HID or serial device plugged into
 * the kiosk PC - a barcode scanner, a maintenance dongle, the touch controller itself - through
 * WebUSB, WebHID or Web Serial. Electron's default lets a device a page once selected stay granted.
 * The kiosk uses no device from the page, so every device check is refused.
 * @see https://www.electronjs.org/docs/latest/api/session#sessetdevicepermissionhandlerhandler
 */
export function denyDevicePermissions(target: Session, log: KioskLogger): void {
  target.setDevicePermissionHandler((details) => {
    log.warn('denied device permission', { deviceType: details.deviceType, origin: details.origin });
    return false;
  });
}
