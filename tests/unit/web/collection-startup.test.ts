import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../electron/node/collection/problems';
import {
  compileForServing,
  formatProblem,
  WARNINGS_SHOWN,
} from '../../../electron/node/web/collection-startup';
import type { BuildOutcome } from '../../../electron/node/web/collection-startup';

const typo: Problem = {
  file: 'pieces/kawung-1920/piece.yaml',
  field: 'production.date.earliest',
  line: 12,
  kind: 'wrong-type',
  message: 'must be a year such as 1920',
  severity: 'error',
};

const newBuild = '/cache/web-collection/builds/b2-2';
const previousBuild = '/cache/web-collection/builds/b1-1';

const run = async (outcome: BuildOutcome | Error, lastGood: string | null = previousBuild) => {
  const lines: string[] = [];
  const asked: string[] = [];
  const root = await compileForServing(
    {
      build: async () => {
        if (outcome instanceof Error) throw outcome;
        return outcome;
      },
      lastGood: (out) => {
        asked.push(out);
        return lastGood;
      },
    },
    { source: '/museum/collection', out: '/cache/web-collection' },
    (line) => lines.push(line),
  );
  return { root, lines, asked };
};

describe('compileForServing', () => {
  it('serves a passing build and prints its warnings', async () => {
    const warning: Problem = {
      ...typo,
      kind: 'untranslated',
      severity: 'warning',
      message: 'no English text',
    };
    const { root, lines } = await run({ ok: true, errors: [], warnings: [warning], outDir: newBuild });
    expect(root).toBe(newBuild);
    expect(lines).toEqual([
      'warning pieces/kawung-1920/piece.yaml:12 production.date.earliest: no English text',
    ]);
  });

  it('prints the first few warnings and says how many more there are', async () => {
    const warnings = Array.from({ length: WARNINGS_SHOWN + 3 }, (_, i) => ({
      ...typo,
      severity: 'warning' as const,
      message: `warning number ${i}`,
    }));
    const { lines } = await run({ ok: true, errors: [], warnings, outDir: newBuild });
    expect(lines).toHaveLength(WARNINGS_SHOWN + 1);
    expect(lines.at(-1)).toMatch(/^\.\.\.and 3 more warning\(s\)/);
  });

  it('prints each error with file, field and message and keeps the last good build', async () => {
    const { root, lines } = await run({ ok: false, errors: [typo], warnings: [], outDir: previousBuild });
    expect(root).toBe(previousBuild);
    expect(lines).toContain(
      'error pieces/kawung-1920/piece.yaml:12 production.date.earliest: must be a year such as 1920',
    );
    expect(lines.at(-1)).toBe(`Serving the last good build from ${previousBuild}.`);
  });

  it('serves no collection when a failed build left nothing good behind', async () => {
    const { root, lines } = await run({ ok: false, errors: [typo], warnings: [], outDir: null });
    expect(root).toBeNull();
    expect(lines.at(-1)).toMatch(/without a collection/);
  });

  it('survives a build that throws, falling back to the live build on disk', async () => {
    const { root, lines, asked } = await run(new Error('ENOENT: no such folder'));
    expect(root).toBe(previousBuild);
    expect(asked).toEqual(['/cache/web-collection']);
    expect(lines[0]).toMatch(/\/museum\/collection: ENOENT/);
    expect((await run(new Error('boom'), null)).root).toBeNull();
  });
});

it('formats problems without a line or field', () => {
  expect(formatProblem({ ...typo, line: undefined, field: '' })).toBe(
    'pieces/kawung-1920/piece.yaml: must be a year such as 1920',
  );
});
