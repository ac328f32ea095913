import { describe, expect, it } from 'vitest';
import { createSearchIndex, cutNameGroups } from '../../../../../electron/shared/search';
import { nameGroupKey } from '../../../../../electron/shared/search/name-groups';
import { piece, piecesOnlyInput } from '../../../support/memory-collection';

const PLACES = ['Lasem', 'Pekalongan', 'Solo', 'Yogyakarta', 'Cirebon', 'Madura', 'Garut', 'Tuban'];

/** The head line of an index whose titles spread over many first letters. */
function headLine(): string {
  const pieces = Array.from({ length: 400 }, (_, i) =>
    piece(`p${i}`, `Kain ${PLACES[i % 8]} ${String.fromCharCode(97 + (i % 26))}ambar ${i}`),
  );
  const index = createSearchIndex(piecesOnlyInput(pieces));
  return index.toJSON().split('\n')[0]!;
}

describe('cutNameGroups', () => {
  const line = headLine();

  it('cuts the term list into groups that join back to the line, each key in one group', () => {
    const cut = cutNameGroups(line, 2000)!;
    expect(cut.before.endsWith('"index":[')).toBe(true);
    expect(cut.after.startsWith('],"serializationVersion"')).toBe(true);
    expect(cut.before + cut.groups.map((group) => group.text).join(',') + cut.after).toBe(line);
    expect(cut.groups.length).toBeGreaterThan(5);
    const keys = cut.groups.flatMap((group) => group.keys);
    expect(new Set(keys).size).toBe(keys.length);
    // Each group holds exactly the terms of its keys.
    for (const group of cut.groups) {
      const terms = (JSON.parse(`[${group.text}]`) as [string, unknown][]).map(([term]) => term);
      expect(new Set(terms.map(nameGroupKey))).toEqual(new Set(group.keys));
    }
  });

  it('keeps neighbouring keys together below the size given, and every key apart with 0', () => {
    const merged = cutNameGroups(line, 2000)!;
    const apart = cutNameGroups(line, 0)!;
    expect(apart.groups.every((group) => group.keys.length === 1)).toBe(true);
    expect(apart.groups.flatMap((group) => group.keys)).toEqual(merged.groups.flatMap((group) => group.keys));
    expect(merged.groups.length).toBeLessThan(apart.groups.length);
  });

  it('refuses a list that is not depth first (a key met again) and a line without a names part', () => {
    const cut = cutNameGroups(line, 0)!;
    const [first, second] = cut.groups;
    const swapped = `${cut.before}${first!.text},${second!.text},${first!.text}${cut.after}`;
    expect(cutNameGroups(swapped)).toBeUndefined();
    expect(cutNameGroups('{"format":4}')).toBeUndefined();
  });
});
