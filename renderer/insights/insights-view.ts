import { mergeRollups, medianFromBuckets, zeroResultCount } from './daily-rollup';
import { addDays, daysFrom } from './days';
import type { DailyRollup, InsightRange } from './insight-types';

/**
 * What the Insights screen shows for a range, built from the daily rollups alone (never the raw
 * sessions), so a year of data is a few hundred small rows to read. Lists are sorted, largest
 * first (ties by name, so the order is stable), and cut to what a screen can show.
 */

export interface Counted {
  key: string;
  count: number;
}

interface Opened {
  id: string;
  opens: number;
  dwellMs: number;
}

interface SearchCount {
  text: string;
  count: number;
}

export interface InsightsView {
  range: InsightRange;
  /** First and last day of the range, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  /** Every day of the range, oldest first, days without visits as zeros. */
  days: Array<{ day: string; sessions: number; glances: number }>;
  /** Visits (not glances) by local starting hour, 24 entries. */
  hours: number[];
  sessions: number;
  glances: number;
  totalMs: number;
  /** Estimated from the length buckets: see medianFromBuckets. */
  medianSessionMs: number;
  pieces: Opened[];
  motifs: Opened[];
  languages: Counted[];
  a11yModes: Counted[];
  orientations: Counted[];
  /** `share`: the part of the visits (0-1) that zoomed in. */
  zoom: { sessions: number; opens: number; share: number; depths: Counted[] };
  compares: number;
  qrShown: number;
  facets: Counted[];
  searches: number;
  zeroResultSearches: number;
  topSearches: SearchCount[];
  zeroResults: SearchCount[];
  errors: Counted[];
  screens: Counted[];
}

const TOP_OPENED = 10;
const TOP_SEARCHES = 20;
/** Longer than the top searches: this list is the curator's to-do list of missing synonyms. */
const TOP_ZERO_RESULTS = 50;

/** The range's first day: `today` counts as one of the 7 or 30 days. 'all' starts at the first stored. */
export function rangeStart(range: Exclude<InsightRange, 'all'>, today: string): string {
  const span = { today: 1, '7d': 7, '30d': 30 }[range];
  return addDays(today, -(span - 1));
}

export function buildView(
  range: InsightRange,
  from: string,
  to: string,
  rows: readonly DailyRollup[],
): InsightsView {
  const inRange = rows.filter((r) => r.day >= from && r.day <= to);
  const byDay = new Map(inRange.map((r) => [r.day, r]));
  const m = mergeRollups(inRange);
  return {
    range,
    from,
    to,
    days: daysFrom(from, to).map((day) => ({
      day,
      sessions: byDay.get(day)?.sessions ?? 0,
      glances: byDay.get(day)?.glances ?? 0,
    })),
    hours: m.hours,
    sessions: m.sessions,
    glances: m.glances,
    totalMs: m.totalMs,
    medianSessionMs: medianFromBuckets(m.lengthBuckets),
    pieces: topOpened(m.pieces),
    motifs: topOpened(m.motifs),
    languages: counted(m.languages),
    a11yModes: counted(m.a11yModes),
    orientations: counted(m.orientations),
    zoom: {
      sessions: m.zoom.sessions,
      opens: m.zoom.opens,
      share: m.sessions ? m.zoom.sessions / m.sessions : 0,
      depths: counted(m.zoom.depths),
    },
    compares: m.compares,
    qrShown: m.qrShown,
    facets: counted(m.facets),
    searches: m.searches,
    zeroResultSearches: zeroResultCount(m),
    topSearches: texts(m.searchTexts, TOP_SEARCHES),
    zeroResults: texts(m.zeroResults, TOP_ZERO_RESULTS),
    errors: counted(m.errors),
    screens: counted(m.screens),
  };
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts as a list, largest first. */
export function counted(map: Record<string, number>): Counted[] {
  return Object.entries(map)
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || byName(a.key, b.key));
}

function texts(map: Record<string, number>, top: number): SearchCount[] {
  return counted(map)
    .slice(0, top)
    .map(({ key, count }) => ({ text: key, count }));
}

function topOpened(map: DailyRollup['pieces']): Opened[] {
  return Object.entries(map)
    .map(([id, v]) => ({ id, opens: v.opens, dwellMs: v.dwellMs }))
    .sort((a, b) => b.opens - a.opens || b.dwellMs - a.dwellMs || byName(a.id, b.id))
    .slice(0, TOP_OPENED);
}
