import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readIntact, writeEntry } from '../../../../../electron/node/images/cache-entry-check';

// An entry folder made by hand: which files get stamps depends only on their mtimes here.
let dir: string;
const past = new Date(Date.now() - 120_000);
/** An mtime ahead of every read in this test: such a file can never be stamped. */
const future = new Date(Date.now() + 3_600_000);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cache-entry-stamps-'));
  await mkdir(join(dir, 'tiles_files', '9'), { recursive: true });
  await writeFile(join(dir, 'display.webp'), 'display bytes');
  await writeFile(join(dir, 'tiles_files', '9', '0_0.webp'), 'tile bytes');
  await utimes(join(dir, 'display.webp'), past, past);
  await utimes(join(dir, 'tiles_files', '9', '0_0.webp'), future, future);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const stored = async () => JSON.parse(await readFile(join(dir, 'entry.json'), 'utf8'));

/** Changes a file's bytes but keeps its size, mtime and inode: only reading it can tell. */
async function changeBehindStat(file: string): Promise<void> {
  const { atime, mtime } = await stat(file);
  const bytes = await readFile(file);
  bytes[0] ^= 0xff;
  await writeFile(file, bytes);
  await utimes(file, atime, mtime);
}

describe('cache entry stamps, file by file', () => {
  it('are taken when the entry is written, for the files written before the racy window only', async () => {
    const { files } = await writeEntry(dir, { width: 1 });
    expect(Object.keys(files).sort()).toEqual(['display.webp', 'tiles_files/9/0_0.webp']);
    const entry = await stored();
    expect(Object.keys(entry.stamps)).toEqual(['display.webp']);
    expect(entry.stamps['display.webp'].mtimeMs).toBe((await stat(join(dir, 'display.webp'))).mtimeMs);
  });

  it('let a build trust a stamped file unread, while an unstamped one is read and its damage found', async () => {
    await writeEntry(dir, { width: 1 });
    await changeBehindStat(join(dir, 'display.webp'));
    // Trusted: the documented limit (collection check and the live folder's full check read it).
    expect(await readIntact(dir)).toMatchObject({ entry: { width: 1 } });

    await changeBehindStat(join(dir, 'tiles_files', '9', '0_0.webp'));
    expect(await readIntact(dir)).toBeUndefined();
  });

  it('are added for a file hashed later once it is old enough, and dropped when it no longer matches', async () => {
    await writeEntry(dir, { width: 1 });
    const tile = join(dir, 'tiles_files', '9', '0_0.webp');
    await utimes(tile, past, past);
    const intact = await readIntact(dir);
    expect(intact?.files?.['tiles_files/9/0_0.webp']?.size).toBe(10);
    expect(Object.keys((await stored()).stamps).sort()).toEqual(['display.webp', 'tiles_files/9/0_0.webp']);

    // Touched into the future: still the same bytes, so intact, but not stamped any more.
    await utimes(tile, future, future);
    expect(await readIntact(dir)).toBeDefined();
    expect(Object.keys((await stored()).stamps)).toEqual(['display.webp']);
  });
});
