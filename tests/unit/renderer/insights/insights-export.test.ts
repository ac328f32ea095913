import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { InsightsExportFile } from '../../../../electron/shared/insights-summary';
import { exportFiles } from '../../../../renderer/insights/insights-read';
import { writeSessions } from '../../../../renderer/insights/insights-store';
import { at, freshDbs, visit } from './visits';

const freshDb = freshDbs('insights-export');

const today = '2025-03-20';
const now = at(today, 18);

/** A file's lines, after checking its BOM and that every line ends in CRLF. */
function lines(files: InsightsExportFile[], name: string): string[] {
  const file = files.find((f) => f.name === name)!;
  expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(file.bytes);
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  return text.slice(0, -2).split('\r\n');
}

describe('insights export', () => {
  it('writes the four files with their exact header lines and one row per session, day and search', async () => {
    const db = freshDb();
    const start = at(today, 9, 15);
    const v = visit(
      start,
      [
        { kind: 'piece', at: start + 1000, id: 'p1', dwellMs: 1000 },
        { kind: 'search', at: start + 2000, text: '=cmd', results: 0 },
        { kind: 'search', at: start + 3000, text: 'mega mendung, merah', results: 4 },
        { kind: 'zoom', at: start + 4000, pieceId: 'p1', depth: 2 },
      ],
      { id: 'visit-1', languages: ['id', 'en'], a11yModes: ['large-text'], interactions: 7 },
    );
    await writeSessions(db, [v, visit(at('2025-03-18', 10), [], { id: 'visit-0', glance: true })], { now });

    const files = await exportFiles(db, '7d', now);
    expect(files.map((f) => f.name)).toEqual(['sessions.csv', 'daily.csv', 'searches.csv', 'insights.json']);

    const sessions = lines(files, 'sessions.csv');
    expect(sessions[0]).toBe(
      'id,start,end,day,hour,duration_s,languages,a11y_modes,orientation,interactions,glance,ended_by,' +
        'pieces_opened,motifs_opened,searches,zero_result_searches,zoom_used',
    );
    expect(sessions).toHaveLength(3);
    expect(sessions[1]).toMatch(/^visit-0,.*,2025-03-18,10,60,id,,landscape,2,yes,idle,0,0,0,0,no$/);
    expect(sessions[2]).toBe(
      `visit-1,${new Date(start).toISOString()},${new Date(start + 60_000).toISOString()},` +
        `${today},9,60,id|en,large-text,landscape,7,no,idle,1,0,2,1,yes`,
    );

    const daily = lines(files, 'daily.csv');
    expect(daily[0]).toBe(
      'day,sessions,glances,total_min,median_min,searches,zero_result_searches,zoom_sessions,compares,qr_shown,top_language',
    );
    expect(daily).toHaveLength(8); // every day of the 7, stored or not
    expect(daily[1]).toBe('2025-03-14,0,0,0,0,0,0,0,0,0,');
    expect(daily[5]).toBe('2025-03-18,0,1,0,0,0,0,0,0,0,');
    expect(daily[7]).toBe(`${today},1,0,1,0.8,2,1,1,0,0,en`);

    const searches = lines(files, 'searches.csv');
    expect(searches).toEqual([
      'session_id,at,day,text,results,zero_result',
      `visit-1,${new Date(start + 2000).toISOString()},${today},'=cmd,0,yes`,
      `visit-1,${new Date(start + 3000).toISOString()},${today},"mega mendung, merah",4,no`,
    ]);

    const json = JSON.parse(new TextDecoder().decode(files[3]!.bytes));
    expect(json).toMatchObject({ format: 1, exportedAt: new Date(now).toISOString() });
    expect(json.view).toMatchObject({ range: '7d', sessions: 1, glances: 1 });
    expect(json.daily.map((r: { day: string }) => r.day)).toEqual(['2025-03-18', today]);
    expect(json.sessions.map((s: { id: string }) => s.id)).toEqual(['visit-0', 'visit-1']);
  });

  it('keeps to the range: a session of an earlier day is not in a today export', async () => {
    const db = freshDb();
    await writeSessions(db, [visit(at('2025-03-19', 10)), visit(at(today, 10), [], { id: 'now' })], { now });
    const rows = lines(await exportFiles(db, 'today', now), 'sessions.csv');
    expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(['now']);
  });
});
