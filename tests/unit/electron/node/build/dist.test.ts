import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { distArgs } from '../../../../../electron/node/build/dist';
import { ELECTRON_BUNDLES } from '../../../../../electron/node/build/bundle-electron';

const config = parse(readFileSync(new URL('../../../../../electron-builder.yml', import.meta.url), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('../../../../../package.json', import.meta.url), 'utf8'));

describe('electron-builder.yml', () => {
  it('flips every fuse the lockdown needs', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packages the bundles in an asar with the collection as an extra resource', () => {
    expect(config.asar).toBe(true);
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/);
    expect(config.productName).toBe(pkg.productName);
    expect(config.extraResources).toContainEqual({ from: 'collection', to: 'collection' });
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining([
        'dist/electron/collection-worker.cjs',
        'node_modules/sharp/**',
        'node_modules/detect-libc/**',
      ]),
    );
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**']));
  });

  it('targets AppImage, deb and dir on Linux and nsis on Windows', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb', 'dir']);
    expect(config.win.target).toEqual(['nsis']);
  });

  it('points package.json main at the bundled main process', () => {
    expect(pkg.main).toBe(`dist/electron/${ELECTRON_BUNDLES['electron/main/index.ts']}`);
    expect(config.extraMetadata.main).toBe(pkg.main);
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('npm run dist arguments', () => {
  it('builds normally without ELECTRON_DIST', () => {
    expect(distArgs({}, [])).toEqual(['--config', 'electron-builder.yml', '--publish', 'never']);
  });

  it('uses a local Electron and only the dir target with ELECTRON_DIST', () => {
    const args = distArgs({ ELECTRON_DIST: '/opt/electron' }, []);
    expect(args).toContain('-c.electronDist=/opt/electron');
    expect(args).toContain('--dir');
    expect(distArgs({ ELECTRON_DIST: '/opt/electron' }, ['--linux', 'AppImage'])).not.toContain('--dir');
  });

  it('turns the inspect fuse on only for the e2e variant', () => {
    const args = distArgs({ ELECTRON_DIST: '/opt/electron' }, ['--e2e']);
    expect(args).toContain('-c.electronFuses.enableNodeCliInspectArguments=true');
    expect(args).toContain('-c.directories.output=release/e2e');
    expect(args).not.toContain('--e2e');
    expect(distArgs({}, []).join(' ')).not.toContain('enableNodeCliInspectArguments');
  });
});

describe('packaged paths', () => {
  it('loads the collection worker from the unpacked folder next to the asar', async () => {
    const { resolveKioskPaths } = await import('../../../../../electron/main/paths');
    const packaged = resolveKioskPaths(
      true,
      '/opt/Batik Kiosk/resources/app.asar/dist/electron',
      '/opt/Batik Kiosk/resources',
    );
    expect(packaged.collectionWorker).toBe(
      '/opt/Batik Kiosk/resources/app.asar.unpacked/dist/electron/collection-worker.cjs',
    );
    expect(packaged.preload).toBe('/opt/Batik Kiosk/resources/app.asar/dist/electron/preload.cjs');
    expect(packaged.bundledCollection).toBe('/opt/Batik Kiosk/resources/collection');
    expect(resolveKioskPaths(false, '/p/dist/electron')).toMatchObject({
      collectionWorker: '/p/dist/electron/collection-worker.cjs',
      rendererRoot: '/p/dist/renderer',
      bundledCollection: '/p/collection',
    });
  });
});
