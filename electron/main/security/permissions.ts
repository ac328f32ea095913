import type { Session } from 'electron';
import { permissionAllowed } from '../../node/security/permissions';
import type { KioskLogger } from '../../node/storage/rotating-log';

/**
 * Threat: the page (or injected content) asks for the camera, microphone, location, notifications,
 * USB or serial devices... Electron grants most requests by default. Both the request and the
 * synchronous check hooks deny everything except the commented allowlist in `permissions.ts`.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#5-handle-session-permission-requests-from-remote-content
 */
export function restrictPermissions(target: Session, log: KioskLogger): void {
  target.setPermissionRequestHandler((contents, permission, callback, details) => {
    const allowed = permissionAllowed(permission, details.requestingUrl ?? contents.getURL());
    if (!allowed) log.warn('denied permission request', { permission, url: details.requestingUrl });
    callback(allowed);
  });
  target.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionAllowed(permission, requestingOrigin),
  );
}
