import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SourceInspections } from '../../../../../electron/node/images/source-inspections';
import type { ImageInspection } from '../../../../../electron/node/images/types';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'source-inspections-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const past = () => new Date(Date.now() - 120_000);

/** An inspector that counts its calls and answers with the file's byte count as the width. */
function counting() {
  const calls: string[] = [];
  const inspect = async (file: string): Promise<ImageInspection> => {
    calls.push(file);
    return { format: 'jpeg', width: file.length, height: 2, pages: 1, extensionMismatch: false };
  };
  return { calls, inspect };
}

describe('SourceInspections', () => {
  it('answers an unchanged photo from the memo in the next build, and inspects an edited one again', async () => {
    const photo = join(root, 'a.jpg');
    await writeFile(photo, 'a photo');
    await utimes(photo, past(), past());
    const first = counting();
    const memo = await SourceInspections.open(join(root, 'cache'));
    const found = await memo.remembering(first.inspect)(photo);
    await memo.save();
    expect(first.calls).toEqual([photo]);

    const second = counting();
    const again = await SourceInspections.open(join(root, 'cache'));
    expect(await again.remembering(second.inspect)(photo)).toEqual(found);
    expect(second.calls).toEqual([]);

    await writeFile(photo, 'another photo');
    await again.remembering(second.inspect)(photo);
    expect(second.calls).toEqual([photo]);
  });

  it('does not keep what it learnt from a photo written just before it was read', async () => {
    const photo = join(root, 'fresh.jpg');
    await writeFile(photo, 'just copied');
    const future = new Date(Date.now() + 3_600_000);
    await utimes(photo, future, future);
    const first = counting();
    const memo = await SourceInspections.open(join(root, 'cache'));
    await memo.remembering(first.inspect)(photo);
    await memo.save();
    const second = counting();
    await (await SourceInspections.open(join(root, 'cache'))).remembering(second.inspect)(photo);
    expect(second.calls).toEqual([photo]);
  });

  it('ignores a memo entry that is not an inspection (damaged or from another version)', async () => {
    const photo = join(root, 'a.jpg');
    await writeFile(photo, 'a photo');
    await utimes(photo, past(), past());
    const memo = await SourceInspections.open(join(root, 'cache'));
    await memo.remembering(counting().inspect)(photo);
    await memo.save();
    const file = join(root, 'cache', 'source-inspections.json');
    const stored = JSON.parse(await readFile(file, 'utf8'));
    stored[photo].value = { format: 'jpeg' };
    await writeFile(file, JSON.stringify(stored));
    const second = counting();
    await (await SourceInspections.open(join(root, 'cache'))).remembering(second.inspect)(photo);
    expect(second.calls).toEqual([photo]);
  });
});
