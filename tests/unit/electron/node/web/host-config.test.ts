import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KioskLogger } from '../../../../../electron/node/storage/rotating-log';
import { webHostConfig } from '../../../../../electron/node/web/host-config';

// What `npm run web -- --config FILE` makes of the kiosk config.
const quiet: KioskLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };
let dir = '';
let configFile = '';

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'web-config-'));
  configFile = path.join(dir, 'kiosk-config.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('web host config', () => {
  it('without --config: no settings, the status open, and a warning that says so', () => {
    const config = webHostConfig(null, quiet);
    expect(config).toMatchObject({ ok: true, settings: undefined, admin: null, stallMs: undefined });
    expect(config.ok && config.lines.join('\n')).toMatch(/admin screen is open/);
  });

  it('a config without a PIN hash: settings, but the admin screen open, said at start', () => {
    writeFileSync(
      configFile,
      JSON.stringify({ idleTimeoutSec: 60, nightlyRelaunch: '03:00', colour: 'red' }),
    );
    const config = webHostConfig(configFile, quiet);
    if (!config.ok) throw new Error(config.message);
    expect(config.admin).toBeNull();
    expect(config.settings?.idleTimeoutSec).toBe(60);
    // The build watchdog's default (10 minutes) unless the config sets its own.
    expect(config.stallMs).toBe(10 * 60_000);
    expect(config.lines).toEqual([
      'config colour: unknown setting; ignored',
      expect.stringMatching(/^config nightlyRelaunch: used by the Electron kiosk only/),
      expect.stringMatching(/admin screen is open/),
    ]);
  });

  it("passes the config's buildStallMinutes on to the web host's build worker", () => {
    writeFileSync(configFile, JSON.stringify({ buildStallMinutes: 3 }));
    const config = webHostConfig(configFile, quiet);
    expect(config.ok && config.stallMs).toBe(3 * 60_000);
  });

  it('refuses a --config that does not exist, rather than running with an open admin screen', () => {
    const config = webHostConfig(path.join(dir, 'typo.json'), quiet);
    expect(config).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^No kiosk config at .*typo\.json/),
    });
  });
});
