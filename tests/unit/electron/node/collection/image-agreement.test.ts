import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCollection } from '../../../../../electron/node/collection/build';
import { checkCollection } from '../../../../../electron/node/collection/check';
import type { Problem } from '../../../../../electron/node/collection/problems';
import { ACCEPTED, makeFormatFiles, REFUSED } from '../../../support/make-formats';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';

// `check` must report an error for an image exactly when `build` would fail on it (and so hold
// its piece back), in the same words and at the same place: for every format and kind of damage
// the image tests know.
const CASES = [...ACCEPTED, ...REFUSED];
const PIECE = 'pieces/jlamprang-tulis';
let files: string;
let paths: Map<string, string>;
let cache: string;
const made: string[] = [];

beforeAll(async () => {
  files = await mkdtemp(path.join(tmpdir(), 'agreement-files-'));
  cache = await mkdtemp(path.join(tmpdir(), 'agreement-cache-'));
  paths = await makeFormatFiles(files, CASES);
}, 120_000);

afterAll(async () => {
  await Promise.all(made.map(removeCollection));
  await rm(files, { recursive: true, force: true });
  await rm(cache, { recursive: true, force: true });
});

/** collection-min with the first image of one piece replaced by `source`, named `name`. */
async function collectionWith(source: string, name: string): Promise<string> {
  const dir = await makeMinCollection();
  made.push(dir);
  await copyFile(source, path.join(dir, PIECE, name));
  const yamlFile = path.join(dir, PIECE, 'piece.yaml');
  const doc = parseDocument(await readFile(yamlFile, 'utf8'));
  doc.setIn(['media', 0, 'file'], name);
  await writeFile(yamlFile, doc.toString());
  return dir;
}

const where = (p: Problem) => ({
  file: p.file,
  field: p.field,
  line: p.line,
  kind: p.kind,
  message: p.message,
});

describe.each(CASES)('check and build agree on the $name file', (c) => {
  it('both pass, or both fail with the same problem at the same place', async () => {
    const dir = await collectionWith(paths.get(c.name)!, c.file);
    const out = await mkdtemp(path.join(tmpdir(), 'agreement-out-'));
    try {
      const report = await checkCollection(dir);
      const built = await buildCollection({ source: dir, out, cacheDir: cache, tiles: false });
      // The other pieces go live either way; the piece with the bad image is held back exactly
      // when the check found an error in it.
      expect(built.ok).toBe(true);
      expect(built.heldBack.map((h) => h.id)).toEqual(report.errors.length > 0 ? ['jlamprang-tulis'] : []);
      expect(built.errors.map(where)).toEqual(report.errors.map(where));
      if ('kind' in c.expect) {
        expect(report.errors.map((p) => p.kind)).toEqual([c.expect.kind]);
        expect(report.errors[0]).toMatchObject({ file: `${PIECE}/piece.yaml`, field: 'media[0].file' });
        expect(report.errors[0]!.line).toBeGreaterThan(0);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);
});
