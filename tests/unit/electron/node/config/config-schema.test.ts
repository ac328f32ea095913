import { describe, expect, it } from 'vitest';
import { defaultConfig, validateConfig } from '../../../../../electron/node/config/config-schema';

describe('validateConfig', () => {
  it('accepts a full valid config', () => {
    const raw = {
      collectionDir: '/media/usb/koleksi',
      languages: ['id', 'en', 'jv'],
      defaultLanguage: 'en',
      idleTimeoutSec: 120,
      idleCountdownSec: 20,
      nightlyRelaunch: '03:30',
      memoryLimitMB: 4096,
      buildStallMinutes: 20,
      publicBaseUrl: 'https://museum.example/koleksi/',
      publishUrl: 'http://10.0.0.2/batik/',
      publishKeys: ['keys/publish.pub'],
      publishIntervalMinutes: 10,
      fleetUrl: 'http://10.0.0.5:5190/heartbeat',
      fleetTokenFile: 'fleet-token.txt',
      kioskName: 'Ruang Pesisiran',
      fleetIntervalMinutes: 2,
      insightsRawDays: 90,
      adminPinHash: `scrypt$1024$8$1$${Buffer.alloc(16).toString('base64')}$${Buffer.alloc(32).toString('base64')}`,
    };
    expect(validateConfig(raw)).toEqual({ config: raw, problems: [] });
  });

  it('falls back per field and names each bad field', () => {
    const { config, problems } = validateConfig({
      idleTimeoutSec: 'soon',
      nightlyRelaunch: '3am',
      memoryLimitMB: 10,
      publicBaseUrl: 'javascript:alert(1)',
      adminPinHash: '1234',
      insightsRawDays: 0,
      languages: ['id', 'en'],
      colour: 'red',
    });
    const defaults = defaultConfig();
    expect(config).toEqual({ ...defaults, languages: ['id', 'en'] });
    expect(problems.map((p) => p.field).sort()).toEqual(
      [
        'adminPinHash',
        'colour',
        'idleTimeoutSec',
        'insightsRawDays',
        'memoryLimitMB',
        'nightlyRelaunch',
        'publicBaseUrl',
      ].sort(),
    );
    expect(problems.find((p) => p.field === 'nightlyRelaunch')?.message).toMatch(/HH:MM.*using default/);
  });

  it('moves a default language that is not offered to the first language', () => {
    const { config, problems } = validateConfig({ languages: ['en', 'jv'], defaultLanguage: 'id' });
    expect(config.defaultLanguage).toBe('en');
    expect(problems).toEqual([
      { field: 'defaultLanguage', message: expect.stringContaining('not in languages') },
    ]);
  });

  it('leaves languages to the collection by default, and takes null as that choice', () => {
    expect(defaultConfig()).toMatchObject({ languages: null, defaultLanguage: null });
    const { config, problems } = validateConfig({ languages: null, defaultLanguage: 'jv' });
    expect(config).toMatchObject({ languages: null, defaultLanguage: 'jv' });
    expect(problems).toEqual([]);
  });

  it.each([null, 42, 'text', [1, 2]])('uses defaults when the file holds %j', (raw) => {
    const { config, problems } = validateConfig(raw);
    expect(config).toEqual(defaultConfig());
    expect(problems[0].field).toBe('(file)');
  });
});
