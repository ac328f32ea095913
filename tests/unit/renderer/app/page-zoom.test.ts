import { describe, expect, it } from 'vitest';
import { isZoomChord, pageIsZoomed, unzoomedReloadUrl } from '../../../../renderer/app/page-zoom';

const key = (k: string, code: string, mods: { ctrlKey?: boolean; metaKey?: boolean } = {}) => ({
  key: k,
  code,
  ctrlKey: mods.ctrlKey ?? false,
  metaKey: mods.metaKey ?? false,
});

describe('isZoomChord', () => {
  it('knows ctrl or cmd with plus, equals, minus and zero, on the main keys and the keypad', () => {
    expect(isZoomChord(key('+', 'Equal', { ctrlKey: true }))).toBe(true);
    expect(isZoomChord(key('=', 'Equal', { ctrlKey: true }))).toBe(true);
    expect(isZoomChord(key('-', 'Minus', { metaKey: true }))).toBe(true);
    expect(isZoomChord(key('0', 'Digit0', { ctrlKey: true }))).toBe(true);
    expect(isZoomChord(key('Add', 'NumpadAdd', { ctrlKey: true }))).toBe(true);
    // A layout where the zoom key types another character still has the physical key's code.
    expect(isZoomChord(key('ß', 'Minus', { ctrlKey: true }))).toBe(true);
  });

  it('leaves typing and other shortcuts alone', () => {
    expect(isZoomChord(key('+', 'Equal'))).toBe(false);
    expect(isZoomChord(key('0', 'Digit0'))).toBe(false);
    expect(isZoomChord(key('a', 'KeyA', { ctrlKey: true }))).toBe(false);
  });
});

describe('pageIsZoomed', () => {
  it('is true only for a visual viewport scaled away from 1', () => {
    expect(pageIsZoomed({ scale: 1 })).toBe(false);
    expect(pageIsZoomed({ scale: 1.0000001 })).toBe(false);
    expect(pageIsZoomed({ scale: 4 })).toBe(true);
    expect(pageIsZoomed(null)).toBe(false);
    expect(pageIsZoomed(undefined)).toBe(false);
  });
});

describe('unzoomedReloadUrl', () => {
  it('toggles an empty trailing query part, so each reset is a new load and the URL never grows', () => {
    expect(unzoomedReloadUrl('kiosk://app/#/browse', '#/attract')).toBe('kiosk://app/?#/attract');
    expect(unzoomedReloadUrl('kiosk://app/?#/browse', '#/attract')).toBe('kiosk://app/#/attract');
    expect(unzoomedReloadUrl('http://127.0.0.1:5180/?idle=3#/x', '#/attract')).toBe(
      'http://127.0.0.1:5180/?idle=3&#/attract',
    );
    expect(unzoomedReloadUrl('http://127.0.0.1:5180/?idle=3&#/x', '#/attract')).toBe(
      'http://127.0.0.1:5180/?idle=3#/attract',
    );
  });
});
