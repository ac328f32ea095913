import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkUrlPath, isInside, resolveInsideRoot } from '../../../../../electron/node/server/containment';

describe('checkUrlPath on raw strings', () => {
  // Raw forms the URL parser would normally fold away: the check must not depend on that.
  it.each([
    ['/collection/../secret.txt', 'dot-segment'],
    ['/collection/./manifest.json', 'dot-segment'],
    ['/collection/%2e%2e/secret.txt', 'dot-segment'],
    ['/collection/%2E%2E/secret.txt', 'dot-segment'],
    ['/collection\\..\\secret.txt', 'backslash'],
    ['/collection/a%5Cb.json', 'backslash'],
    ['collection/manifest.json', 'not-absolute'],
    ['/c:%5cwindows', 'backslash'],
    ['/C%3A/windows.txt', 'drive-or-stream'],
    ['/a/%00', 'nul'],
    ['/a/%7f.txt', 'control-char'],
    ['/a/%25', 'double-encoding'],
    ['/a/%zz', 'bad-encoding'],
    ['/collection/manifest.json.', 'windows-alias'],
    ['/collection/manifest.json%20', 'windows-alias'],
    ['/collection/media./a.png', 'windows-alias'],
    ['/collection/aux.json', 'windows-alias'],
    ['/collection/CON', 'windows-alias'],
    ['/collection/media/com1.png', 'windows-alias'],
    ['/collection/lpt%C2%B9.txt', 'windows-alias'],
  ])('%s -> %s', (input, reason) => {
    expect(checkUrlPath(input)).toEqual({ ok: false, reason });
  });

  it('decodes each segment exactly once', () => {
    expect(checkUrlPath('/collection/media/kain%20panjang.webp')).toEqual({
      ok: true,
      segments: ['collection', 'media', 'kain panjang.webp'],
    });
    expect(checkUrlPath('/motif/parang-r%C3%BAsak')).toEqual({
      ok: true,
      segments: ['motif', 'parang-rúsak'],
    });
    // Names that merely start like a device are ordinary.
    expect(checkUrlPath('/collection/console.json')).toMatchObject({ ok: true });
    expect(checkUrlPath('/collection/media/auxiliary-3f9a0c1d.webp')).toMatchObject({ ok: true });
  });

  it('treats the root and one trailing slash as fine', () => {
    expect(checkUrlPath('/')).toEqual({ ok: true, segments: [] });
    expect(checkUrlPath('/pieces/')).toEqual({ ok: true, segments: ['pieces'] });
    expect(checkUrlPath('/pieces//')).toEqual({ ok: false, reason: 'empty-segment' });
  });
});

describe('isInside', () => {
  it.each([
    ['/srv/root', '/srv/root', true],
    ['/srv/root', '/srv/root/a/b.json', true],
    ['/srv/root', '/srv/root/..data.json', true],
    ['/srv/root', '/srv/root-evil/a.json', false],
    ['/srv/root', '/srv/a.json', false],
    ['/srv/root', '/etc/passwd', false],
  ])('%s contains %s: %s', (root, candidate, inside) => {
    expect(isInside(root, candidate)).toBe(inside);
  });
});

describe('resolveInsideRoot', () => {
  it('follows symlinks and refuses targets outside the real root, even when the root is a symlink', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'kiosk-contain-'));
    try {
      await mkdir(path.join(base, 'real-root/media'), { recursive: true });
      await writeFile(path.join(base, 'real-root/media/a.png'), 'a');
      await writeFile(path.join(base, 'secret.png'), 's');
      await symlink(path.join(base, 'real-root'), path.join(base, 'root-link'));
      await symlink('../../secret.png', path.join(base, 'real-root/media/relative-escape.png'));

      const root = path.join(base, 'root-link');
      expect(await resolveInsideRoot(root, ['media', 'a.png'])).toEqual({
        ok: true,
        file: path.join(base, 'real-root/media/a.png'),
      });
      expect(await resolveInsideRoot(root, ['media', 'relative-escape.png'])).toEqual({
        ok: false,
        reason: 'outside-root',
      });
      expect(await resolveInsideRoot(root, ['media', 'none.png'])).toEqual({
        ok: false,
        reason: 'not-found',
      });
      expect(await resolveInsideRoot(path.join(base, 'gone'), ['a.png'])).toEqual({
        ok: false,
        reason: 'root-missing',
      });
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});
