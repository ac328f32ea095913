import { describe, expect, it } from 'vitest';
import { parseHash, routeHash } from '../../../../renderer/navigation/router';

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
