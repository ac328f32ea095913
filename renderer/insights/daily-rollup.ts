import { LENGTH_BUCKETS_SEC, type DailyRollup, type SessionRecord } from './insight-types';

/**
 * A day's visits folded into one small row: what the Insights screen reads, and what stays when
 * the raw sessions are pruned. Every map is bounded so a busy year stays a few megabytes:
 * search texts by SEARCH_TEXTS_PER_DAY (with explicit `...Other` totals), pieces and motifs by the
 * collection, and the maps keyed by what the page reports (screens, errors, facets...) by a guard.
 */

/** Distinct texts kept per day in `searchTexts` and in `zeroResults`. */
export const SEARCH_TEXTS_PER_DAY = 200;
/** Longer texts are cut (in code points): a search is a few words, and a row must stay small. */
const SEARCH_TEXT_MAX_CHARS = 60;
/**
 * The maps keyed by names the page reports (screens, errors, facet values, languages, modes) come
 * from small fixed sets; this only stops a caller bug from growing a row without bound.
 */
const REPORTED_KEYS_MAX = 500;

/** Zoom factors reached, in doublings: enough to tell a glance at the weave from a close look. */
type ZoomBand = '1-2' | '2-4' | '4-8' | '8+';

export function emptyRollup(day: string): DailyRollup {
  return {
    day,
    sessions: 0,
    glances: 0,
    totalMs: 0,
    lengthBuckets: new Array<number>(LENGTH_BUCKETS_SEC.length + 1).fill(0),
    hours: new Array<number>(24).fill(0),
    languages: {},
    a11yModes: {},
    orientations: {},
    pieces: {},
    motifs: {},
    zoom: { sessions: 0, opens: 0, depths: {} },
    compares: 0,
    qrShown: 0,
    facets: {},
    searches: 0,
    searchTexts: {},
    searchTextsOther: 0,
    zeroResults: {},
    zeroResultsOther: 0,
    errors: {},
    screens: {},
  };
}

/** The band of a zoom viewer's largest factor (1 = not zoomed in). */
function zoomBand(depth: number): ZoomBand {
  if (depth >= 8) return '8+';
  if (depth >= 4) return '4-8';
  if (depth >= 2) return '2-4';
  return '1-2';
}

/** Zoomed in at least once: a viewer closed above factor 1 (opening one and leaving is not zooming). */
export function sessionZoomed(session: SessionRecord): boolean {
  return session.events.some((e) => e.kind === 'zoom' && e.depth > 1);
}

export function clipSearchText(text: string): string {
  return Array.from(text.trim()).slice(0, SEARCH_TEXT_MAX_CHARS).join('');
}

/** The `LENGTH_BUCKETS_SEC` bucket of a length: the first upper bound it does not pass. */
function lengthBucket(ms: number): number {
  const index = LENGTH_BUCKETS_SEC.findIndex((upper) => ms <= upper * 1000);
  return index === -1 ? LENGTH_BUCKETS_SEC.length : index;
}

/** `rollup` with one more session (pure). Glances count in `glances` and nowhere else. */
export function addSession(rollup: DailyRollup, session: SessionRecord): DailyRollup {
  return addSessions(rollup, [session]);
}

/** `rollup` with the sessions added, copying the row once rather than once per session (pure). */
export function addSessions(rollup: DailyRollup, sessions: readonly SessionRecord[]): DailyRollup {
  const next = { ...emptyRollup(rollup.day), ...structuredClone(rollup) };
  for (const session of sessions) fold(next, session);
  return next;
}

function fold(r: DailyRollup, s: SessionRecord): void {
  if (s.glance) {
    r.glances++;
    return;
  }
  const ms = Math.max(0, s.end - s.start);
  r.sessions++;
  r.totalMs += ms;
  r.lengthBuckets[lengthBucket(ms)]!++;
  if (s.hour >= 0 && s.hour < 24) r.hours[s.hour]!++;
  for (const language of new Set(s.languages)) bump(r.languages, language);
  for (const mode of new Set(s.a11yModes)) bump(r.a11yModes, mode);
  bump(r.orientations, s.orientation);
  if (sessionZoomed(s)) r.zoom.sessions++;
  for (const e of s.events) {
    switch (e.kind) {
      case 'screen':
        bump(r.screens, e.screen);
        break;
      case 'piece':
      case 'motif':
        opened(e.kind === 'piece' ? r.pieces : r.motifs, e.id, e.dwellMs);
        break;
      case 'zoom':
        r.zoom.opens++;
        bump(r.zoom.depths, zoomBand(e.depth));
        break;
      case 'compare':
        r.compares++;
        break;
      case 'qr':
        r.qrShown++;
        break;
      case 'facet':
        if (e.on) bump(r.facets, `${e.field}=${e.value}`);
        break;
      case 'search': {
        r.searches++;
        const text = clipSearchText(e.text);
        if (!text) break;
        r.searchTextsOther += bumpCapped(r.searchTexts, text, 1);
        if (e.results === 0) r.zeroResultsOther += bumpCapped(r.zeroResults, text, 1);
        break;
      }
      case 'error':
        bump(r.errors, e.what);
        break;
      case 'view':
        // View switches stay in the raw sessions (and their export) only: no question needs them per day.
        break;
    }
  }
}

