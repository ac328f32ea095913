import { describe, expect, it } from 'vitest';
import {
  PART_MAX_CHARS,
  PART_MIN_CHARS,
  partKey,
  splitText,
  unpackParts,
} from '../../../../../electron/shared/search/split-text';

/** A JSON-like text of `n` entries, deterministic (no Math.random). */
function indexLike(n: number, edit?: { at: number; text: string }): string {
  const entries: string[] = [];
  for (let i = 0; i < n; i++) {
    const term = edit?.at === i ? edit.text : `term${(i * 7919) % 100_003}x${i % 13}`;
    entries.push(`["${term}",{"0":{"${i % 97}":${(i % 5) + 1},"${(i * 31) % 997}":1}}]`);
  }
  return `{"index":[${entries.join(',')}]}`;
}

describe('splitText', () => {
  it('cuts a text into parts that join back into the same text, within the size bounds', () => {
    const text = indexLike(20_000);
    const parts = splitText(text);
    expect(parts.join('')).toBe(text);
    expect(parts.length).toBeGreaterThan(text.length / PART_MAX_CHARS);
    for (const part of parts.slice(0, -1)) {
      expect(part.length).toBeGreaterThanOrEqual(PART_MIN_CHARS);
      expect(part.length).toBeLessThanOrEqual(PART_MAX_CHARS);
    }
    expect(splitText('')).toEqual([]);
    expect(splitText('short')).toEqual(['short']);
  });

  it('changes only the parts around an edit: the others come out with the same text', () => {
    const before = splitText(indexLike(20_000));
    const after = splitText(indexLike(20_000, { at: 10_000, text: 'a-longer-replacement-term' }));
    const old = new Set(before);
    const fresh = after.filter((part) => !old.has(part));
    expect(before.length).toBeGreaterThan(20);
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.length).toBeLessThanOrEqual(2);
  });
});

describe('partKey', () => {
  it('is the same for the same text and differs for a one-character change', () => {
    expect(partKey('{"a":1}')).toBe(partKey('{"a":1}'));
    expect(partKey('{"a":1}')).not.toBe(partKey('{"a":2}'));
    expect(partKey('x'.repeat(5000))).toMatch(/^searchpart:[0-9a-f]+-[0-9a-f]+-3uw$/);
  });
});

describe('unpackParts', () => {
  it("cuts a pack back into its parts' texts by the lengths their keys carry", () => {
    const parts = splitText(indexLike(3000));
    const keys = parts.map(partKey);
    expect(parts.length).toBeGreaterThan(2);
    expect(unpackParts(parts.join(''), keys)).toEqual(parts);
  });

  it('gives nothing when the lengths do not add up to the pack, longer or shorter', () => {
    const parts = splitText(indexLike(3000));
    const keys = parts.map(partKey);
    expect(unpackParts(`${parts.join('')}~`, keys)).toBeUndefined();
    expect(unpackParts(parts.join('').slice(1), keys)).toBeUndefined();
  });
});
