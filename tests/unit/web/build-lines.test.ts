import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../electron/node/collection/problems';
import {
  buildOutcomeLines,
  formatProblem,
  servingLine,
  WARNINGS_SHOWN,
} from '../../../electron/node/web/build-lines';

const typo: Problem = {
  file: 'pieces/kawung-1920/piece.yaml',
  field: 'production.date.earliest',
  line: 12,
  kind: 'wrong-type',
  message: 'must be a year such as 1920',
  severity: 'error',
};
const source = '/museum/collection';

describe('buildOutcomeLines', () => {
  it('prints the warnings of a passing build and its version', () => {
    const warning: Problem = {
      ...typo,
      kind: 'untranslated',
      severity: 'warning',
      message: 'no English text',
    };
    expect(buildOutcomeLines({ ok: true, errors: [], warnings: [warning], version: 'v2' }, source)).toEqual([
      'warning pieces/kawung-1920/piece.yaml:12 production.date.earliest: no English text',
      'Built the collection at /museum/collection (version v2).',
    ]);
  });

  it('prints the first few warnings and says how many more there are', () => {
    const warnings = Array.from({ length: WARNINGS_SHOWN + 3 }, (_, i) => ({
      ...typo,
      severity: 'warning' as const,
      message: `warning number ${i}`,
    }));
    const lines = buildOutcomeLines({ ok: true, errors: [], warnings }, source);
    expect(lines).toHaveLength(WARNINGS_SHOWN + 2);
    expect(lines[WARNINGS_SHOWN]).toMatch(/^\.\.\.and 3 more warning\(s\)/);
  });

  it('prints each error of a rejected build with file, line, field and message', () => {
    const lines = buildOutcomeLines({ ok: false, errors: [typo], warnings: [] }, source);
    expect(lines).toEqual([
      'The collection at /museum/collection has 1 error(s):',
      'error pieces/kawung-1920/piece.yaml:12 production.date.earliest: must be a year such as 1920',
    ]);
  });
});

it('says what is served after a build', () => {
  expect(servingLine('/out/builds/b2', true)).toBe('Serving /out/builds/b2.');
  expect(servingLine('/out/builds/b1', false)).toBe('Serving the last good build from /out/builds/b1.');
  expect(servingLine(null, false)).toMatch(/without a collection/);
});

it('formats problems without a line or field', () => {
  expect(formatProblem({ ...typo, line: undefined, field: '' })).toBe(
    'pieces/kawung-1920/piece.yaml: must be a year such as 1920',
  );
});
