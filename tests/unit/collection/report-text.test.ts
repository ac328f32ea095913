import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../../../electron/node/collection/check';
import type { Problem } from '../../../electron/node/collection/problems';
import { formatReport } from '../../../electron/node/collection/report-text';

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

  it('groups problems by file in name order, errors first', () => {
    expect(text.indexOf('pieces/a/piece.yaml')).toBeLessThan(text.indexOf('pieces/b/piece.yaml'));
    expect(text).toContain(
      'pieces/b/piece.yaml\n  ERROR   line 2: object: message about object [dangling-term]\n',
    );
  });

  it('folds untranslated fields into one line per language', () => {
    expect(text).toContain('  warning no "jv" text in 2 fields: title, summary [untranslated]');
    expect(text).toContain('  warning no "nl" text in 1 field: summary [untranslated]');
    expect(text).not.toContain('message about title.jv');
  });

  it('ends with the counts and what the kiosk will do', () => {
    expect(text).toContain('Checked collection: 2 pieces, 0 motifs, 2 images, languages id, jv, nl.');
    expect(text).toContain('1 error, 4 warnings.');
    // Its only error is in one piece's file: that piece is held back, the rest goes live.
    expect(
      text
        .trimEnd()
        .endsWith(
          'holds back 1 piece (a last good version stays live where there is one) and shows everything else.',
        ),
    ).toBe(true);
  });
});
