import { describe, expect, it } from 'vitest';
import { sharedValues, shareValues, type SharedValues } from '../../../../renderer/records/share-values';
import { pieceSummary } from '../../../../renderer/records/piece-summary';
import { piece } from '../../support/memory-collection';

/**
 * Equal strings cannot be told apart in JavaScript, so these pools hold a marked copy of some texts:
 * a value that comes out marked is one the walk replaced by the pool's copy.
 */
function marked(...texts: string[]): SharedValues {
  return { texts: new Map(texts.map((text) => [text, `${text}#held`])), leaves: new Map() };
}

/** Every string inside `value`, marked as `marked` would hold it. */
const markAll = (value: unknown): unknown =>
  typeof value === 'string'
    ? `${value}#held`
    : Array.isArray(value)
      ? value.map(markAll)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, markAll(v)]))
        : value;

describe('one copy of each text across the summaries', () => {
  it("replaces every string the pool holds, however deep, by the pool's copy", () => {
    const value = {
      title: { id: 'Kain', en: 'Cloth' },
      dyes: ['indigo', 'soga', 'indigo'],
      media: [{ view: 'full', thumbs: [{ size: 400, src: 'thumbs/a.webp' }] }],
      production: { makers: [{ role: 'pembatik', name: 'Oey Soe Tjoen' }], date: { earliest: 1930 } },
    };
    expect(shareValues(value, marked('full', 'pembatik', 'indigo', 'Kain'))).toEqual({
      title: { id: 'Kain#held', en: 'Cloth' },
      dyes: ['indigo#held', 'soga', 'indigo#held'],
      media: [{ view: 'full#held', thumbs: [{ size: 400, src: 'thumbs/a.webp' }] }],
      production: { makers: [{ role: 'pembatik#held', name: 'Oey Soe Tjoen' }], date: { earliest: 1930 } },
    });
  });

  it('works in place and adds the texts it has not seen, so the next record shares them', () => {
    const shared = sharedValues();
    const first = { group: 'pesisiran', colours: ['biru'] };
    expect(shareValues(first, shared)).toBe(first);
    expect([...shared.texts.keys()].sort()).toEqual(['biru', 'pesisiran']);
    // Mark the held copies: a second record with the same texts then comes out with them.
    for (const text of shared.texts.keys()) shared.texts.set(text, `${text}#held`);
    expect(shareValues({ group: 'pesisiran', note: 'baru' }, shared)).toEqual({
      group: 'pesisiran#held',
      note: 'baru',
    });
  });

  it('leaves numbers, booleans, null and missing values as they are', () => {
    const value = { onDisplay: false, width: 4000, fabric: undefined, note: null, list: [1, true, null] };
    expect(shareValues(value, marked('4000', 'false', 'null'))).toEqual({
      onDisplay: false,
      width: 4000,
      fabric: undefined,
      note: null,
      list: [1, true, null],
    });
  });

  it('reaches every text of a piece summary (title, group, facets, maker, date, image) and changes nothing else', () => {
    const summary = pieceSummary({ ...piece('p1', 'Kain Jlamprang', ['jlamprang']), fabric: 'katun' });
    const before = structuredClone(summary);
    const texts: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') texts.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(summary);
    expect(texts).toEqual(expect.arrayContaining(['p1', 'katun', 'jlamprang', 'Kain Jlamprang']));
    expect(shareValues(summary, marked(...texts))).toEqual(markAll(before));
  });
});

describe('one copy of each small object and list across the summaries', () => {
  it('gives records equal small objects and lists of plain values the first one seen', () => {
    const shared = sharedValues();
    const a = {
      display: { onDisplay: false },
      dyes: ['indigo', 'soga'],
      makers: [{ role: 'pembatik', certainty: 'attributed' }],
      none: [],
    };
    const b = {
      display: { onDisplay: false },
      dyes: ['indigo', 'soga'],
      makers: [{ role: 'pembatik', certainty: 'attributed' }],
      none: [],
    };
    shareValues(a, shared);
    shareValues(b, shared);
    expect(b.display).toBe(a.display);
    expect(b.dyes).toBe(a.dyes);
    expect(b.none).toBe(a.none);
    // The maker's credit is shared; the list holding it is not a list of plain values, so each record keeps its own.
    expect(b.makers[0]).toBe(a.makers[0]);
    expect(b.makers).not.toBe(a.makers);
  });

  it('tells apart what only looks alike: order, strings from numbers, lists from objects, absent from undefined', () => {
    const shared = sharedValues();
    const seen = [
      { v: ['a', 'b'] },
      { v: ['b', 'a'] },
      { v: ['1'] },
      { v: [1] },
      { v: { 0: 'a' } },
      { v: ['a'] },
      { v: { a: 1, b: 2 } },
      { v: { b: 2, a: 1 } },
      { v: {} },
      { v: { a: undefined } },
      { v: [null] },
      { v: [Number.NaN] },
    ];
    const copies = seen.map((record) => structuredClone(record));
    seen.forEach((record) => shareValues(record, shared));
    copies.forEach((record) => shareValues(record, shared));
    seen.forEach((record, i) => expect(copies[i]!.v).toEqual(record.v));
    // Each distinct value is shared with its own copy only...
    const held = copies.map((record) => record.v);
    expect(held.slice(0, 9).every((v, i) => v === seen[i]!.v)).toBe(true);
    // ...never with another that JSON would write alike.
    expect(new Set(held.slice(0, 9)).size).toBe(9);
    // Values JSON cannot write faithfully are not shared at all.
    expect(copies[9]!.v).not.toBe(seen[9]!.v);
    expect(copies[9]!.v).toHaveProperty('a');
    expect(copies[11]!.v).not.toBe(seen[11]!.v);
    expect(copies[11]!.v[0]).toBeNaN();
    expect(copies[10]!.v).toBe(seen[10]!.v);
  });

  it('keeps objects that are not plain (a Date, a Map) as they are', () => {
    const shared = sharedValues();
    const a = { when: new Date(0), tags: new Map([['k', 'v']]) };
    const b = { when: new Date(0), tags: new Map() };
    shareValues(a, shared);
    shareValues(b, shared);
    expect(b.when).not.toBe(a.when);
    expect(b.tags).not.toBe(a.tags);
    expect(b.tags.size).toBe(0);
  });

  it('shares the small parts of piece summaries read one after the other, not the summaries', () => {
    const shared = sharedValues();
    const one = shareValues(pieceSummary(piece('p1', 'Kain', ['parang'])), shared);
    const two = shareValues(pieceSummary(piece('p2', 'Kain', ['parang'])), shared);
    expect(two).not.toBe(one);
    expect(two.id).toBe('p2');
    expect(two.title).toBe(one.title);
    expect(two.motifIds).toBe(one.motifIds);
    expect(two.display).toBe(one.display);
  });
});
