import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFleetArgs, readTokenFile } from '../../../../../electron/node/fleet/fleet-args';

const ROOT = path.resolve(import.meta.dirname, '../../../../..');
const CLI = path.join(ROOT, 'electron/node/cli/fleet.ts');

describe('npm run fleet: arguments', () => {
  it('needs --port and --token-file, and resolves paths (a --latest URL stays a URL)', () => {
    expect(parseFleetArgs(['--token-file', 't'], '/here', '/project')).toEqual({
      kind: 'error',
      message: '--port is required',
    });
    expect(parseFleetArgs(['--port', '5190'], '/here', '/project')).toMatchObject({ kind: 'error' });
    expect(parseFleetArgs(['--port', '70000', '--token-file', 't'], '/here', '/project')).toMatchObject({
      kind: 'error',
      message: expect.stringMatching(/0 to 65535/),
    });
    expect(
      parseFleetArgs(['--port', '1', '--token-file', 't', '--silent-after', '0'], '/', '/'),
    ).toMatchObject({
      kind: 'error',
    });
    expect(parseFleetArgs(['--port', '1', '--token-file', 't', '--bogus'], '/', '/')).toMatchObject({
      kind: 'error',
    });

    expect(parseFleetArgs(['--port', '5190', '--token-file', 'tok.txt'], '/here', '/project')).toEqual({
      kind: 'run',
      options: {
        port: 5190,
        host: '127.0.0.1',
        tokenFile: '/here/tok.txt',
        latest: null,
        store: '/project/.cache/fleet/heartbeats.json',
        silentAfterMs: 15 * 60_000,
      },
    });
    const all = parseFleetArgs(
      [
        '--port',
        '0',
        '--token-file',
        't',
        '--host',
        '0.0.0.0',
        '--latest',
        'bundle/latest.json',
        '--store',
        's.json',
        '--silent-after',
        '7.5',
      ],
      '/here',
      '/project',
    );
    expect(all).toMatchObject({
      options: {
        host: '0.0.0.0',
        latest: '/here/bundle/latest.json',
        store: '/here/s.json',
        silentAfterMs: 450_000,
      },
    });
    const url = parseFleetArgs(
      ['--port', '0', '--token-file', 't', '--latest', 'http://nas.local/latest.json'],
      '/h',
      '/p',
    );
    expect(url).toMatchObject({ options: { latest: 'http://nas.local/latest.json' } });
  });

  it('refuses a missing, empty, short or spaced token file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fleet-token-'));
    const file = (name: string, text: string) => {
      writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    expect(readTokenFile(path.join(dir, 'none'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/ENOENT/),
    });
    expect(readTokenFile(file('empty', ' \n'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/empty/),
    });
    expect(readTokenFile(file('short', '123456789012345\n'))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/15 characters long; use at least 16/),
    });
    expect(readTokenFile(file('spaced', 'abcdefgh ijklmnopq'))).toMatchObject({ ok: false });
    expect(readTokenFile(file('good', '1234567890123456\r\n'))).toEqual({
      ok: true,
      token: '1234567890123456',
    });
  });
});

/** Runs the CLI; `onLine` sees stdout line by line and may end it with SIGINT. */
function run(args: string[], onLine: (line: string, stop: () => void) => void = () => undefined) {
  // Node with tsx's loader rather than the tsx wrapper: one process, so SIGINT reaches the CLI
  // itself and not a parent that relays it.
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) if (line) onLine(line, () => child.kill('SIGINT'));
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  );
}

describe('npm run fleet', () => {
  it('refuses to start with a short token: exit 2, one sentence on stderr, no stack trace', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fleet-cli-'));
    writeFileSync(path.join(dir, 'token'), 'short\n');
    const { code, stdout, stderr } = await run(['--port', '0', '--token-file', path.join(dir, 'token')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^The token is 5 characters long; use at least 16/);
    expect(stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('prints its address, answers there, and stops on Ctrl+C with exit 0', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'fleet-cli-'));
    writeFileSync(path.join(dir, 'token'), 'abcdefghijklmnopqrstuvwxyz\n');
    let status: number | null = null;
    const { code, stdout, stderr } = await run(
      ['--port', '0', '--token-file', path.join(dir, 'token'), '--store', path.join(dir, 'store.json')],
      (line, stop) => {
        const match = /^Fleet receiver listening on (http:\/\/127\.0\.0\.1:\d+\/)$/.exec(line);
        if (match)
          void fetch(match[1]!)
            .then((response) => (status = response.status))
            .finally(stop);
      },
    );
    expect(status, stderr).toBe(401);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('--host 0.0.0.0');
    expect(stdout).not.toContain('abcdefghijklmnopqrstuvwxyz');
  });
});
