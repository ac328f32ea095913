import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyPin } from '../../../../../electron/node/admin/pin';
import { runKioskConfigCli, type KioskConfigCliIo } from '../../../../../electron/node/cli/kiosk-config';
import { loadConfig } from '../../../../../electron/node/config/config-file';
import { runCli } from './run-cli';

function io(answers: (string | null)[] = [], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'kiosk-cli-'));
  const value: KioskConfigCliIo = {
    env: {},
    userDataDir,
    askSecret: async () => answers.shift() ?? null,
    readStdin: async () => stdin,
    print: (line) => out.push(line),
    printError: (line) => err.push(line),
  };
  return { io: value, out, err, configFile: path.join(userDataDir, 'kiosk-config.json') };
}

describe('npm run kiosk-config -- set-pin', () => {
  it('asks twice and writes a verifiable hash into the user-data config', async () => {
    const t = io(['7391', '7391']);
    expect(await runKioskConfigCli(['set-pin'], t.io)).toBe(0);
    const { config, problems } = loadConfig(t.configFile);
    expect(problems).toEqual([]);
    expect(await verifyPin('7391', config.adminPinHash)).toBe(true);
    expect(readFileSync(t.configFile, 'utf8')).not.toContain('7391');
  });

  it('starts the new PIN with a clean lockout beside the config', async () => {
    const t = io(['7391', '7391']);
    const lockout = path.join(t.io.userDataDir, 'admin-lockout.json');
    writeFileSync(lockout, JSON.stringify({ failures: 9, lockedAt: Date.now(), lockMs: 3_600_000 }));
    expect(await runKioskConfigCli(['set-pin'], t.io)).toBe(0);
    expect(JSON.parse(readFileSync(lockout, 'utf8'))).toEqual({ failures: 0, lockedAt: 0, lockMs: 0 });
  });

  it('changes nothing when the two entries differ or the PIN is not digits', async () => {
    const t = io(['7391', '7392']);
    expect(await runKioskConfigCli(['set-pin'], t.io)).toBe(1);
    expect(t.err[0]).toMatch(/differ/);
    const u = io(['12ab', '12ab']);
    expect(await runKioskConfigCli(['set-pin'], u.io)).toBe(1);
    expect(loadConfig(u.configFile).exists).toBe(false);
  });

  it('reads --pin-stdin and honours --config, keeping other fields', async () => {
    const t = io([], '246810\n');
    const file = path.join(t.io.userDataDir, 'elsewhere.json');
    writeFileSync(file, JSON.stringify({ idleTimeoutSec: 45 }));
    expect(await runKioskConfigCli(['set-pin', '--pin-stdin', '--config', file], t.io)).toBe(0);
    const loaded = loadConfig(file);
    expect(loaded.config.idleTimeoutSec).toBe(45);
    expect(await verifyPin('246810', loaded.config.adminPinHash)).toBe(true);
  });

  it('explains --pin-stdin when there is no terminal', async () => {
    const t = io([null]);
    expect(await runKioskConfigCli(['set-pin'], t.io)).toBe(1);
    expect(t.err[0]).toMatch(/--pin-stdin/);
  });
});

describe('npm run kiosk-config -- check-config', () => {
  it('shows the values used, hides the hash, and lists problems', async () => {
    const t = io();
    writeFileSync(t.configFile, JSON.stringify({ idleTimeoutSec: 'x', adminPinHash: null }));
    expect(await runKioskConfigCli(['check-config'], t.io)).toBe(1);
    expect(t.out.join('\n')).toContain('"idleTimeoutSec": 90');
    expect(t.err).toEqual([expect.stringMatching(/^problem idleTimeoutSec/)]);
  });

  it('prints usage for an unknown command', async () => {
    const t = io();
    expect(await runKioskConfigCli(['frobnicate'], t.io)).toBe(2);
    expect(t.err[0]).toMatch(/Usage/);
  });
});

