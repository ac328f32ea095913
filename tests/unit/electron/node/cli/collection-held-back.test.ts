import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';

const ROOT = path.resolve(import.meta.dirname, '../../../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'electron/node/cli/collection.ts');

async function run(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await promisify(execFile)(TSX, [CLI, ...args], { cwd: ROOT });
    return { code: 0, stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

let dir: string;
let out: string;
beforeAll(async () => {
  dir = await makeMinCollection();
  out = await mkdtemp(path.join(tmpdir(), 'collection-cli-out-'));
  await writeFile(path.join(dir, 'pieces/kawung-cap/full.png'), 'not a photograph');
});
afterAll(async () => {
  await removeCollection(dir);
  await rm(out, { recursive: true, force: true });
});

describe('npm run collection with one bad photo', () => {
  it('build goes live without the piece, says what it held back and why, and exits 3', async () => {
    const { code, stdout } = await run('build', dir, '--out', out);
    expect(code).toBe(3);
    const lines = stdout.trim().split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'Held back 1 record; everything else is live:',
      '  piece kawung-cap: not shown until this is fixed',
    ]);
    expect(lines[2]).toMatch(/^ {4}pieces\/kawung-cap\/piece\.yaml:20 media\[0\]\.file: "full\.png" /);
    expect(lines.at(-1)).toMatch(new RegExp(`^Built 2 pieces and 2 motifs into ${path.join(out, 'builds')}`));

    const again = await run('build', dir, '--out', out);
    expect(again.code).toBe(3);
  });

  it('check still fails on it, and says the kiosk holds back only that piece', async () => {
    const { code, stdout } = await run('check', dir);
    expect(code).toBe(1);
    expect(stdout).toContain('pieces/kawung-cap/piece.yaml\n  ERROR   line 20: media[0].file:');
    expect(stdout.trim().split('\n').at(-1)).toBe(
      'Fix the errors above: until then the kiosk holds back 1 piece (a last good version stays live where there is one) and shows everything else.',
    );
  });
});
