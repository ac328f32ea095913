import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildCollection } from '../../../../../electron/node/collection/build';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';
import { fakeDerive } from '../../../support/fake-derive';

let source: string;
let out: string;

beforeEach(async () => {
  source = await makeMinCollection();
  out = await mkdtemp(path.join(tmpdir(), 'collection-yaml-memo-'));
});
afterEach(async () => {
  await removeCollection(source);
  await rm(out, { recursive: true, force: true });
});

type Memo = { parser: string; texts: Record<string, string> };
const PIECE = 'pieces/kawung-cap/piece.yaml';

async function pieceTitle(outDir: string, id: string): Promise<string> {
  const manifest = JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8')) as {
    chunks: { kind: string; file: string }[];
  };
  for (const chunk of manifest.chunks.filter((c) => c.kind === 'pieces')) {
    const records = JSON.parse(await readFile(path.join(outDir, chunk.file), 'utf8')) as {
      id: string;
      title: Record<string, string>;
    }[];
    const found = records.find((r) => r.id === id);
    if (found) return found.title.id!;
  }
  throw new Error(`no piece ${id}`);
}

describe("a build's check remembers what the YAML files parsed to", () => {
  it('answers an unchanged file from the memo, and parses an edited one again', async () => {
    const first = await buildCollection({ source, out, tiles: false, derive: fakeDerive });
    expect(first.ok).toBe(true);
    const memoFile = path.join(out, 'cache', 'yaml-memo.json');
    const memo = JSON.parse(await readFile(memoFile, 'utf8')) as Memo;
    // Every YAML file of the collection parsed cleanly, so each one is remembered.
    expect(Object.keys(memo.texts).length).toBeGreaterThanOrEqual(9);

    // What the memo holds is what the next build uses: here, a title no file has.
    const original = await pieceTitle(first.outDir!, 'kawung-cap');
    const text = await readFile(path.join(source, PIECE), 'utf8');
    let tampered = 0;
    for (const [hash, json] of Object.entries(memo.texts)) {
      if (!json.includes(JSON.stringify(original))) continue;
      memo.texts[hash] = json.split(JSON.stringify(original)).join('"Kain dari ingatan"');
      tampered++;
    }
    expect(tampered).toBe(1);
    await writeFile(memoFile, JSON.stringify(memo));
    const second = await buildCollection({ source, out, tiles: false, derive: fakeDerive });
    expect(second.ok).toBe(true);
    expect(await pieceTitle(second.outDir!, 'kawung-cap')).toBe('Kain dari ingatan');

    // The file edited (a comment is enough to change its text) is read from its bytes again.
    await writeFile(path.join(source, PIECE), `${text}# checked again\n`);
    const third = await buildCollection({ source, out, tiles: false, derive: fakeDerive });
    expect(third.ok).toBe(true);
    expect(await pieceTitle(third.outDir!, 'kawung-cap')).toBe(original);
  });

  it('a damaged memo only means every file is parsed again', async () => {
    const first = await buildCollection({ source, out, tiles: false, derive: fakeDerive });
    await writeFile(path.join(out, 'cache', 'yaml-memo.json'), '{"parser": "yaml 2');
    const second = await buildCollection({ source, out, tiles: false, derive: fakeDerive });
    expect(second.ok).toBe(true);
    expect(second.version).toBe(first.version);
    expect(second.warnings).toEqual(first.warnings);
    const memo = JSON.parse(await readFile(path.join(out, 'cache', 'yaml-memo.json'), 'utf8')) as Memo;
    expect(Object.keys(memo.texts).length).toBeGreaterThanOrEqual(9);
  });
});
