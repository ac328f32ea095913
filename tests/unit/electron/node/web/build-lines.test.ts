import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../../../electron/node/collection/problems';
import { buildOutcomeLines, formatProblem, servingLine } from '../../../../../electron/node/web/build-lines';

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
  it('prints the warnings of a passing build by kind, and its version', () => {
    const warning: Problem = {
      ...typo,
      field: 'title.en',
      kind: 'untranslated',
      severity: 'warning',
      message: 'no English text',
    };
    expect(buildOutcomeLines({ ok: true, errors: [], warnings: [warning], version: 'v2' }, source)).toEqual([
      '1 warning(s) by kind; `npm run web -- --verbose` or `npm run collection -- check DIR --verbose` lists each one:',
      '  untranslated: 1 (no "en" text in 1 field), e.g. pieces/kawung-1920/piece.yaml:12 title.en: no English text',
      'Built the collection at /museum/collection (version v2).',
    ]);
  });

  it('counts many warnings by kind, with one example each and how to see them all', () => {
    const warnings: Problem[] = [
      ...Array.from({ length: 40 }, (_, i) => ({
        ...typo,
        file: `pieces/p${i}/piece.yaml`,
        field: 'summary.jv',
        kind: 'untranslated' as const,
        severity: 'warning' as const,
        message: `no Javanese ${i}`,
      })),
      { ...typo, field: 'titel', kind: 'unknown-field', severity: 'warning', message: 'not a known field' },
    ];
    const lines = buildOutcomeLines({ ok: true, errors: [], warnings, version: 'v3' }, source);
    expect(lines).toEqual([
      '41 warning(s) by kind; `npm run web -- --verbose` or `npm run collection -- check DIR --verbose` lists each one:',
      '  untranslated: 40 (no "jv" text in 40 fields), e.g. pieces/p0/piece.yaml:12 summary.jv: no Javanese 0',
      '  unknown-field: 1, e.g. pieces/kawung-1920/piece.yaml:12 titel: not a known field',
      'Built the collection at /museum/collection (version v3).',
    ]);
    const verbose = buildOutcomeLines({ ok: true, errors: [], warnings, version: 'v3' }, source, {
      verbose: true,
    });
    expect(verbose).toHaveLength(42);
    expect(verbose[40]).toBe('warning pieces/kawung-1920/piece.yaml:12 titel: not a known field');
  });

  it('lists every error of a rejected build in full, whatever the warnings', () => {
    const errors = Array.from({ length: 30 }, (_, i) => ({ ...typo, message: `error number ${i}` }));
    const warning: Problem = { ...typo, kind: 'untranslated', severity: 'warning', message: 'no jv' };
    const lines = buildOutcomeLines({ ok: false, errors, warnings: [warning, warning] }, source);
    expect(lines.filter((l) => l.startsWith('error '))).toHaveLength(30);
    expect(lines.filter((l) => l.startsWith('warning '))).toHaveLength(0);
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