describe('npm run kiosk-config -- keygen', () => {
  it('writes a private key only the owner reads and a public key, and never overwrites a private key', async () => {
    const t = io();
    const dir = path.join(t.io.userDataDir, 'keys');
    expect(await runKioskConfigCli(['keygen', '--out', dir], t.io)).toBe(0);
    expect(t.out[0]).toMatch(
      /publish\.key \(private: keep it on the publishing machine only\) and .*publish\.pub \(key [0-9a-f]{16}/,
    );
    expect(statSync(path.join(dir, 'publish.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(path.join(dir, 'publish.pub'), 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    const before = readFileSync(path.join(dir, 'publish.key'), 'utf8');
    expect(await runKioskConfigCli(['keygen', '--out', dir], t.io)).toBe(1);
    expect(t.err.at(-1)).toMatch(/exists already: move it away first/);
    expect(readFileSync(path.join(dir, 'publish.key'), 'utf8')).toBe(before);
    expect(await runKioskConfigCli(['keygen'], t.io)).toBe(1);
  });
});

describe('npm run kiosk -- insights', () => {
  it('says where the insights live in this user-data folder, that nothing leaves without a fleet URL, and how to export and reset', async () => {
    const t = io();
    expect(await runKioskConfigCli(['insights'], t.io)).toBe(0);
    const text = t.out.join('\n');
    expect(text).toContain(path.join(t.io.userDataDir, 'IndexedDB'));
    expect(text).toContain('"kiosk-insights"');
    expect(text).toContain('in the profile of the browser that shows the page');
    expect(text).toMatch(/names none \(fleetUrl\): this kiosk sends nothing/);
    expect(text).toContain('Admin screen -> "Wawasan pengunjung" (Visitor insights) -> "Ekspor data"');
    expect(text).toContain('kiosk-insights-YYYY-MM-DD-HHMM');
    expect(text).toContain('kiosk-insights-YYYY-MM-DD.zip');
    expect(text).toMatch(/Reset\n {2}Admin screen -> "Wawasan pengunjung" -> "Hapus semua data kunjungan"/);
    expect(t.err).toEqual([]);
  });

  it('names the fleet receiver the config sends the daily counts to', async () => {
    const t = io();
    writeFileSync(
      t.configFile,
      JSON.stringify({ fleetUrl: 'http://10.0.0.5:5190/heartbeat', fleetTokenFile: 'fleet-token.txt' }),
    );
    expect(await runKioskConfigCli(['insights'], t.io)).toBe(0);
    expect(t.out.join('\n')).toContain(
      `The kiosk config ${t.configFile} names one: http://10.0.0.5:5190/heartbeat`,
    );
  });

  it('follows KIOSK_USER_DATA as the app does, config included', async () => {
    const t = io();
    const moved = path.join(t.io.userDataDir, 'moved');
    t.io.env = { KIOSK_USER_DATA: moved };
    expect(await runKioskConfigCli(['insights'], t.io)).toBe(0);
    const text = t.out.join('\n');
    expect(text).toContain(path.join(moved, 'IndexedDB'));
    expect(text).toContain(`(${path.join(moved, 'kiosk-config.json')}: not found)`);
  });

  it('runs as npm run kiosk, the same tool as npm run kiosk-config, and lists insights in its usage', async () => {
    const pkg = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../../../../package.json'), 'utf8'),
    ) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.kiosk).toBe('tsx electron/node/cli/kiosk-config.ts');
    expect(pkg.scripts['kiosk-config']).toBe(pkg.scripts.kiosk);
    const run = await runCli('electron/node/cli/kiosk-config.ts', 'insights');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Visitor insights: /);
    expect(run.stdout).toContain(`IndexedDB`);
    const t = io();
    expect(await runKioskConfigCli([], t.io)).toBe(2);
    expect(t.err[0]).toMatch(/^Usage: npm run kiosk -- .*\| insights \[--config PATH\]$/);
  });
});
