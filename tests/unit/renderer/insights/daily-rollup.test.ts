import { describe, expect, it } from 'vitest';
import {
  addSession,
  addSessions,
  emptyRollup,
  medianFromBuckets,
  mergeRollups,
  SEARCH_TEXTS_PER_DAY,
  zeroResultCount,
} from '../../../../renderer/insights/daily-rollup';
import { LENGTH_BUCKETS_SEC } from '../../../../renderer/insights/insight-types';
import { at, visit } from './visits';

const day = '2025-03-09';
const t = at(day, 14);

describe('daily rollup: adding a visit', () => {
  it('counts a visit in every total and leaves its input alone', () => {
    const before = emptyRollup(day);
    const v = visit(t, [
      { kind: 'screen', at: t, screen: 'home' },
      { kind: 'piece', at: t + 1, id: 'p1', dwellMs: 30_000 },
      { kind: 'piece', at: t + 2, id: 'p1', dwellMs: 10_000 },
      { kind: 'motif', at: t + 3, id: 'kawung', dwellMs: 5_000 },
      { kind: 'zoom', at: t + 4, pieceId: 'p1', depth: 1 },
      { kind: 'zoom', at: t + 5, pieceId: 'p1', depth: 5.5 },
      { kind: 'compare', at: t + 6, a: 'p1', b: 'p2' },
      { kind: 'qr', at: t + 7, target: 'p1' },
      { kind: 'facet', at: t + 8, field: 'region', value: 'Pekalongan', on: true },
      { kind: 'facet', at: t + 9, field: 'region', value: 'Pekalongan', on: false },
      { kind: 'search', at: t + 10, text: 'parang', results: 4 },
      { kind: 'search', at: t + 11, text: 'batik belanda', results: 0 },
      { kind: 'error', at: t + 12, what: 'image-missing' },
      { kind: 'view', at: t + 13, view: 'list' },
    ]);
    const r = addSession(before, { ...v, languages: ['id', 'en', 'id'], a11yModes: ['large-text'] });

    expect(before).toEqual(emptyRollup(day));
    expect(r).toMatchObject({
      day,
      sessions: 1,
      glances: 0,
      totalMs: 60_000,
      languages: { id: 1, en: 1 },
      a11yModes: { 'large-text': 1 },
      orientations: { landscape: 1 },
      pieces: { p1: { opens: 2, dwellMs: 40_000 } },
      motifs: { kawung: { opens: 1, dwellMs: 5_000 } },
      zoom: { sessions: 1, opens: 2, depths: { '1-2': 1, '4-8': 1 } },
      compares: 1,
      qrShown: 1,
      facets: { 'region=Pekalongan': 1 },
      searches: 2,
      searchTexts: { parang: 1, 'batik belanda': 1 },
      zeroResults: { 'batik belanda': 1 },
      errors: { 'image-missing': 1 },
      screens: { home: 1 },
    });
    expect(r.hours[14]).toBe(1);
    // 60 s is within the third bucket's upper bound (10, 30, 60...).
    expect(r.lengthBuckets[2]).toBe(1);
    expect(r.lengthBuckets.reduce((a, b) => a + b)).toBe(1);
  });

  it('counts a glance in glances only', () => {
    const glance = visit(t, [{ kind: 'search', at: t, text: 'x', results: 0 }], {
      interactions: 1,
      glance: true,
    });
    expect(addSession(emptyRollup(day), glance)).toEqual({ ...emptyRollup(day), glances: 1 });
  });

  it('keeps at most SEARCH_TEXTS_PER_DAY texts, dropping the least counted into an explicit other', () => {
    const search = (text: string, results = 0) => ({ kind: 'search' as const, at: t, text, results });
    const popular = visit(t, [search('parang'), search('parang'), search('kawung', 3)]);
    const many = Array.from({ length: SEARCH_TEXTS_PER_DAY + 30 }, (_, i) =>
      visit(t, [search(`text ${String(i).padStart(3, '0')}`)]),
    );
    const r = addSessions(emptyRollup(day), [popular, ...many]);

    expect(Object.keys(r.searchTexts)).toHaveLength(SEARCH_TEXTS_PER_DAY);
    expect(Object.keys(r.zeroResults)).toHaveLength(SEARCH_TEXTS_PER_DAY);
    expect(r.searchTexts.parang).toBe(2);
    expect(r.zeroResults.parang).toBe(2);
    expect(r.searches).toBe(3 + SEARCH_TEXTS_PER_DAY + 30);
    // Nothing is lost from the totals: kept counts plus `other` add up to every search.
    const kept = Object.values(r.searchTexts).reduce((a, b) => a + b);
    expect(kept + r.searchTextsOther).toBe(r.searches);
    expect(zeroResultCount(r)).toBe(2 + SEARCH_TEXTS_PER_DAY + 30);
  });

  it('cuts a text to 60 characters and keeps keys like __proto__ as plain counts', () => {
    const long = 'ꦧꦠꦶꦏ꧀'.repeat(30);
    const v = visit(t, [
      { kind: 'search', at: t, text: long, results: 1 },
      { kind: 'search', at: t, text: '__proto__', results: 1 },
      { kind: 'search', at: t, text: 'constructor', results: 1 },
      { kind: 'search', at: t, text: 'constructor', results: 1 },
    ]);
    const r = addSession(emptyRollup(day), v);
    const [cut] = Object.keys(r.searchTexts);
    expect(Array.from(cut!)).toHaveLength(60);
    expect(Object.getPrototypeOf(r.searchTexts)).toBe(Object.prototype);
    expect(Object.entries(r.searchTexts).slice(1)).toEqual([
      ['__proto__', 1],
      ['constructor', 2],
    ]);
    // It survives the copy every later add makes.
    expect(addSession(r, v).searchTexts.constructor).toBe(4);
  });
});

