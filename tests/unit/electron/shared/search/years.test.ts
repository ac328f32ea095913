import { describe, expect, it } from 'vitest';
import { canonicalWords } from '../../../../../electron/shared/search/normalise';
import {
  datingSpans,
  NEAR_YEARS,
  OPEN_YEAR,
  readYears,
  yearScore,
  type QuerySpan,
} from '../../../../../electron/shared/search/years';

const read = (text: string, lastIsTyping = true) => readYears(canonicalWords(text), { lastIsTyping });
const spansOf = (text: string) => read(text).spans.map((s) => [...s.span]);

describe('years in a query', () => {
  it.each([
    ['1910', [[1910, 1910]]],
    ['1920-an', [[1920, 1929]]],
    ['1920an', [[1920, 1929]]],
    ['1920s', [[1920, 1929]]],
    ["1920's", [[1920, 1929]]],
    ['tahun 1944', [[1944, 1944]]],
    ['th 1985', [[1985, 1985]]],
    ['sekitar 1930-an', [[1930, 1939]]],
    ['year 1950', [[1950, 1950]]],
    ['1910-1920', [[1910, 1920]]],
    ['abad ke-19', [[1800, 1899]]],
    ['abad 20', [[1900, 1999]]],
    ['abad XIX', [[1800, 1899]]],
    ['abad kaping 19', [[1800, 1899]]],
    ['19th century', [[1800, 1899]]],
    ['20th-century', [[1900, 1999]]],
  ])('%s', (query, spans) => {
    expect(spansOf(query)).toEqual(spans);
    expect(read(query).rest).toEqual([]);
  });

  it('keeps ordinary words, and marker words that announce no year', () => {
    expect(read('kawung 1930')).toEqual({ spans: [{ span: [1930, 1930], prefix: false }], rest: ['kawung'] });
    expect(read('sekitar pekalongan').rest).toEqual(['sekitar', 'pekalongan']);
    // A part of an accession number is not a year.
    expect(read('2006 0001')).toEqual({ spans: [{ span: [2006, 2006], prefix: false }], rest: ['0001'] });
    expect(read('mbp 12').spans).toEqual([]);
  });

  it('reads three digits being typed as the start of a year, only as the last word', () => {
    expect(read('191')).toEqual({ spans: [{ span: [1910, 1919], prefix: true }], rest: [] });
    expect(read('191', false).spans).toEqual([]);
    expect(read('191 kawung').spans).toEqual([]);
  });
});

describe('the years a record is dated by', () => {
  it('takes earliest and latest, and the display text when it names other years', () => {
    expect(datingSpans({ display: { id: 'sekitar 1910-1930' }, earliest: 1910, latest: 1930 })).toEqual([
      [1910, 1930],
    ]);
    expect(
      datingSpans({ display: { id: 'sekitar 1944', en: 'about 1944' }, earliest: 1942, latest: 1945 }),
    ).toEqual([
      [1942, 1945],
      [1944, 1944],
    ]);
  });

  it('reads the display text alone when the curator gave no years', () => {
    expect(datingSpans({ display: { id: 'sekitar 1920-an', en: 'about the 1920s' } })).toEqual([
      [1920, 1929],
    ]);
    expect(datingSpans({ display: { id: 'akhir abad ke-19 hingga awal abad ke-20' } })).toEqual([
      [1800, 1999],
    ]);
    expect(datingSpans({ display: { id: 'tidak diketahui' } })).toEqual([]);
  });

  it('leaves an end open when only one year is given ("1800 to today")', () => {
    expect(datingSpans({ display: { id: 'abad ke-19 hingga kini' }, earliest: 1800 })[0]).toEqual([
      1800,
      OPEN_YEAR,
    ]);
    expect(datingSpans({ display: { id: '' }, latest: 1900 })).toEqual([[-OPEN_YEAR, 1900]]);
  });
});

describe('how well a date answers a year', () => {
  const year = (y: number): QuerySpan => ({ span: [y, y], prefix: false });

  it('ranks the year itself, then spans that hold it (narrow first), overlaps, then near years', () => {
    const scores = [
      yearScore(year(1910), [[1910, 1910]]),
      yearScore(year(1910), [[1905, 1915]]),
      yearScore(year(1910), [[1900, 1920]]),
      yearScore(year(1910), [[1800, OPEN_YEAR]]),
      yearScore(year(1912), [[1910, 1910]]),
      yearScore(year(1910 + NEAR_YEARS), [[1910, 1910]]),
    ];
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
    expect(scores.at(-1)).toBeGreaterThan(0);
    expect(yearScore(year(1910 + NEAR_YEARS + 1), [[1910, 1910]])).toBe(0);
  });

  it('counts a decade: inside it first, then spans that hold it, then spans that overlap it', () => {
    const decade: QuerySpan = { span: [1920, 1929], prefix: false };
    const inside = yearScore(decade, [[1923, 1927]]);
    const holds = yearScore(decade, [[1915, 1930]]);
    const overlaps = yearScore(decade, [[1925, 1940]]);
    expect(inside).toBeGreaterThan(holds);
    expect(holds).toBeGreaterThan(overlaps);
    expect(overlaps).toBeGreaterThan(0);
  });

  it("takes the best of a record's spans, and scores a year still being typed lower", () => {
    expect(
      yearScore(year(1944), [
        [1942, 1945],
        [1944, 1944],
      ]),
    ).toBe(yearScore(year(1944), [[1944, 1944]]));
    expect(yearScore({ span: [1940, 1949], prefix: true }, [[1944, 1944]])).toBeLessThan(
      yearScore({ span: [1940, 1949], prefix: false }, [[1944, 1944]]),
    );
  });
});
