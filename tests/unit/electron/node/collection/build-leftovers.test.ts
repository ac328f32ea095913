import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir, uptime } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCollection, currentBuild } from '../../../../../electron/node/collection/build';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';
import { fakeDerive } from '../../../support/fake-derive';

let source: string;
let out: string;

beforeEach(async () => {
  source = await makeMinCollection();
  out = await mkdtemp(path.join(tmpdir(), 'collection-leftovers-'));
});
afterEach(async () => {
  await removeCollection(source);
  await rm(out, { recursive: true, force: true });
});

const build = () => buildCollection({ source, out, tiles: false, derive: fakeDerive });

describe('what an interrupted build leaves is cleaned up by the next build', () => {
  it('deletes partial folders, pointer temp files and render folders of processes that are gone', async () => {
    const good = await build();
    const partial = path.join(out, 'builds', '.partial-1-999999999');
    await mkdir(path.join(partial, 'chunks'), { recursive: true });
    await writeFile(path.join(out, 'current.json.999999999.tmp'), '{"build":');
    const render = path.join(out, 'cache', 'ab', `${'ab'.repeat(32)}.tmp-999999999-0f0f0f0f`);
    await mkdir(path.join(render, 'tiles_files', '0'), { recursive: true });
    const keptRender = path.join(out, 'cache', 'cd', `${'cd'.repeat(32)}.tmp-${process.ppid}-0f0f0f0f`);
    await mkdir(keptRender, { recursive: true });

    const again = await build();
    expect(again.ok).toBe(true);
    expect(again.outDir).toBe(good.outDir);
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(path.join(out, 'current.json.999999999.tmp'))).toBe(false);
    expect(existsSync(render)).toBe(false);
    // A process that still runs may still be rendering there.
    expect(existsSync(keptRender)).toBe(true);
    expect(await readdir(path.join(out, 'builds'))).toEqual([path.basename(good.outDir!)]);
  });

  it('keeps the intact build when current.json is damaged, instead of pruning every folder', async () => {
    const good = await build();
    await writeFile(path.join(out, 'current.json'), 'not json');
    const piece = path.join(source, 'pieces/kawung-cap/piece.yaml');
    await writeFile(piece, (await readFile(piece, 'utf8')).replace('UJI.0002', 'UJI.0002-b'));
    const next = await build();
    expect(next.ok).toBe(true);
    expect((await readdir(path.join(out, 'builds'))).sort()).toEqual(
      [path.basename(good.outDir!), path.basename(next.outDir!)].sort(),
    );
    const pointer = JSON.parse(await readFile(path.join(out, 'current.json'), 'utf8'));
    expect(pointer.previous).toBe(`builds/${path.basename(good.outDir!)}`);
    expect(currentBuild(out)).toBe(next.outDir);
  });

  it('takes over a build.lock written before the machine last started, even if its pid runs again', async () => {
    // After a power cut the pid in the lock can belong to another program (here: our parent).
    const lock = path.join(out, 'build.lock');
    await writeFile(lock, String(process.ppid));
    const beforeBoot = new Date(Date.now() - uptime() * 1000 - 60_000);
    await utimes(lock, beforeBoot, beforeBoot);
    expect((await build()).ok).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('still refuses a lock a running process took since the machine started', async () => {
    await writeFile(path.join(out, 'build.lock'), String(process.ppid));
    const result = await build();
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({ kind: 'build-in-progress' });
  });
});
