import { describe, expect, it } from 'vitest';
import { requestAllowed } from '../../../../../electron/node/security/request-filter';

describe('requestAllowed', () => {
  it.each([
    'kiosk://app/index.html',
    'kiosk://app/collection/manifest.json',
    'data:image/png;base64,AAAA',
    'blob:kiosk://app/3f2a',
  ])('always allows local %s', (url) => {
    expect(requestAllowed(url, { dev: false })).toBe(true);
    expect(requestAllowed(url, { dev: true })).toBe(true);
  });

  it.each([
    'http://127.0.0.1:8080/',
    'https://example.org/tracker.js',
    'ws://127.0.0.1:9222/',
    'wss://example.org/socket',
    'devtools://devtools/bundled/inspector.html',
  ])('cancels %s in production and allows it in development', (url) => {
    expect(requestAllowed(url, { dev: false })).toBe(false);
    expect(requestAllowed(url, { dev: true })).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'ftp://example.org/',
    'kiosk://evil/x.js',
    'kiosk://app@evil/',
    'chrome://gpu',
    '%%',
  ])('always cancels %s', (url) => {
    expect(requestAllowed(url, { dev: false })).toBe(false);
    expect(requestAllowed(url, { dev: true })).toBe(false);
  });
});
