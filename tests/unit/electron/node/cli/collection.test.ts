import { cp, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';
import { runCollection } from './run-cli';

const ROOT = path.resolve(import.meta.dirname, '../../../../..');
const run = runCollection;

let dir: string;
let out: string;
beforeAll(async () => {
  dir = await makeMinCollection();
  out = await mkdtemp(path.join(tmpdir(), 'collection-cli-out-'));
});
afterAll(async () => {
  await removeCollection(dir);
  await rm(out, { recursive: true, force: true });
});

describe('npm run collection', () => {
  it('check --json prints exactly one JSON object and exits 0 on a valid collection', async () => {
    const { code, stdout, stderr } = await run('check', dir, '--json');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    // The images checked are counted on stderr, never in the JSON.
    expect(stderr).toContain('Checking images: 1\n');
    expect(stdout).not.toContain('Checking images');
    expect(JSON.parse(stdout)).toEqual({
      errors: [],
      warnings: [],
      stats: { pieces: 3, motifs: 2, images: 6, languages: ['id', 'en'] },
    });
  });

  it('check exits 1 with a report grouped by file, and never shows a stack trace', async () => {
    await writeFile(path.join(dir, 'places.yaml'), 'places:\n  pekalongan: [unclosed\n');
    try {
      const { code, stdout, stderr } = await run('check', dir);
      expect(code).toBe(1);
      expect(stdout).toMatch(/^places\.yaml\n {2}ERROR {3}line \d+: .*\[yaml-syntax\]/m);
      expect(stdout).toContain('1 error');
      expect(`${stdout}${stderr}`).not.toMatch(/\bat .*\.ts:\d+/);
      const json = await run('check', dir, '--json');
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout).errors[0]).toMatchObject({ file: 'places.yaml', kind: 'yaml-syntax' });
    } finally {
      await rm(path.join(dir, 'places.yaml'));
      await cp(path.join(ROOT, 'tests/fixtures/collection-min/places.yaml'), path.join(dir, 'places.yaml'));
    }
  });

  it('build writes a build and prints where, with plain lines when not on a terminal', async () => {
    const { code, stdout, stderr } = await run('build', dir, '--out', out);
    expect(code).toBe(0);
    expect(stdout).toContain(path.join(out, 'builds'));
    expect(stderr).toContain('Checking images: 1\n');
    expect(stderr).toContain('Processing images: 6/6');
    expect(stdout).not.toContain('Processing images');
    expect(stderr).not.toContain('\r');
    // The check's header reading is remembered for the next build (only the build's own does that).
    const memo = JSON.parse(
      await readFile(path.join(out, 'cache', 'source-inspections.json'), 'utf8'),
    ) as object;
    expect(Object.keys(memo)).toHaveLength(6);
  });

  it('refuses unknown commands and options with the usage text', async () => {
    const bad = await run('chekc');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Usage: npm run collection');
    const badOption = await run('check', dir, '--jsno');
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toContain('Unknown option --jsno');
  });
});

describe('npm run collection on a fresh clone of the sample', () => {
  it('check draws missing illustrative stand-ins (*.generated.*) first, so they are not reported missing', async () => {
    const fresh = await makeMinCollection();
    try {
      const pieceDir = path.join(fresh, 'pieces', 'jlamprang-tulis');
      const yamlFile = path.join(pieceDir, 'piece.yaml');
      const yamlText = await readFile(yamlFile, 'utf8');
      // Point the piece's first image at a generated drawing that does not exist yet.
      const first = /file: (\S+)/.exec(yamlText)![1]!;
      await writeFile(yamlFile, yamlText.replace(`file: ${first}`, 'file: full.generated.jpg'));
      const { code, stdout, stderr } = await run('check', fresh, '--json');
      expect(JSON.parse(stdout).errors).toEqual([]);
      expect(code).toBe(0);
      expect(stderr).toContain('Drew 1 illustrative sample image(s).');
      expect((await stat(path.join(pieceDir, 'full.generated.jpg'))).size).toBeGreaterThan(1000);
    } finally {
      await removeCollection(fresh);
    }
  });
});