describe('daily rollup: merging', () => {
  it('sums two days and names the range', () => {
    const a = addSessions(emptyRollup('2025-03-08'), [
      visit(at('2025-03-08', 9), [{ kind: 'piece', at: 0, id: 'p1', dwellMs: 1000 }]),
    ]);
    const b = addSessions(emptyRollup('2025-03-09'), [
      visit(at('2025-03-09', 9), [{ kind: 'piece', at: 0, id: 'p1', dwellMs: 2000 }], { languages: ['en'] }),
      visit(at('2025-03-09', 10), [], { glance: true }),
    ]);
    const m = mergeRollups([b, a]);
    expect(m).toMatchObject({
      day: '2025-03-08/2025-03-09',
      sessions: 2,
      glances: 1,
      totalMs: 120_000,
      languages: { id: 1, en: 1 },
      pieces: { p1: { opens: 2, dwellMs: 3000 } },
    });
    expect(m.hours[9]).toBe(2);
    expect(mergeRollups([a]).day).toBe('2025-03-08');
    expect(mergeRollups([])).toEqual(emptyRollup(''));
  });

  it('keeps the merged search texts to the cap as well, with the rest in other', () => {
    const days = Array.from({ length: 3 }, (_, d) => {
      const dayName = `2025-03-0${d + 1}`;
      const texts = Array.from({ length: SEARCH_TEXTS_PER_DAY }, (_, i) => ({
        kind: 'search' as const,
        at: 0,
        text: `day ${d} text ${i}`,
        results: 1,
      }));
      return addSession(emptyRollup(dayName), visit(at(dayName), texts));
    });
    const m = mergeRollups(days);
    expect(Object.keys(m.searchTexts)).toHaveLength(SEARCH_TEXTS_PER_DAY);
    expect(m.searchTextsOther).toBe(2 * SEARCH_TEXTS_PER_DAY);
  });
});

describe('median from length buckets', () => {
  const buckets = (counts: Record<number, number>) =>
    Array.from({ length: LENGTH_BUCKETS_SEC.length + 1 }, (_, i) => counts[i] ?? 0);

  it('is 0 with no visits', () => {
    expect(medianFromBuckets(buckets({}))).toBe(0);
  });

  it('interpolates evenly inside the bucket holding the middle visit', () => {
    // Four visits in 60-120 s: the middle is halfway through that bucket.
    expect(medianFromBuckets(buckets({ 3: 4 }))).toBe(90_000);
    // One short visit and three in 30-60 s: the middle (rank 2 of 4) is 1/3 into 30-60 s.
    expect(medianFromBuckets(buckets({ 0: 1, 2: 3 }))).toBe(40_000);
  });

  it('gives the last bound when the middle visit is in the open last bucket', () => {
    expect(medianFromBuckets(buckets({ [LENGTH_BUCKETS_SEC.length]: 3 }))).toBe(3_600_000);
  });
});
