import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRecords } from '../../../../../electron/node/collection/compile';
import { ProblemList } from '../../../../../electron/node/collection/problems';
import { readCollection } from '../../../../../electron/node/collection/read-collection';
import { createSearchIndex } from '../../../../../electron/shared/search/search-index';
import { SAMPLE_RELEVANCE } from './sample-relevance-table';

/**
 * The relevance table (sample-relevance-table.ts) against the real sample collection, compiled by
 * the same reader and compiler as `buildCollection` but without the image step: search never reads
 * media, and the sample drawings are generated files that a unit test should not need.
 */
describe('relevance table (sample collection)', async () => {
  const problems = new ProblemList();
  const parsed = await readCollection(
    path.resolve(import.meta.dirname, '../../../../../collection'),
    problems,
  );
  const records = compileRecords(parsed, new Map());
  const index = createSearchIndex({ ...records, synonyms: parsed.synonyms, languages: parsed.languages });

  it('reads the sample without errors and has at least 30 queries', () => {
    expect(problems.items.filter((p) => p.severity === 'error')).toEqual([]);
    expect(new Set(SAMPLE_RELEVANCE.map((row) => row.query)).size).toBeGreaterThanOrEqual(30);
  });

  it.each(SAMPLE_RELEVANCE)('$query -> $expect', ({ query, expect: wanted, within, kinds }) => {
    const hits = index.search(query, { kinds }).map((hit) => `${hit.kind}:${hit.id}`);
    const head = hits.slice(0, within ?? wanted.length);
    for (const key of wanted) expect(head, `${key} in ${head.join(', ')}`).toContain(key);
  });
});
