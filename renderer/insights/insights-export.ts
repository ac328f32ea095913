import type { InsightsExportFile } from '../../electron/shared/insights-summary';
import { csvBytes, type CsvCell } from './csv';
import { emptyRollup, medianFromBuckets, sessionZoomed, zeroResultCount } from './daily-rollup';
import { localDay } from './days';
import type { DailyRollup, SessionRecord } from './insight-types';
import { counted, type InsightsView } from './insights-view';

/**
 * The files a museum takes away from the Insights screen: three CSVs for a spreadsheet and one
 * JSON with everything (the screen's view, the daily rows, the raw sessions) for a script. Pure:
 * the store reads the rows, this only words them.
 */

const SESSIONS_CSV_HEADER = [
  'id',
  'start',
  'end',
  'day',
  'hour',
  'duration_s',
  'languages',
  'a11y_modes',
  'orientation',
  'interactions',
  'glance',
  'ended_by',
  'pieces_opened',
  'motifs_opened',
  'searches',
  'zero_result_searches',
  'zoom_used',
] as const;

const DAILY_CSV_HEADER = [
  'day',
  'sessions',
  'glances',
  'total_min',
  'median_min',
  'searches',
  'zero_result_searches',
  'zoom_sessions',
  'compares',
  'qr_shown',
  'top_language',
] as const;

const SEARCHES_CSV_HEADER = ['session_id', 'at', 'day', 'text', 'results', 'zero_result'] as const;

/** Bumped when a file's columns or the JSON's shape change, so a museum's scripts can tell. */
const EXPORT_FORMAT = 1;

const iso = (ms: number) => new Date(ms).toISOString();
const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const minutes = (ms: number) => Math.round(ms / 6000) / 10;
const count = (s: SessionRecord, kind: SessionRecord['events'][number]['kind']) =>
  s.events.filter((e) => e.kind === kind).length;

function sessionRow(s: SessionRecord): CsvCell[] {
  const searches = s.events.filter((e) => e.kind === 'search');
  return [
    s.id,
    iso(s.start),
    iso(s.end),
    s.day,
    s.hour,
    Math.round((s.end - s.start) / 1000),
    s.languages.join('|'),
    s.a11yModes.join('|'),
    s.orientation,
    s.interactions,
    yesNo(s.glance),
    s.endedBy,
    count(s, 'piece'),
    count(s, 'motif'),
    searches.length,
    searches.filter((e) => e.results === 0).length,
    yesNo(sessionZoomed(s)),
  ];
}

function dailyRow(r: DailyRollup): CsvCell[] {
  return [
    r.day,
    r.sessions,
    r.glances,
    minutes(r.totalMs),
    minutes(medianFromBuckets(r.lengthBuckets)),
    r.searches,
    zeroResultCount(r),
    r.zoom.sessions,
    r.compares,
    r.qrShown,
    counted(r.languages)[0]?.key ?? '',
  ];
}

function* searchRows(sessions: readonly SessionRecord[]): Generator<CsvCell[]> {
  for (const s of sessions) {
    for (const e of s.events) {
      if (e.kind !== 'search') continue;
      yield [s.id, iso(e.at), localDay(e.at), e.text, e.results, yesNo(e.results === 0)];
    }
  }
}

/**
 * `daily` are the stored rows of the view's range, `sessions` the raw sessions still kept in it
 * (older ones are pruned, so sessions.csv and searches.csv may cover fewer days than daily.csv).
 */
export function buildExportFiles(
  view: InsightsView,
  daily: readonly DailyRollup[],
  sessions: readonly SessionRecord[],
  exportedAt: number,
): InsightsExportFile[] {
  const ordered = [...sessions].sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
  const byDay = new Map(daily.map((r) => [r.day, r]));
  const days = view.days.map(({ day }) => byDay.get(day) ?? emptyRollup(day));
  const json = {
    format: EXPORT_FORMAT,
    exportedAt: iso(exportedAt),
    view,
    daily: days.filter((r) => byDay.has(r.day)),
    sessions: ordered,
  };
  return [
    { name: 'sessions.csv', bytes: csvBytes(SESSIONS_CSV_HEADER, ordered.map(sessionRow)) },
    { name: 'daily.csv', bytes: csvBytes(DAILY_CSV_HEADER, days.map(dailyRow)) },
    { name: 'searches.csv', bytes: csvBytes(SEARCHES_CSV_HEADER, searchRows(ordered)) },
    { name: 'insights.json', bytes: new TextEncoder().encode(JSON.stringify(json)) },
  ];
}
