import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../../../../electron/node/collection/check';
import type { Problem } from '../../../../../electron/node/collection/problems';
import { formatReport } from '../../../../../electron/node/collection/report-text';

const problem = (p: Partial<Problem> & Pick<Problem, 'file' | 'field' | 'kind'>): Problem => ({
  message: `message about ${p.field}`,
  severity: 'warning',
  ...p,
});

const report: CheckReport = {
  errors: [
    problem({
      file: 'pieces/b/piece.yaml',
      field: 'object',
      kind: 'dangling-term',
      line: 2,
      severity: 'error',
    }),
  ],
  warnings: [
    problem({ file: 'pieces/b/piece.yaml', field: 'title.jv', kind: 'untranslated', line: 4 }),
    problem({ file: 'pieces/b/piece.yaml', field: 'summary.jv', kind: 'untranslated', line: 5 }),
    problem({ file: 'pieces/b/piece.yaml', field: 'summary.nl', kind: 'untranslated', line: 5 }),
    problem({ file: 'pieces/a/piece.yaml', field: 'titel', kind: 'unknown-field', line: 3 }),
  ],
  stats: { pieces: 2, motifs: 0, images: 2, languages: ['id', 'jv', 'nl'] },
};

describe('formatReport', () => {
  const text = formatReport(report, 'collection');
  const verbose = formatReport(report, 'collection', { verbose: true });

  it('lists every error under its file', () => {
    expect(text).toContain(
      'pieces/b/piece.yaml\n  ERROR   line 2: object: message about object [dangling-term]\n',
    );
  });

  it('counts warnings by kind, the most frequent first, with one example each', () => {
    const summary = text.slice(text.indexOf('Warnings by kind'));
    expect(summary).toMatch(/^Warnings by kind \(add --verbose to list every one\):\n/);
    expect(summary).toContain('  untranslated (3): no "jv" text in 2 fields, no "nl" text in 1\n');
    expect(summary).toContain(
      '  unknown-field (1)\n    e.g. pieces/a/piece.yaml line 3: titel: message about titel\n',
    );
    expect(summary.indexOf('untranslated')).toBeLessThan(summary.indexOf('unknown-field'));
    // The example of a kind is its first in file order: pieces/b's title, line 4.
    expect(summary).toContain('    e.g. pieces/b/piece.yaml line 4: title.jv: message about title.jv\n');
    expect(text).not.toContain('message about summary.nl');
    expect(text).not.toContain('pieces/a/piece.yaml\n');
  });

  it('lists every warning under its file with verbose, errors first', () => {
    expect(verbose.indexOf('pieces/a/piece.yaml')).toBeLessThan(verbose.indexOf('pieces/b/piece.yaml'));
    expect(verbose).toContain(
      'pieces/b/piece.yaml\n  ERROR   line 2: object: message about object [dangling-term]\n',
    );
    expect(verbose).toContain('  warning line 3: titel: message about titel [unknown-field]');
    expect(verbose).not.toContain('Warnings by kind');
  });

  it('folds untranslated fields into one line per language with verbose', () => {
    expect(verbose).toContain('  warning no "jv" text in 2 fields: title, summary [untranslated]');
    expect(verbose).toContain('  warning no "nl" text in 1 field: summary [untranslated]');
    expect(verbose).not.toContain('message about title.jv');
  });

  it('ends with the counts and what the kiosk will do', () => {
    for (const t of [text, verbose]) {
      expect(t).toContain('Checked collection: 2 pieces, 0 motifs, 2 images, languages id, jv, nl.');
      expect(t).toContain('1 error, 4 warnings.');
      // Its only error is in one piece's file: that piece is held back, the rest goes live.
      expect(
        t
          .trimEnd()
          .endsWith(
            'holds back 1 piece (a last good version stays live where there is one) and shows everything else.',
          ),
      ).toBe(true);
    }
  });

  it('summarises the 576 warnings of a sample-like report in a few lines', () => {
    const many: CheckReport = {
      errors: [],
      warnings: Array.from({ length: 576 }, (_, i) =>
        problem({ file: `pieces/p${i}/piece.yaml`, field: 'description.jv', kind: 'untranslated', line: 9 }),
      ),
      stats: report.stats,
    };
    const lines = formatReport(many, 'collection').split('\n');
    expect(lines.length).toBeLessThan(10);
    expect(lines).toContain('  untranslated (576): no "jv" text in 576 fields');
    expect(formatReport(many, 'collection', { verbose: true }).split('\n').length).toBeGreaterThan(576);
  });
});
