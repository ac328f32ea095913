import fc from 'fast-check';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Composer, LineCounter, Parser, stringify } from 'yaml';
import { lineTree, nodeLine, treeLine } from '../../../../../electron/node/collection/yaml-lines';
import { YAML_PARSER, YamlMemo } from '../../../../../electron/node/collection/yaml-memo';
import type { FieldPath } from '../../../../../electron/node/collection/problems';

const ROOT = path.resolve(import.meta.dirname, '../../../../..');

function parse(text: string) {
  const lc = new LineCounter();
  const tokens = [...new Parser(lc.addNewLine).parse(text)];
  const [doc] = new Composer({ uniqueKeys: false }).compose(tokens, true, text.length);
  return { doc: doc!, lc };
}

/** Every path in `value`, and beside each a few that are not there (a missing key, index, kind). */
function probePaths(value: unknown, prefix: FieldPath = []): FieldPath[] {
  const here: FieldPath[] = [
    prefix,
    [...prefix, 'absent-key'],
    [...prefix, 99],
    [...prefix, '0'],
    [...prefix, 0],
  ];
  if (value === null || typeof value !== 'object') return here;
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [...here, ...entries.flatMap(([k, v]) => probePaths(v, [...prefix, k]))];
}

/** treeLine must answer exactly as nodeLine does on the parsed document, for every probe. */
function expectSameLines(text: string): number {
  const { doc, lc } = parse(text);
  const tree = JSON.parse(JSON.stringify(lineTree(doc, lc))) as ReturnType<typeof lineTree>;
  let asked = 0;
  for (const p of probePaths(doc.toJS())) {
    for (const keyLine of [false, true]) {
      expect(treeLine(tree, p, keyLine), `${JSON.stringify(p)} keyLine ${keyLine}\n${text}`).toBe(
        nodeLine(doc, lc, p, keyLine),
      );
      asked++;
    }
  }
  return asked;
}

describe('the lines kept beside remembered YAML', () => {
  it('answer as the parsed document does, for every YAML file of the sample collection', async () => {
    const folder = path.join(ROOT, 'collection');
    const files = (await readdir(folder, { recursive: true })).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(20);
    let asked = 0;
    for (const file of files) asked += expectSameLines(await readFile(path.join(folder, file), 'utf8'));
    expect(asked).toBeGreaterThan(10_000);
  });

  it('answer as the parsed document does for awkward shapes', () => {
    const texts = [
      'title:\n  id: >\n    folded text\n    on two lines\n  en: "quoted"\n',
      'a: {b: 1, c: [1, 2, {d: e}]}\nf: [ ]\n',
      '? complex key\n: value\n~: null key\n"": empty key\n',
      'list:\n  -\n  - item\n  - - nested\n    - list\n',
      'base: &a {x: 1}\nuse: *a\n',
      'same: 1\nsame: 2\n',
      'only a scalar\n',
      '',
      '# only a comment\n',
    ];
    for (const text of texts) expectSameLines(text);
  });

  it('answer as the parsed document does for any data, written in block or flow style', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (value, flow) => {
        expectSameLines(stringify(value, flow ? { collectionStyle: 'flow' } : {}));
      }),
      { numRuns: 150 },
    );
  });
});

describe('the YAML memo', () => {
  let cache: string;
  beforeEach(async () => {
    cache = await mkdtemp(path.join(tmpdir(), 'yaml-memo-'));
  });
  afterEach(async () => {
    await rm(cache, { recursive: true, force: true });
  });

  const text = 'title:\n  id: Kain\n  en: Cloth\nyear: 1920\n';
  const parsedOf = (t: string) => {
    const { doc, lc } = parse(t);
    return { data: doc.toJS() as unknown, lines: lineTree(doc, lc) };
  };

  it('gives back what a text parsed to, after a save and a new open, as a fresh copy each time', async () => {
    const first = await YamlMemo.open(cache);
    expect(first.known(text)).toBeUndefined();
    first.remember(text, parsedOf(text));
    await first.save();

    const memo = await YamlMemo.open(cache);
    const known = memo.known(text)!;
    expect(known).toEqual(parsedOf(text));
    (known.data as { year: number }).year = 1;
    expect(memo.known(text)!.data).toEqual({ title: { id: 'Kain', en: 'Cloth' }, year: 1920 });
    expect(memo.known(`${text}# edited\n`)).toBeUndefined();
  });

  it('keeps only data JSON holds exactly', async () => {
    const memo = await YamlMemo.open(cache);
    const cases = ['x: .nan\n', 'x: -0\n', 'x: .inf\n', 'x: !!set {a}\n', 'x: !!binary aGVsbG8=\n'];
    for (const t of cases) memo.remember(t, parsedOf(t));
    const plain = [text, '# nothing but a comment: null\n'];
    for (const t of plain) memo.remember(t, parsedOf(t));
    await memo.save();
    const again = await YamlMemo.open(cache);
    expect(again.size).toBe(plain.length);
    for (const t of cases) expect(again.known(t)).toBeUndefined();
    for (const t of plain) expect(again.known(t)).toEqual(parsedOf(t));
  });

  it('forgets the texts a run did not read, and writes nothing when nothing changed', async () => {
    const other = 'other: file\n';
    const memo = await YamlMemo.open(cache);
    memo.remember(text, parsedOf(text));
    memo.remember(other, parsedOf(other));
    await memo.save();
    const file = path.join(cache, 'yaml-memo.json');

    const unchanged = await YamlMemo.open(cache);
    unchanged.known(text);
    unchanged.known(other);
    const past = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000); // whole seconds: exact in mtimeMs
    await utimes(file, past, past);
    await unchanged.save();
    expect((await stat(file)).mtimeMs).toBe(past.getTime());

    const oneRead = await YamlMemo.open(cache);
    oneRead.known(text);
    await oneRead.save();
    const after = await YamlMemo.open(cache);
    expect(after.size).toBe(1);
    expect(after.known(other)).toBeUndefined();
  });

  it('drops a memo written by another parser, and a damaged one', async () => {
    const memo = await YamlMemo.open(cache);
    memo.remember(text, parsedOf(text));
    await memo.save();
    const file = path.join(cache, 'yaml-memo.json');
    const stored = JSON.parse(await readFile(file, 'utf8')) as { parser: string };
    await writeFile(file, JSON.stringify({ ...stored, parser: 'yaml 1.0.0, parse settings 0' }));
    expect((await YamlMemo.open(cache)).size).toBe(0);
    await writeFile(file, '{"parser": ');
    expect((await YamlMemo.open(cache)).size).toBe(0);
    await writeFile(file, JSON.stringify({ ...stored, texts: { abc: '{"data": 1}' } }));
    expect((await YamlMemo.open(cache)).known(text)).toBeUndefined();
  });

  it("names the installed YAML parser, so an upgrade does not reuse an older one's answers", async () => {
    const installed = JSON.parse(
      await readFile(path.join(ROOT, 'node_modules', 'yaml', 'package.json'), 'utf8'),
    ) as { version: string };
    expect(YAML_PARSER).toContain(`yaml ${installed.version},`);
  });
});
