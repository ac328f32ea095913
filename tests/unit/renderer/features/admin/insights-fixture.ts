import type { SessionRecord } from '../../../../../renderer/insights/insight-types';
import { at, visit } from '../../insights/visits';

/** The fixture's today: every range ends here. */
export const TODAY = '2025-03-20';
export const NOW = at(TODAY, 18);

/**
 * A small museum week: three visits and a glance today, one visit five days ago, one forty days
 * ago (outside 7 and 30 days). Piece p1 and motif jlamprang are opened, one search finds nothing.
 */
export function museumWeek(): SessionRecord[] {
  return [
    visit(
      at(TODAY, 9),
      [
        { kind: 'piece', at: 0, id: 'p1', dwellMs: 90_000 },
        { kind: 'zoom', at: 0, pieceId: 'p1', depth: 3 },
        { kind: 'search', at: 0, text: 'parang rusak', results: 0 },
        { kind: 'search', at: 0, text: 'kawung', results: 4 },
      ],
      { languages: ['id', 'en'], a11yModes: ['highContrast'] },
    ),
    visit(at(TODAY, 9, 30), [
      { kind: 'piece', at: 0, id: 'p1', dwellMs: 30_000 },
      { kind: 'piece', at: 0, id: 'gone-piece', dwellMs: 10_000 },
      { kind: 'motif', at: 0, id: 'jlamprang', dwellMs: 20_000 },
      { kind: 'zoom', at: 0, pieceId: 'p1', depth: 1 },
    ]),
    visit(at(TODAY, 14), [], { end: at(TODAY, 14) + 5 * 60_000 }),
    visit(at(TODAY, 15), [], { glance: true, interactions: 1 }),
    visit(at('2025-03-15', 11), [{ kind: 'search', at: 0, text: 'parang rusak', results: 0 }]),
    visit(at('2025-02-08', 10)),
  ];
}
