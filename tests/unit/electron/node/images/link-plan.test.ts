import { copyFile, lstat, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestFile } from '../../../../../electron/node/images/file-digest';
import { LinkPlan } from '../../../../../electron/node/images/link-plan';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'link-plan-'));
  await mkdir(join(root, 'cache', 'tiles_files', '11'), { recursive: true });
  await writeFile(join(root, 'cache', 'display.webp'), 'display bytes');
  await writeFile(join(root, 'cache', 'tiles_files', '11', '0_0.webp'), 'tile bytes');
});
afterEach(() => rm(root, { recursive: true, force: true }));

async function planOfBoth(): Promise<LinkPlan> {
  const plan = new LinkPlan();
  const display = join(root, 'cache', 'display.webp');
  const tile = join(root, 'cache', 'tiles_files', '11', '0_0.webp');
  plan.add('media/a.webp', { src: display, digest: await digestFile(display) });
  plan.add('media/a_files/11/0_0.webp', { src: tile, digest: undefined });
  return plan;
}

describe('LinkPlan', () => {
  it('makes nothing until applied, then hard-links every file, making the folders it needs', async () => {
    const plan = await planOfBoth();
    const build = join(root, 'build');
    await mkdir(build);
    expect(plan.size).toBe(2);
    await expect(lstat(join(build, 'media'))).rejects.toThrow();

    await plan.apply(build);
    const linked = await lstat(join(build, 'media', 'a_files', '11', '0_0.webp'));
    const cached = await lstat(join(root, 'cache', 'tiles_files', '11', '0_0.webp'));
    expect(linked.ino).toBe(cached.ino);
    expect(await readFile(join(build, 'media', 'a.webp'), 'utf8')).toBe('display bytes');
  });

  it('replaces a file already at a planned place', async () => {
    const plan = await planOfBoth();
    const build = join(root, 'build');
    await mkdir(join(build, 'media'), { recursive: true });
    await writeFile(join(build, 'media', 'a.webp'), 'stale');
    await plan.apply(build);
    expect(await readFile(join(build, 'media', 'a.webp'), 'utf8')).toBe('display bytes');
  });

  it('gives the digests it was told, and none for a file without one', async () => {
    const known = (await planOfBoth()).knownDigests();
    expect([...known.keys()]).toEqual(['media/a.webp']);
    expect(known.get('media/a.webp')).toEqual({ size: 13, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('knows a live file as its planned cache file only when it is that same file, with that digest', async () => {
    const plan = await planOfBoth();
    const display = join(root, 'cache', 'display.webp');
    const digest = await digestFile(display);
    const build = join(root, 'build');
    await mkdir(build);
    await plan.apply(build);
    const linked = await lstat(join(build, 'media', 'a.webp'));
    expect(await plan.isPlannedFile('media/a.webp', linked, digest)).toBe(true);
    // A record that expected other bytes, a copy (another inode), a file the plan does not know,
    // and one whose digest the plan was not told: none is taken on trust.
    expect(await plan.isPlannedFile('media/a.webp', linked, { ...digest, sha256: '0'.repeat(64) })).toBe(
      false,
    );
    await copyFile(display, join(root, 'copy.webp'));
    expect(await plan.isPlannedFile('media/a.webp', await lstat(join(root, 'copy.webp')), digest)).toBe(
      false,
    );
    expect(await plan.isPlannedFile('media/b.webp', linked, digest)).toBe(false);
    const tile = join(build, 'media', 'a_files', '11', '0_0.webp');
    expect(
      await plan.isPlannedFile('media/a_files/11/0_0.webp', await lstat(tile), await digestFile(tile)),
    ).toBe(false);
  });

  it('compares with how the cache check saw the file, when it did, without looking again', async () => {
    const build = join(root, 'build');
    await mkdir(build);
    const display = join(root, 'cache', 'display.webp');
    const digest = await digestFile(display);
    const cached = await lstat(display);
    const plan = new LinkPlan();
    // The cache path is gone by now: only the stamp taken during the check can answer.
    const seen = { size: cached.size, mtimeMs: cached.mtimeMs, ino: cached.ino, dev: cached.dev };
    plan.add('media/a.webp', { src: join(root, 'gone.webp'), digest, seen });
    plan.add('media/b.webp', { src: join(root, 'gone.webp'), digest, seen: { ...seen, ino: seen.ino + 1 } });
    expect(await plan.isPlannedFile('media/a.webp', cached, digest)).toBe(true);
    expect(await plan.isPlannedFile('media/b.webp', cached, digest)).toBe(false);
  });
});
