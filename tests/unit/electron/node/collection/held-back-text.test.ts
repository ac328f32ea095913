import { describe, expect, it } from 'vitest';
import {
  heldBackLines,
  liveCounts,
  whatTheKioskDoes,
} from '../../../../../electron/node/collection/held-back-text';
import type { HeldBackRecord } from '../../../../../electron/node/collection/hold-back';
import type { Problem } from '../../../../../electron/node/collection/problems';

const error = (file: string, field = '', line?: number): Problem => ({
  file,
  field,
  ...(line === undefined ? {} : { line }),
  kind: 'required',
  message: 'Something is missing.',
  severity: 'error',
});

const heldBack: HeldBackRecord[] = [
  {
    kind: 'motifs',
    id: 'parang',
    previousKept: false,
    problems: [error('motifs/parang/motif.yaml', 'name.id', 1)],
  },
  {
    kind: 'pieces',
    id: 'kawung-cap',
    previousKept: true,
    problems: [error('pieces/kawung-cap/piece.yaml', 'title.id', 4), error('pieces/kawung-cap/piece.yaml')],
  },
];

describe('held-back text for a terminal', () => {
  it('lists each record, what visitors see of it, and its problems with file, line and field', () => {
    expect(heldBackLines(heldBack)).toEqual([
      'Held back 2 records; everything else is live:',
      '  motif parang: not shown until this is fixed',
      '    motifs/parang/motif.yaml:1 name.id: Something is missing.',
      '  piece kawung-cap: its last good version stays live until this is fixed',
      '    pieces/kawung-cap/piece.yaml:4 title.id: Something is missing.',
      '    pieces/kawung-cap/piece.yaml: Something is missing.',
    ]);
    expect(heldBackLines([])).toEqual([]);
  });

  it('counts a kept record as live and a left-out one as not', () => {
    expect(liveCounts({ pieces: 10, motifs: 3 }, heldBack)).toEqual({ pieces: 10, motifs: 2 });
  });

  it("says what the kiosk does with the check's errors", () => {
    expect(whatTheKioskDoes([])).toMatch(/^No errors/);
    expect(
      whatTheKioskDoes([
        error('pieces/a/piece.yaml'),
        error('pieces/a/piece.yaml'),
        error('motifs/b/motif.yaml'),
      ]),
    ).toBe(
      'Fix the errors above: until then the kiosk holds back 1 piece and 1 motif (a last good version stays live where there is one) and shows everything else.',
    );
    expect(whatTheKioskDoes([error('pieces/a/piece.yaml'), error('terms/dye.yaml')])).toBe(
      'Fix the errors above: until then the kiosk keeps showing the last good collection.',
    );
  });
});
