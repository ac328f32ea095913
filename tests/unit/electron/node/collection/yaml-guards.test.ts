import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, Parser } from 'yaml';
import { ProblemList } from '../../../../../electron/node/collection/problems';
import { inspectAliases, MAX_NESTING, tooDeepAt } from '../../../../../electron/node/collection/yaml-guards';
import { readYamlFile } from '../../../../../electron/node/collection/yaml-file';

const tokens = (text: string) => [...new Parser(new LineCounter().addNewLine).parse(text)];

describe('tooDeepAt', () => {
  it('lets a file nest exactly as deep as the limit and refuses one level more', () => {
    const nested = (levels: number) => `a: ${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}\n`;
    expect(tooDeepAt(tokens(nested(MAX_NESTING)))).toBeUndefined();
    expect(tooDeepAt(tokens(nested(MAX_NESTING + 1)))).toBe(3 + MAX_NESTING - 1);
  });

  it('counts block lists and maps, not only brackets, without recursing', () => {
    const dashes = `a:\n${'- '.repeat(200_000)}x\n`;
    expect(tooDeepAt(tokens(dashes))).toBeGreaterThan(0);
    const indented = Array.from({ length: MAX_NESTING + 2 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
    expect(tooDeepAt(tokens(`${indented} x\n`))).toBeGreaterThan(0);
  });

  it('finds the first place in file order', () => {
    const text = `ok: [1, 2]\ndeep: ${'['.repeat(30)}${']'.repeat(30)}\nalso: ${'{'.repeat(30)}\n`;
    expect(tooDeepAt(tokens(text))).toBe(text.indexOf('deep:') + 6 + MAX_NESTING - 1);
  });
});

describe('inspectAliases', () => {
  it('names the alias that expands the most, and the first without an anchor', () => {
    const doc = parseDocument('a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: [*b, *b, *nope]\n');
    const found = inspectAliases(doc);
    expect(found.worst).toMatchObject({ name: 'b', size: 13 });
    expect(found.dangling).toMatchObject({ name: 'nope' });
  });

  it('survives a node that aliases itself', () => {
    expect(inspectAliases(parseDocument('a: &x [*x, *x]\n')).worst).toMatchObject({ name: 'x' });
  });
});

describe('readYamlFile on hostile files', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'yaml-hostile-'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function read(text: string): Promise<ProblemList> {
    await writeFile(path.join(root, 'f.yaml'), text);
    const problems = new ProblemList();
    await readYamlFile(root, 'f.yaml', problems);
    return problems;
  }

  it('reports 20,000 nested brackets once, with its line, and no runtime message', async () => {
    const problems = await read(`a: 1\nb: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    expect(problems.items).toHaveLength(1);
    expect(problems.items[0]).toMatchObject({ kind: 'yaml-too-complex', line: 2 });
    expect(problems.items[0]!.message).not.toMatch(/call stack|Maximum|RangeError/);
  });

  it('refuses an alias bomb with the line of the alias that explodes', async () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${prev}`).join(', ')}]`,
      );
    }
    const problems = await read(`${lines.join('\n')}\n`);
    expect(problems.items).toEqual([
      expect.objectContaining({
        kind: 'yaml-too-complex',
        line: 9,
        message: expect.stringContaining('*h on line 9'),
      }),
    ]);
  });

  it('finds repeated keys among 40,000 in seconds, not minutes', async () => {
    const keys = Array.from({ length: 40_000 }, (_, i) => `k${i}: 1`);
    const started = performance.now();
    const problems = await read(`${keys.join('\n')}\nk7: 2\n`);
    expect(problems.items).toEqual([expect.objectContaining({ kind: 'duplicate-id', line: 40_001 })]);
    // The YAML library's own check compared every key with every other: about a minute here.
    expect(performance.now() - started).toBeLessThan(20_000);
  }, 60_000);

  it.each([
    ['rights: Hak cipta: museum\n', 'double quotes'],
    ['a: [1, 2\nb: 3\n', 'bracket'],
    ['a: 1\n---\nb: 2\n', 'more than one document'],
    ['a: "C:\\q"\n', 'backslash'],
    ['a:\n\tb: 1\n', 'tab'],
    ['a: 1\n]\n', 'nothing to belong to'],
  ])('explains %j in plain words', async (text, words) => {
    const problems = await read(text);
    expect(problems.items.length).toBeGreaterThan(0);
    for (const p of problems.items) {
      expect(p.message).toContain(words);
      expect(p.message).not.toMatch(/flow-seq|implicit|parseAllDocuments|token|YAML\.\w+\(/i);
    }
  });
});
