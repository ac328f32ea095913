import { describe, expect, it } from 'vitest';
import { PERMISSION_ALLOWLIST, permissionAllowed } from '../../../../../electron/node/security/permissions';

describe('permissionAllowed', () => {
  it('grants allow-listed permissions to the app origin only', () => {
    expect(permissionAllowed('fullscreen', 'kiosk://app/')).toBe(true);
    expect(permissionAllowed('persistent-storage', 'kiosk://app')).toBe(true);
    expect(permissionAllowed('fullscreen', 'kiosk://evil/')).toBe(false);
    expect(permissionAllowed('fullscreen', 'https://example.org/')).toBe(false);
    expect(permissionAllowed('fullscreen', undefined)).toBe(false);
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'openExternal',
    'clipboard-read',
    'display-capture',
    'hid',
    'serial',
    'usb',
    'midiSysex',
    'pointerLock',
    'keyboardLock',
    'window-management',
    'unknown',
    'toString',
    '__proto__',
  ])('denies %s even to the app origin', (permission) => {
    expect(permissionAllowed(permission, 'kiosk://app/')).toBe(false);
  });

  it('gives a reason for every allow-listed permission', () => {
    for (const reason of Object.values(PERMISSION_ALLOWLIST)) expect(reason.length).toBeGreaterThan(10);
  });
});
