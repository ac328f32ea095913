import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';
import { runCli, runCollection } from './run-cli';

const run = runCli;
const collection = runCollection;

let dir: string;
let work: string;
beforeAll(async () => {
  dir = await makeMinCollection();
  work = await mkdtemp(path.join(tmpdir(), 'collection-publish-'));
});
afterAll(async () => {
  await removeCollection(dir);
  await rm(work, { recursive: true, force: true });
});

describe('npm run kiosk-config -- keygen, then npm run collection -- publish', () => {
  it('publishes a signed bundle, and a second publish with nothing changed writes nothing', async () => {
    const keys = path.join(work, 'keys');
    expect((await run('electron/node/cli/kiosk-config.ts', 'keygen', '--out', keys)).code).toBe(0);
    const bundle = path.join(work, 'bundle');
    const args = [
      'publish',
      dir,
      '--to',
      bundle,
      '--key',
      path.join(keys, 'publish.key'),
      '--out',
      path.join(work, 'out'),
    ];
    const first = await collection(...args);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^Published version 1 \([\d.]+ MB in \d+ files; \d+ new files, [\d.]+ MB\) to /m,
    );
    const pointer = await readFile(path.join(bundle, 'latest.json'), 'utf8');
    expect(JSON.parse(pointer)).toMatchObject({
      format: 1,
      version: 1,
      keyId: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    const second = await collection(...args);
    expect(second).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Nothing changed: .* already holds version 1/m),
    });
    expect(await readFile(path.join(bundle, 'latest.json'), 'utf8')).toBe(pointer);
  }, 120_000);

  it('refuses a missing key file or option with the reason', async () => {
    const missing = await collection(
      'publish',
      dir,
      '--to',
      path.join(work, 'b2'),
      '--key',
      path.join(work, 'nope.key'),
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/The key file .*nope\.key cannot be read: ENOENT\./);
    expect((await collection('publish', dir, '--to', path.join(work, 'b2'))).code).toBe(2);
  }, 60_000);
});
