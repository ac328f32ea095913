import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../../electron/node/collection/problems';
import { compileForServing, formatProblem } from '../../../electron/node/web/collection-startup';
import type { BuildOutcome } from '../../../electron/node/web/collection-startup';

const typo: Problem = {
  file: 'pieces/kawung-1920/piece.yaml',
  field: 'production.date.earliest',
  line: 12,
  kind: 'wrong-type',
  message: 'must be a year such as 1920',
  severity: 'error',
};

let base: string;
let goodBuild: string;
beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'kiosk-startup-'));
  goodBuild = path.join(base, 'good');
  await mkdir(goodBuild);
  await writeFile(path.join(goodBuild, 'manifest.json'), '{}');
});
afterAll(() => rm(base, { recursive: true, force: true }));

const run = async (outcome: BuildOutcome | Error) => {
  const lines: string[] = [];
  const root = await compileForServing(
    async () => {
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    { source: '/museum/collection', out: base },
    (line) => lines.push(line),
  );
  return { root, lines };
};

describe('compileForServing', () => {
  it('serves a passing build and prints its warnings', async () => {
    const warning: Problem = {
      ...typo,
      kind: 'untranslated',
      severity: 'warning',
      message: 'no English text',
    };
    const { root, lines } = await run({ ok: true, errors: [], warnings: [warning], outDir: goodBuild });
    expect(root).toBe(goodBuild);
    expect(lines).toEqual([
      'warning pieces/kawung-1920/piece.yaml:12 production.date.earliest: no English text',
    ]);
  });

  it('prints each error with file, field and message and keeps the last good build', async () => {
    const { root, lines } = await run({ ok: false, errors: [typo], warnings: [], outDir: goodBuild });
    expect(root).toBe(goodBuild);
    expect(lines).toContain(
      'error pieces/kawung-1920/piece.yaml:12 production.date.earliest: must be a year such as 1920',
    );
    expect(lines.at(-1)).toMatch(/last good build/);
  });

  it('serves no collection when a failed build left nothing good behind', async () => {
    const { root, lines } = await run({
      ok: false,
      errors: [typo],
      warnings: [],
      outDir: path.join(base, 'none'),
    });
    expect(root).toBeNull();
    expect(lines.at(-1)).toMatch(/without a collection/);
    expect((await run({ ok: false, errors: [typo], warnings: [], outDir: '' })).root).toBeNull();
  });

  it('survives a build that throws', async () => {
    const { root, lines } = await run(new Error('ENOENT: no such folder'));
    expect(root).toBeNull();
    expect(lines[0]).toMatch(/\/museum\/collection: ENOENT/);
  });
});

it('formats problems without a line or field', () => {
  expect(formatProblem({ ...typo, line: undefined, field: '' })).toBe(
    'pieces/kawung-1920/piece.yaml: must be a year such as 1920',
  );
});
