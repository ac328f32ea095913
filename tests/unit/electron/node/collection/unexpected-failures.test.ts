import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCollection } from '../../../../../electron/node/collection/build';
import { checkCollection } from '../../../../../electron/node/collection/check';
import { describeUnexpected } from '../../../../../electron/node/collection/problems';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';

// What reaches a curator when something fails that no check foresaw: plain words, no absolute
// path of the build machine, no second line of a library's dump.
let source: string;
let out: string;

beforeEach(async () => {
  source = await makeMinCollection();
  out = await mkdtemp(path.join(tmpdir(), 'collection-out-'));
});
afterEach(async () => {
  await removeCollection(source);
  await rm(out, { recursive: true, force: true });
});

describe('describeUnexpected', () => {
  it('names folders by their role and cuts other absolute paths to the file name', () => {
    const err = new Error(
      "EACCES: permission denied, open '/srv/kiosk/out/builds/x/chunks/p.json' (from /usr/lib/node/sharp.node)\n    at open",
    );
    expect(describeUnexpected(err, { 'the output folder': '/srv/kiosk/out' })).toBe(
      "EACCES: permission denied, open 'the output folder/builds/x/chunks/p.json' (from sharp.node)",
    );
    expect(describeUnexpected('C:\\Users\\kurator\\koleksi\\piece.yaml is locked', {})).toBe(
      'piece.yaml is locked',
    );
  });
});

describe('a build that fails unexpectedly', () => {
  it('says so in plain words, without the machine path, and keeps the last good collection', async () => {
    const result = await buildCollection({
      source,
      out,
      tiles: false,
      derive: () =>
        Promise.reject(
          new Error(`ENOSPC: no space left on device, write '${out}/cache/ab/abcdef/display.webp'`),
        ),
    });
    expect(result.ok).toBe(false);
    const [problem] = result.errors;
    expect(problem).toMatchObject({ kind: 'internal', file: '' });
    expect(problem!.message).toContain('no space left on device');
    expect(problem!.message).toContain('the output folder/cache');
    expect(problem!.message).not.toContain(out);
    expect(problem!.message).not.toContain(tmpdir());
  });
});

describe('a check of a folder that is not there', () => {
  it('names the path as given, and tells a file from a missing folder', async () => {
    const missing = await checkCollection('koleksi-tidak-ada');
    expect(missing.errors[0]!.message).toBe(
      'There is no collection folder at koleksi-tidak-ada: check the path (and that the drive is plugged in).',
    );
    expect(missing.errors[0]!.message).not.toContain(process.cwd());
    const file = path.join(out, 'koleksi.zip');
    await writeFile(file, 'PK');
    const notFolder = await checkCollection(file);
    expect(notFolder.errors[0]!.message).toMatch(/is a file, not a collection folder/);
  });
});
