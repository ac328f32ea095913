import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { checkCollection } from '../../../../../electron/node/collection/check';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';

const FILES = [
  'collection.yaml',
  'synonyms.yaml',
  'makers.yaml',
  'places.yaml',
  'terms/dye.yaml',
  'terms/colour.yaml',
  'motifs/jlamprang/motif.yaml',
  'pieces/jlamprang-tulis/piece.yaml',
  'pieces/kawung-cap/piece.yaml',
];

let dir: string;
const originals = new Map<string, string>();
beforeAll(async () => {
  dir = await makeMinCollection();
  for (const f of FILES) originals.set(f, await readFile(path.join(dir, f), 'utf8'));
});
afterAll(async () => {
  await removeCollection(dir);
});

/** Every key path in a parsed YAML value, so a mutation can target any field at any depth. */
function allPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...allPaths(v, [...prefix, k])]);
}

const junk = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.string(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string(), { maxKeys: 3 }),
);

type Mutation =
  | { op: 'delete'; pick: number }
  | { op: 'retype'; pick: number; value: unknown }
  | { op: 'garbage'; at: number; bytes: Uint8Array }
  | { op: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('retype' as const), pick: fc.nat(), value: junk }),
  fc.record({
    op: fc.constant('garbage' as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 12 }),
  }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(text: string, m: Mutation): Buffer {
  if (m.op === 'garbage' || m.op === 'truncate') {
    const bytes = Buffer.from(text, 'utf8');
    const at = m.at % (bytes.length + 1);
    if (m.op === 'truncate') return bytes.subarray(0, at);
    return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
  }
  const doc = parseDocument(text);
  // Earlier byte damage may have left text that is not YAML any more: keep it as it is.
  if (doc.errors.length > 0) return Buffer.from(text, 'utf8');
  const paths = allPaths(doc.toJS());
  if (paths.length === 0) return Buffer.from(text, 'utf8');
  const target = paths[m.pick % paths.length]!;
  if (m.op === 'delete') doc.deleteIn(target);
  else doc.setIn(target, m.value);
  return Buffer.from(doc.toString(), 'utf8');
}

describe('checkCollection on randomly damaged files', () => {
  it('never throws and always returns problem arrays', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FILES),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        async (file, ms) => {
          let bytes: Buffer = Buffer.from(originals.get(file)!, 'utf8');
          for (const m of ms) {
            bytes = mutate(bytes.toString('utf8'), m);
          }
          await writeFile(path.join(dir, file), bytes);
          try {
            const report = await checkCollection(dir);
            expect(Array.isArray(report.errors)).toBe(true);
            expect(Array.isArray(report.warnings)).toBe(true);
            for (const p of [...report.errors, ...report.warnings]) {
              expect(typeof p.file).toBe('string');
              expect(typeof p.field).toBe('string');
              expect(typeof p.message).toBe('string');
              expect(p.kind).not.toBe('internal');
            }
            expect(report.stats.pieces).toBe(3);
          } finally {
            await writeFile(path.join(dir, file), originals.get(file)!);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
