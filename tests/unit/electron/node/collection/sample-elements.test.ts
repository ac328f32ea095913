import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../../../../electron/node/collection/problems';
import { readCollection } from '../../../../../electron/node/collection/read-collection';
import { isKeyed } from '../../../../../electron/node/collection/schema/files';

const SAMPLE = path.resolve(import.meta.dirname, '../../../../../collection');

/**
 * The key rule the drawing generator relies on too (issue 16): the Indonesian name in lowercase,
 * each run of other characters one hyphen, none at either end.
 */
const slug = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

describe("the sample collection's motif elements", async () => {
  const problems = new ProblemList();
  const parsed = await readCollection(SAMPLE, problems);

  it('read without errors', () => {
    expect(problems.errors.filter((p) => p.file.startsWith('motifs/'))).toEqual([]);
    expect(parsed.motifs).toHaveLength(31);
  });

  it('are all keyed, by the slug of their Indonesian name, with a meaning in id, en and jv', () => {
    for (const motif of parsed.motifs) {
      const elements = motif.data.elements ?? [];
      expect(elements.length, motif.id).toBeGreaterThan(0);
      for (const element of elements) {
        expect(isKeyed(element), `${motif.id}: ${JSON.stringify(element)}`).toBe(true);
        if (!isKeyed(element)) continue;
        expect(element.key).toBe(slug(element.name.id!));
        expect(Object.keys(element.meaning ?? {}).sort(), `${motif.id}/${element.key}`).toEqual([
          'en',
          'id',
          'jv',
        ]);
      }
    }
  });

  it('slugs names the way the generator does', () => {
    expect(slug('bunga teratai (padma)')).toBe('bunga-teratai-padma');
    expect(slug('soga Solo')).toBe('soga-solo');
  });
});
