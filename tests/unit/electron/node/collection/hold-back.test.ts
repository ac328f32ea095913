import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentBuild } from '../../../../../electron/node/collection/build';
import { checkCollection } from '../../../../../electron/node/collection/check';
import type { DeriveFn } from '../../../../../electron/node/collection/image-adapter';
import { fileWritingDerive } from './fake-pipeline';
import {
  expectNoDanglingReferences,
  holdBackSetup,
  liveRecords,
  type HoldBackSetup,
} from './hold-back-helper';

let c: HoldBackSetup;
beforeEach(async () => {
  c = await holdBackSetup();
});
afterEach(async () => {
  await c.cleanup();
});

const KAWUNG_CAP = 'pieces/kawung-cap/piece.yaml';
/** An edit that leaves out the Indonesian title: a schema error on line 4 of the piece. */
const dropIndonesianTitle = (text: string) =>
  text.replace(
    'title: { id: Sarung kawung cap, en: Stamped kawung sarong }',
    'title: { en: Stamped kawung sarong }',
  );

describe('one bad piece holds back one piece', () => {
  it('shows every other piece on a first install with one unreadable photo', async () => {
    await writeFile(path.join(c.source, 'pieces/kawung-cap/full.png'), 'not a photograph at all');
    const result = await c.build();

    expect(result.ok).toBe(true);
    expect(result.outDir).toBe(currentBuild(c.out));
    const { pieces } = await liveRecords(result.outDir!);
    expect([...pieces.keys()]).toEqual(['jlamprang-tulis', 'kawung-print']);
    expect(result.heldBack).toEqual([
      {
        kind: 'pieces',
        id: 'kawung-cap',
        previousKept: false,
        problems: [
          expect.objectContaining({ file: KAWUNG_CAP, field: 'media[0].file', line: 20, severity: 'error' }),
        ],
      },
    ]);
    // Its errors are still errors: the result lists them, and the check still fails on them.
    expect(result.errors).toEqual(result.heldBack[0]!.problems);
    expect((await checkCollection(c.source)).errors).toEqual(result.errors);
    // The link to it from jlamprang-tulis is dropped, not left dangling; none of its images were made.
    expect(pieces.get('jlamprang-tulis')!.related).toEqual([]);
    const media = await readdir(path.join(result.outDir!, 'media'));
    expect(media.filter((f) => f.includes('kawung-cap'))).toEqual([]);
    await expectNoDanglingReferences(result.outDir!);
  });

  it('keeps the last good version live, with its images, and brings the new content once fixed', async () => {
    const good = await c.build({ tiles: true });
    const before = (await liveRecords(good.outDir!)).pieces.get('kawung-cap')!;

    await c.edit(KAWUNG_CAP, (t) => dropIndonesianTitle(t).replace('Made with a copper stamp.', 'Changed.'));
    // Another piece changes too, so the build makes a new folder instead of keeping the old one.
    await c.edit('pieces/kawung-print/piece.yaml', (t) => t.replace('A factory-printed', 'A printed'));
    const held = await c.build({ tiles: true });
    expect(held.ok).toBe(true);
    expect(held.outDir).not.toBe(good.outDir);
    expect(held.heldBack).toEqual([
      {
        kind: 'pieces',
        id: 'kawung-cap',
        previousKept: true,
        problems: [
          expect.objectContaining({ file: KAWUNG_CAP, field: 'title.id', line: 4, kind: 'required' }),
        ],
      },
    ]);
    const { pieces } = await liveRecords(held.outDir!);
    expect(pieces.get('kawung-cap')).toEqual(before);
    expect(pieces.get('kawung-print')!.summary.en).toBe('A printed imitation.');
    // Its derivatives are the previous build's files, linked rather than rendered or copied.
    const [image] = before.media;
    for (const rel of [
      image!.display,
      image!.tiles!,
      `${image!.tiles!.replace(/\.dzi$/, '')}_files/0/0_0.webp`,
    ]) {
      const [was, now] = await Promise.all([
        stat(path.join(good.outDir!, rel)),
        stat(path.join(held.outDir!, rel)),
      ]);
      expect(now.ino).toBe(was.ino);
    }
    await expectNoDanglingReferences(held.outDir!);

    await c.edit(KAWUNG_CAP, (t) =>
      t.replace('title: { en: Stamped kawung sarong }', 'title: { id: Sarung baru, en: New sarong }'),
    );
    const fixed = await c.build({ tiles: true });
    expect(fixed.heldBack).toEqual([]);
    expect(fixed.errors).toEqual([]);
    const back = (await liveRecords(fixed.outDir!)).pieces.get('kawung-cap')!;
    expect(back.title).toEqual({ id: 'Sarung baru', en: 'New sarong' });
    expect(back.description.en).toBe('Changed.');
  });

  it('keeps the live build when holding back a piece leaves everything as it was', async () => {
    const good = await c.build();
    await c.edit(KAWUNG_CAP, dropIndonesianTitle);
    const held = await c.build();
    expect(held).toMatchObject({ ok: true, outDir: good.outDir, version: good.version });
    expect(held.heldBack).toEqual([expect.objectContaining({ id: 'kawung-cap', previousKept: true })]);
  });

  it('holds back a piece whose image the pipeline could not process, like a check error', async () => {
    const good = await c.build();
    await c.edit(KAWUNG_CAP, (t) => t.replace('Made with a copper stamp.', 'Changed.'));
    const oneBad: DeriveFn = async (jobs, opts) => {
      const result = await fileWritingDerive(jobs, opts);
      result.set('pieces-kawung-cap-full', new Error('corrupt JPEG data'));
      return result;
    };
    const held = await c.build({ derive: oneBad });
    expect(held.ok).toBe(true);
    expect(held.heldBack).toEqual([
      expect.objectContaining({
        id: 'kawung-cap',
        previousKept: true,
        problems: [
          expect.objectContaining({ file: KAWUNG_CAP, field: 'media[0].file', kind: 'image-processing' }),
        ],
      }),
    ]);
    const before = (await liveRecords(good.outDir!)).pieces.get('kawung-cap');
    expect((await liveRecords(held.outDir!)).pieces.get('kawung-cap')).toEqual(before);
  });

  it('removes the images it did make of a piece held back by another of its images', async () => {
    const detailFails: DeriveFn = async (jobs, opts) => {
      const result = await fileWritingDerive(jobs, opts);
      result.set('pieces-jlamprang-tulis-detail', new Error('corrupt PNG data'));
      return result;
    };
    const result = await c.build({ derive: detailFails, tiles: true });
    expect(result.heldBack).toEqual([
      expect.objectContaining({ id: 'jlamprang-tulis', previousKept: false }),
    ]);
    const media = await readdir(path.join(result.outDir!, 'media'));
    // Its full view was made before the detail failed; the build does not keep it.
    expect(media.filter((f) => f.includes('jlamprang-tulis-full'))).toEqual([]);
    expect(media.filter((f) => f.includes('kawung-cap')).length).toBeGreaterThan(0);
  });

  it('leaves out a piece folder with an invalid name and publishes the rest', async () => {
    await c.copy('pieces/kawung-print', 'pieces/Kawung Print');
    const result = await c.build();
    expect(result.ok).toBe(true);
    expect(result.heldBack).toEqual([
      {
        kind: 'pieces',
        id: 'Kawung Print',
        previousKept: false,
        problems: [expect.objectContaining({ file: 'pieces/Kawung Print', kind: 'invalid-id' })],
      },
    ]);
    expect([...(await liveRecords(result.outDir!)).pieces.keys()]).toEqual([
      'jlamprang-tulis',
      'kawung-cap',
      'kawung-print',
    ]);
  });

  it('rejects the whole update for an error in a collection-wide file, as before', async () => {
    const good = await c.build();
    await c.edit(KAWUNG_CAP, dropIndonesianTitle);
    await c.edit('terms/dye.yaml', (t) => t.replace('  soga:', '  soga\n'));
    const result = await c.build();
    expect(result).toMatchObject({ ok: false, outDir: good.outDir, version: good.version, heldBack: [] });
    expect(result.errors.map((e) => e.file)).toEqual(expect.arrayContaining(['terms/dye.yaml', KAWUNG_CAP]));
  });

  it('changes nothing when every piece would be held back and none has a last good version', async () => {
    for (const id of ['jlamprang-tulis', 'kawung-cap', 'kawung-print']) {
      await writeFile(path.join(c.source, `pieces/${id}/full.png`), 'broken');
    }
    const result = await c.build();
    expect(result).toMatchObject({ ok: false, outDir: null, heldBack: [] });
    expect(result.errors.at(-1)).toMatchObject({ file: 'pieces', kind: 'empty-collection' });
    expect(currentBuild(c.out)).toBeNull();
  });
});
