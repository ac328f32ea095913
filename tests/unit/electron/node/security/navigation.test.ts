import { describe, expect, it } from 'vitest';
import {
  APP_START_URL,
  isAppUrl,
  navigationAllowed,
  windowOpenAllowed,
} from '../../../../../electron/node/security/navigation';

describe('navigationAllowed', () => {
  it.each([
    APP_START_URL,
    'kiosk://app/',
    'kiosk://app/piece/kain-1?lang=en#top',
    'kiosk://app/collection/manifest.json',
  ])('allows the app origin: %s', (url) => expect(navigationAllowed(url)).toBe(true));

  it.each([
    'kiosk://app.evil/',
    'kiosk://evil/',
    'kiosk://app@evil/',
    'kiosk://user:pw@app/',
    'kiosk://app:8080/',
    'kiosk://ap/',
    'kiosk:app',
    'kiosk:///app/',
    'file:///etc/passwd',
    'file:///C:/Windows/win.ini',
    'http://127.0.0.1/',
    'http://localhost:5173/',
    'https://app/',
    'https://example.org/kiosk://app/',
    'javascript:alert(1)',
    'data:text/html,<h1>hi</h1>',
    'about:blank',
    'chrome://gpu',
    'devtools://devtools/bundled/inspector.html',
    'blob:kiosk://app/1234',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(navigationAllowed(url)).toBe(false);
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('windowOpenAllowed', () => {
  it.each(['kiosk://app/', 'https://example.org/', 'about:blank'])(
    'denies %s, even our own origin',
    (url) => {
      expect(windowOpenAllowed(url)).toBe(false);
    },
  );
});
