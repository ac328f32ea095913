import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  defaultUserDataDir,
  loadConfig,
  resolveConfigPath,
  updateConfigField,
} from '../../../../../electron/node/config/config-file';
import { defaultConfig } from '../../../../../electron/node/config/config-schema';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'kiosk-config-'));

describe('loadConfig', () => {
  it('gives defaults without problems when the file does not exist', () => {
    const loaded = loadConfig(path.join(tmp(), 'none.json'));
    expect(loaded).toMatchObject({ exists: false, config: defaultConfig(), problems: [] });
  });

  it('never throws on broken JSON', () => {
    const file = path.join(tmp(), 'kiosk-config.json');
    writeFileSync(file, '{ "idleTimeoutSec": 60, ');
    const loaded = loadConfig(file);
    expect(loaded.config).toEqual(defaultConfig());
    expect(loaded.problems[0]).toMatchObject({ field: '(file)', message: expect.stringMatching(/JSON/) });
  });
});

describe('updateConfigField', () => {
  it('sets one field and keeps the others as written', () => {
    const file = path.join(tmp(), 'sub', 'kiosk-config.json');
    updateConfigField(file, 'idleTimeoutSec', 60);
    writeFileSync(file, JSON.stringify({ idleTimeoutSec: 60, languages: 'oops' }));
    updateConfigField(file, 'adminPinHash', 'scrypt$x');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      idleTimeoutSec: 60,
      languages: 'oops',
      adminPinHash: 'scrypt$x',
    });
  });

  it('refuses to overwrite a file that is not a JSON object', () => {
    const file = path.join(tmp(), 'kiosk-config.json');
    writeFileSync(file, '[]');
    expect(() => updateConfigField(file, 'adminPinHash', 'x')).toThrow(/JSON object/);
  });
});

describe('config path', () => {
  it('prefers --config, then KIOSK_CONFIG, then the user-data folder', () => {
    const userData = '/home/kiosk/.config/Batik Kiosk';
    expect(resolveConfigPath(['--config', '/etc/kiosk.json'], { KIOSK_CONFIG: '/x.json' }, userData)).toBe(
      '/etc/kiosk.json',
    );
    expect(resolveConfigPath(['--config=/etc/k2.json'], {}, userData)).toBe('/etc/k2.json');
    expect(resolveConfigPath([], { KIOSK_CONFIG: '/x.json' }, userData)).toBe('/x.json');
    expect(resolveConfigPath([], {}, userData)).toBe(path.join(userData, 'kiosk-config.json'));
  });

  it("matches Electron's default user-data folders", () => {
    expect(defaultUserDataDir('linux', {}, '/home/k')).toBe('/home/k/.config/Batik Kiosk');
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/k')).toBe('/cfg/Batik Kiosk');
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\k\\AppData\\Roaming' }, 'C:\\Users\\k')).toBe(
      'C:\\Users\\k\\AppData\\Roaming\\Batik Kiosk',
    );
    expect(defaultUserDataDir('darwin', {}, '/Users/k')).toBe(
      '/Users/k/Library/Application Support/Batik Kiosk',
    );
  });
});
