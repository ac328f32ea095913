import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  findElectronBinary,
  isStale,
  type BinaryProbe,
} from '../../../../../electron/node/build/launch-plan';

const pkg = '/proj/node_modules/electron';

function probe(
  files: Record<string, string>,
  env: Record<string, string> = {},
  platform: NodeJS.Platform = 'linux',
): BinaryProbe {
  return {
    env,
    platform,
    electronPackageDir: pkg,
    exists: (file) => file in files,
    readText: (file) => files[file] ?? null,
  };
}

describe('findElectronBinary', () => {
  it('uses ELECTRON_OVERRIDE_DIST_PATH when it holds the executable', () => {
    const decision = findElectronBinary(
      probe({ '/opt/electron-45/electron': '' }, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/electron-45' }),
    );
    expect(decision).toEqual({ ok: true, executable: '/opt/electron-45/electron', source: 'override' });
  });

  it('names the missing file when the override points nowhere', () => {
    const decision = findElectronBinary(probe({}, { ELECTRON_OVERRIDE_DIST_PATH: '/opt/none' }));
    expect(decision.ok).toBe(false);
    expect(!decision.ok && decision.message).toContain('/opt/none/electron does not exist');
  });

  it('uses the installed binary recorded in path.txt', () => {
    const decision = findElectronBinary(
      probe({ [`${pkg}/path.txt`]: 'electron', [`${pkg}/dist/electron`]: '' }),
    );
    expect(decision).toEqual({
      ok: true,
      executable: path.join(pkg, 'dist', 'electron'),
      source: 'installed',
    });
  });

  it.each([
    ['nothing installed (this machine)', {}],
    ['path.txt without the dist folder', { [`${pkg}/path.txt`]: 'electron' }],
  ])('refuses, without downloading, when %s', (_name, files) => {
    const decision = findElectronBinary(probe(files));
    expect(decision.ok).toBe(false);
    const message = !decision.ok ? decision.message : '';
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(message).toContain('npm run web');
  });

  it('knows the executable name per platform', () => {
    const win = findElectronBinary(
      probe({ 'C:/e/electron.exe': '' }, { ELECTRON_OVERRIDE_DIST_PATH: 'C:/e' }, 'win32'),
    );
    expect(win).toMatchObject({ ok: true });
    const mac = findElectronBinary(
      probe(
        { '/e/Electron.app/Contents/MacOS/Electron': '' },
        { ELECTRON_OVERRIDE_DIST_PATH: '/e' },
        'darwin',
      ),
    );
    expect(mac).toMatchObject({ ok: true });
  });
});

describe('isStale', () => {
  it('rebuilds when the output is missing or older than its sources', () => {
    expect(isStale('out', 100, () => null)).toBe(true);
    expect(isStale('out', 100, () => 50)).toBe(true);
    expect(isStale('out', 100, () => 100)).toBe(false);
  });
});
