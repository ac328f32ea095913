import { describe, expect, it } from 'vitest';
import type { PieceRecord, TermRecord } from '../../../../../electron/shared/collection-records';
import { homeGroups } from '../../../../../renderer/features/home/home-groups';

const term = (key: string, order: number): TermRecord => ({
  id: `group:${key}`,
  vocab: 'group',
  key,
  label: { id: `Batik ${key}` },
  order,
  hash: key,
});

const piece = (id: string, group: string, withImage = true) =>
  ({ id, group, media: withImage ? [{ view: 'full' }] : [] }) as unknown as PieceRecord;

describe('homeGroups', () => {
  const terms = new Map(
    [term('pedalaman', 1), term('pesisiran', 0), term('kontemporer', 2)].map((t) => [t.id, t]),
  );
  terms.set('colour:soga', { ...term('soga', 0), id: 'colour:soga', vocab: 'colour' });

  it("lists the group vocabulary in the curator's order with a count per group", () => {
    const groups = homeGroups(terms, [
      piece('a', 'pesisiran'),
      piece('b', 'pesisiran'),
      piece('c', 'pedalaman'),
    ]);
    expect(groups.map((g) => [g.key, g.count])).toEqual([
      ['pesisiran', 2],
      ['pedalaman', 1],
      ['kontemporer', 0],
    ]);
  });
  it('picks the first piece with an image as the sample, and keeps groups without a term', () => {
    const groups = homeGroups(terms, [
      piece('a', 'pesisiran', false),
      piece('b', 'pesisiran'),
      piece('x', 'lain'),
    ]);
    expect(groups[0]?.sample?.id).toBe('b');
    expect(groups.at(-1)).toMatchObject({ key: 'lain', count: 1, term: undefined });
  });
  it("falls back to the museum's five groups when the vocabulary is missing", () => {
    expect(homeGroups(new Map(), []).map((g) => g.key)).toEqual([
      'mancanegara',
      'nusantara',
      'pedalaman',
      'pesisiran',
      'kontemporer',
    ]);
  });
});
