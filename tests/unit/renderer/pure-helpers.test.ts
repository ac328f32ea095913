import { describe, expect, it } from 'vitest';
import type { MediaRecord } from '../../../electron/shared/collection-records';
import { parseHash, routeHash } from '../../../renderer/navigation/router';
import { pickText } from '../../../renderer/i18n/content-text';
import { mainMedia, thumbUrl } from '../../../renderer/ui/media-urls';

describe('pickText: content language with the collection fallback order', () => {
  const fallback = ['id', 'en'];
  it('uses the visitor language when the text has it', () => {
    expect(pickText({ id: 'Kain', en: 'Cloth', jv: 'Sinjang' }, 'jv', fallback)).toBe('Sinjang');
  });
  it('falls back in the manifest order, skipping empty strings', () => {
    expect(pickText({ id: '', en: 'Cloth' }, 'jv', fallback)).toBe('Cloth');
    expect(pickText({ id: 'Kain', en: 'Cloth' }, 'jv', fallback)).toBe('Kain');
  });
  it('shows any language rather than nothing, and nothing for a missing map', () => {
    expect(pickText({ nl: 'Doek' }, 'en', fallback)).toBe('Doek');
    expect(pickText(undefined, 'en', fallback)).toBe('');
  });
});

describe('hash routes', () => {
  it('round-trips a piece id, including characters that need escaping', () => {
    const route = { name: 'piece', id: 'kain/1900 #2' } as const;
    expect(parseHash(routeHash(route))).toEqual(route);
  });
  it('treats anything unknown as the home grid', () => {
    expect(parseHash('')).toEqual({ name: 'home' });
    expect(parseHash('#/nowhere/x')).toEqual({ name: 'home' });
    expect(parseHash('#/piece/')).toEqual({ name: 'home' });
  });
});

describe('media URLs', () => {
  const media = (view: MediaRecord['view'], thumbs: MediaRecord['thumbs']): MediaRecord => ({
    id: view,
    view,
    alt: { id: '' },
    illustrative: true,
    width: 100,
    height: 100,
    thumbs,
    display: `media/${view}-display.webp`,
    palette: [],
  });
  it('picks the smallest thumbnail that is large enough, else the largest', () => {
    const m = media('full', [
      { size: 256, src: 'a.webp' },
      { size: 512, src: 'b.webp' },
      { size: 1024, src: 'c.webp' },
    ]);
    expect(thumbUrl(m, 400)).toBe('collection/b.webp');
    expect(thumbUrl(m, 2000)).toBe('collection/c.webp');
    expect(thumbUrl(media('full', []), 400)).toBe('collection/media/full-display.webp');
  });
  it('prefers the full view as the main image', () => {
    expect(mainMedia([media('detail', []), media('full', [])])?.view).toBe('full');
    expect(mainMedia([media('detail', [])])?.view).toBe('detail');
    expect(mainMedia([])).toBeUndefined();
  });
});

describe('router covers every screen', () => {
  it('round-trips each route through its hash', () => {
    const routes = [
      { name: 'attract' },
      { name: 'home' },
      { name: 'browse' },
      { name: 'colours' },
      { name: 'piece', id: 'jlamprang tulis/1900' },
      { name: 'compare', a: 'a-1', b: 'b-2' },
      { name: 'motifs' },
      { name: 'motif', id: 'mega-mendung' },
      { name: 'search' },
      { name: 'admin' },
    ] as const;
    for (const route of routes) expect(parseHash(routeHash(route))).toEqual(route);
  });

  it('sends malformed or unknown hashes home', () => {
    for (const hash of [
      '#/nowhere',
      '#/piece',
      '#/piece/%E0%A4%A',
      '#/compare/a',
      '#/motif/a/b',
      '#/browse/x',
    ]) {
      expect(parseHash(hash)).toEqual({ name: 'home' });
    }
  });
});
