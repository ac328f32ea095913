import { beforeEach, describe, expect, it, vi } from 'vitest';
import { setupSecurity } from '../../../../../electron/main/security';
import { app, FakeWebContents, resetElectronMock, session } from '../../../../mocks/electron';
import { fakeLog } from '../fake-context';

function preventable<T extends object>(fields: T) {
  return { ...fields, preventDefault: vi.fn() };
}

describe('setupSecurity', () => {
  beforeEach(() => resetElectronMock());

  const install = (dev = false) => {
    const log = fakeLog();
    setupSecurity({ dev, log });
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    return { contents, log, target: session.defaultSession };
  };

  it('blocks navigation, frame navigation and redirects off kiosk://app', () => {
    const { contents } = install();
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of [
        'kiosk://app.evil/',
        'kiosk://app@evil/',
        'file:///etc/passwd',
        'https://example.org/',
        'javascript:alert(1)',
      ]) {
        const e = preventable({ url });
        contents.emit(event, e);
        expect(e.preventDefault, `${event} ${url}`).toHaveBeenCalled();
      }
      const ok = preventable({ url: 'kiosk://app/piece/x' });
      contents.emit(event, ok);
      expect(ok.preventDefault).not.toHaveBeenCalled();
    }
  });

  it('denies every new window', () => {
    const { contents } = install();
    expect(contents.windowOpenHandler).not.toBeNull();
    for (const url of ['kiosk://app/', 'https://example.org/']) {
      expect(contents.windowOpenHandler?.({ url } as never)).toEqual({ action: 'deny' });
    }
  });

  it('prevents webviews and swallows blocked keys only', () => {
    const { contents } = install();
    const webview = preventable({});
    contents.emit('will-attach-webview', webview, {}, { src: 'https://example.org' });
    expect(webview.preventDefault).toHaveBeenCalled();

    const keyEvent = (key: string, mods = {}) => {
      const e = preventable({});
      contents.emit('before-input-event', e, {
        type: 'keyDown',
        key,
        control: false,
        shift: false,
        alt: false,
        meta: false,
        ...mods,
      });
      return e.preventDefault;
    };
    expect(keyEvent('F12')).toHaveBeenCalled();
    expect(keyEvent('r', { control: true })).toHaveBeenCalled();
    expect(keyEvent('F4', { alt: true })).toHaveBeenCalled();
    expect(keyEvent('a')).not.toHaveBeenCalled();
    expect(keyEvent('Enter')).not.toHaveBeenCalled();
  });

  it('denies permission requests and checks except the allowlist on our origin', () => {
    const { target, contents } = install();
    const request = (permission: string, requestingUrl: string) => {
      const callback = vi.fn();
      target.permissionRequestHandler?.(
        contents as never,
        permission as never,
        callback as never,
        { requestingUrl } as never,
      );
      return callback.mock.calls[0][0];
    };
    expect(request('media', 'kiosk://app/')).toBe(false);
    expect(request('geolocation', 'kiosk://app/')).toBe(false);
    expect(request('notifications', 'kiosk://app/')).toBe(false);
    expect(request('fullscreen', 'kiosk://app/')).toBe(true);
    expect(request('fullscreen', 'https://example.org/')).toBe(false);
    expect(target.permissionCheckHandler?.(null as never, 'media' as never, 'kiosk://app' as never)).toBe(
      false,
    );
    expect(
      target.permissionCheckHandler?.(null as never, 'persistent-storage' as never, 'kiosk://app' as never),
    ).toBe(true);
  });

  it('denies every USB, HID and serial device, even to our own origin', () => {
    const { target, log } = install();
    expect(target.setDevicePermissionHandler).toHaveBeenCalledTimes(1);
    for (const deviceType of ['usb', 'hid', 'serial']) {
      expect(
        target.devicePermissionHandler?.({ deviceType, origin: 'kiosk://app', device: {} } as never),
      ).toBe(false);
    }
    expect(log.warn).toHaveBeenCalledWith('denied device permission', {
      deviceType: 'usb',
      origin: 'kiosk://app',
    });
  });

  it('refuses every screen capture request with a clean refusal', () => {
    const { target, log } = install();
    expect(target.setDisplayMediaRequestHandler).toHaveBeenCalledTimes(1);
    const callback = vi.fn();
    target.displayMediaRequestHandler?.(
      { securityOrigin: 'kiosk://app/', videoRequested: true, audioRequested: true } as never,
      callback as never,
    );
    // null, not {}: Electron rejects the page's promise for null, and throws in main for an empty answer.
    expect(callback).toHaveBeenCalledWith(null);
    expect(log.warn).toHaveBeenCalledWith('denied screen capture', { origin: 'kiosk://app/' });
  });

  it('cancels network requests in production but not local ones', () => {
    const { target } = install(false);
    const verdict = (url: string) => {
      const callback = vi.fn();
      target.beforeRequestListener?.({ url } as never, callback as never);
      return callback.mock.calls[0][0];
    };
    expect(verdict('https://example.org/x.js')).toEqual({ cancel: true });
    expect(verdict('ws://127.0.0.1:9222/')).toEqual({ cancel: true });
    expect(verdict('kiosk://app/index.html')).toEqual({ cancel: false });
    expect(verdict('devtools://devtools/x')).toEqual({ cancel: true });
  });

  it('lets devtools through in development', () => {
    const { target } = install(true);
    const callback = vi.fn();
    target.beforeRequestListener?.({ url: 'devtools://devtools/x' } as never, callback as never);
    expect(callback).toHaveBeenCalledWith({ cancel: false });
  });

  it('prevents downloads', () => {
    const { target } = install();
    const e = preventable({});
    target.emit('will-download', e, { getURL: () => 'kiosk://app/collection/x.zip' }, null);
    expect(e.preventDefault).toHaveBeenCalled();
  });
});