/** The rollups summed (the view of a range). `day` is the ISO 8601 interval `first/last`. */
export function mergeRollups(list: readonly DailyRollup[]): DailyRollup {
  const days = list.map((r) => r.day).sort();
  const label = days.length > 1 ? `${days[0]}/${days.at(-1)}` : (days[0] ?? '');
  const m = emptyRollup(label);
  for (const r of list) {
    m.sessions += r.sessions;
    m.glances += r.glances;
    m.totalMs += r.totalMs;
    r.lengthBuckets.forEach((n, i) => (m.lengthBuckets[i] = (m.lengthBuckets[i] ?? 0) + n));
    r.hours.forEach((n, i) => (m.hours[i] = (m.hours[i] ?? 0) + n));
    for (const key of ['languages', 'a11yModes', 'orientations', 'facets', 'errors', 'screens'] as const) {
      addCounts(m[key], r[key]);
    }
    for (const key of ['pieces', 'motifs'] as const) {
      for (const [id, v] of Object.entries(r[key])) opened(m[key], id, v.dwellMs, v.opens);
    }
    m.zoom.sessions += r.zoom.sessions;
    m.zoom.opens += r.zoom.opens;
    addCounts(m.zoom.depths, r.zoom.depths);
    m.compares += r.compares;
    m.qrShown += r.qrShown;
    m.searches += r.searches;
    addCounts(m.searchTexts, r.searchTexts);
    addCounts(m.zeroResults, r.zeroResults);
    m.searchTextsOther += r.searchTextsOther ?? 0;
    m.zeroResultsOther += r.zeroResultsOther ?? 0;
  }
  m.searchTextsOther += trim(m.searchTexts, SEARCH_TEXTS_PER_DAY);
  m.zeroResultsOther += trim(m.zeroResults, SEARCH_TEXTS_PER_DAY);
  return m;
}

/** Zero-result searches of a rollup, with those whose text the cap dropped. */
export function zeroResultCount(r: DailyRollup): number {
  return Object.values(r.zeroResults).reduce((a, b) => a + b, 0) + (r.zeroResultsOther ?? 0);
}

/**
 * The median session length in ms, estimated from the bucket counts as grouped data usually is:
 * find the bucket holding the middle session, and assume its sessions are spread evenly between
 * the bucket's lower and upper bound (linear interpolation). The last, open bucket has no upper
 * bound, so a median there is given as its lower bound (LENGTH_BUCKETS_SEC's last entry). The error
 * is at most the width of one bucket; 0 when there are no sessions.
 */
export function medianFromBuckets(buckets: readonly number[]): number {
  const total = buckets.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  const half = total / 2;
  let before = 0;
  for (const [i, count] of buckets.entries()) {
    if (count > 0 && before + count >= half) {
      const lower = i === 0 ? 0 : LENGTH_BUCKETS_SEC[i - 1]!;
      const upper = LENGTH_BUCKETS_SEC[i];
      if (upper === undefined) return lower * 1000;
      return Math.round((lower + ((half - before) / count) * (upper - lower)) * 1000);
    }
    before += count;
  }
  return 0;
}

// The maps are plain objects keyed by what visitors did (a search text can be "constructor" or
// "__proto__"): read own properties only, and create keys as data properties, never via a setter.

function own<V>(map: Record<string, V>, key: string): V | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

function set<V>(map: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
}

function bump(map: Record<string, number>, key: string, by = 1): void {
  const count = own(map, key);
  if (count === undefined && Object.keys(map).length >= REPORTED_KEYS_MAX) return;
  set(map, key, (count ?? 0) + by);
}

function addCounts(into: Record<string, number>, from: Record<string, number>): void {
  for (const [key, n] of Object.entries(from)) set(into, key, (own(into, key) ?? 0) + n);
}

function opened(map: DailyRollup['pieces'], id: string, dwellMs: number, opens = 1): void {
  const entry = own(map, id) ?? { opens: 0, dwellMs: 0 };
  set(map, id, { opens: entry.opens + opens, dwellMs: entry.dwellMs + Math.max(0, dwellMs) });
}

/**
 * Counts `key` in a map kept to `cap` texts; returns the count dropped to make room. The least
 * counted text goes (ties: the alphabetically last, so the result never depends on arrival
 * order), which can be the new one itself. A dropped text that comes back starts again from 1.
 */
function bumpCapped(map: Record<string, number>, key: string, by: number): number {
  set(map, key, (own(map, key) ?? 0) + by);
  return trim(map, SEARCH_TEXTS_PER_DAY);
}

/** Drops the least counted keys beyond `cap` (same order as bumpCapped); returns their total. */
function trim(map: Record<string, number>, cap: number): number {
  const entries = Object.entries(map);
  if (entries.length <= cap) return 0;
  entries.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  let dropped = 0;
  for (const [key, n] of entries.slice(cap)) {
    dropped += n;
    delete map[key];
  }
  return dropped;
}
