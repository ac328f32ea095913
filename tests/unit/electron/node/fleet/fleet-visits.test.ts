import { afterEach, describe, expect, it } from 'vitest';
import type { DailySummary } from '../../../../../electron/shared/insights-summary';
import { heartbeat, startTestReceiver, type TestReceiver } from './fleet-test-receiver';

// Issue 15: the visitor counts kiosks send with their heartbeat, per kiosk and summed on the page.

let receiver: TestReceiver;
afterEach(() => receiver?.dispose());

/** Noon UTC: the same calendar day in every time zone the museum's receiver could be in. */
const NOON = new Date('2026-05-01T12:00:00Z');
const WEEK = [
  '2026-04-25',
  '2026-04-26',
  '2026-04-27',
  '2026-04-28',
  '2026-04-29',
  '2026-04-30',
  '2026-05-01',
];

function day(date: string, sessions: number): DailySummary {
  return { day: date, sessions, glances: 7, totalMs: sessions * 60_000, searches: 1, zeroResultSearches: 0 };
}

/** The cells of the page's table row that has a cell `cell` (as the page writes it, escaped). */
function cells(page: string, cell: string): string[] {
  for (const row of page.split(/<tr[\s>]/).slice(1)) {
    const found = [...row.split('</tr>')[0].matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((m) => m[1]);
    if (found.includes(cell)) return found;
  }
  throw new Error(`no row with ${cell}`);
}

describe('fleet receiver: visitor counts', () => {
  it('keeps each kiosk counts with its heartbeat and sums the last 7 days, per kiosk and per day', async () => {
    receiver = await startTestReceiver({ now: () => NOON });
    const hall = `<b>"Hall"</b>`;
    const sent = [
      heartbeat({
        name: 'lobby',
        // 24 April is a day before the week shown: kept, not counted.
        insights: [day('2026-04-24', 50), day('2026-04-25', 3), day('2026-04-30', 10), day('2026-05-01', 4)],
      }),
      // A day sent twice counts once, as its last entry says.
      heartbeat({ name: hall, insights: [day('2026-04-29', 2), day('2026-04-29', 5), day('2026-05-01', 6)] }),
      heartbeat({ name: 'no-insights' }),
    ];
    for (const body of sent) expect((await receiver.post(body)).status).toBe(204);

    const api = (await (
      await fetch(new URL('api/kiosks', receiver.url), {
        headers: { authorization: 'Bearer test-token-0123456789abcdef' },
      })
    ).json()) as {
      kiosks: {
        name: string;
        insights?: DailySummary[];
        visits: { perDay: number[]; total: number } | null;
      }[];
      visits: { days: string[]; perDay: number[]; total: number };
    };
    const byName = new Map(api.kiosks.map((k) => [k.name, k]));
    expect(byName.get('lobby')!.insights).toEqual(sent[0].insights);
    expect(byName.get('lobby')!.visits).toEqual({ perDay: [3, 0, 0, 0, 0, 10, 4], total: 17 });
    expect(byName.get(hall)!.visits).toEqual({ perDay: [0, 0, 0, 0, 5, 0, 6], total: 11 });
    expect(byName.get('no-insights')).not.toHaveProperty('insights');
    expect(byName.get('no-insights')!.visits).toBeNull();
    expect(api.visits).toEqual({ days: WEEK, perDay: [3, 0, 0, 0, 5, 10, 10], total: 28 });

    const page = await receiver.page();
    // Per kiosk: visits today, then over the 7 days (the cells after uptime).
    expect(cells(page, 'lobby').slice(6, 8)).toEqual(['4', '17']);
    expect(cells(page, '&#60;b&#62;&#34;Hall&#34;&#60;/b&#62;').slice(6, 8)).toEqual(['6', '11']);
    expect(cells(page, 'no-insights').slice(6, 8)).toEqual([
      '<span class="none">none</span>',
      '<span class="none">none</span>',
    ]);
    expect(page).not.toContain(hall);
    expect(page).toContain('<th class="count">2026-05-01 (today)</th>');
    expect(cells(page, 'all kiosks (2 sending counts)')).toEqual([
      'all kiosks (2 sending counts)',
      '3',
      '0',
      '0',
      '0',
      '5',
      '10',
      '10',
      '28',
    ]);
  });

  it('says so when no kiosk has sent counts yet', async () => {
    receiver = await startTestReceiver({ now: () => NOON });
    await receiver.post(heartbeat());
    expect(await receiver.page()).toContain('No kiosk has sent visitor counts yet.');
  });

  it('refuses a heartbeat whose counts are wrong, like any other bad heartbeat, and keeps the last good one', async () => {
    receiver = await startTestReceiver({ now: () => NOON });
    await receiver.post(heartbeat({ insights: [day('2026-05-01', 4)] }));
    const cases: [unknown, RegExp][] = [
      [
        heartbeat({ insights: [{ ...day('2026-05-01', 4), sessions: -1 }] }),
        /"insights\.0\.sessions" is wrong/,
      ],
      [heartbeat({ insights: [{ ...day('2026-05-01', 4), day: '1 May' }] }), /"insights\.0\.day" is wrong/],
      [
        heartbeat({ insights: Array.from({ length: 15 }, () => day('2026-05-01', 1)) }),
        /"insights" is wrong/,
      ],
      [{ ...heartbeat(), insights: 'many' }, /"insights" is wrong/],
      [{ ...heartbeat(), insights: null }, /"insights" is wrong/],
    ];
    for (const [body, message] of cases) {
      const response = await receiver.post(body);
      expect(response.status, JSON.stringify(body).slice(0, 120)).toBe(400);
      const text = await response.text();
      expect(text).toMatch(message);
      expect(text).toMatch(/^[A-Z].*\.\n$/);
    }
    const [kiosk] = (await receiver.kiosks()).kiosks;
    expect(kiosk).toMatchObject({ insights: [day('2026-05-01', 4)] });
  });

  it('accepts the largest heartbeat the schema allows, 14 days of the largest counts included', async () => {
    receiver = await startTestReceiver({ now: () => NOON });
    const largest = heartbeat({
      name: 'n'.repeat(64),
      problems: Array.from({ length: 20 }, () => 'p'.repeat(500)),
      insights: Array.from({ length: 14 }, (_, i) => ({
        day: `2026-04-${String(i + 10).padStart(2, '0')}`,
        sessions: 1_000_000,
        glances: 1_000_000,
        totalMs: 999_999_999_999.9999,
        searches: 10_000_000,
        zeroResultSearches: 10_000_000,
      })),
    });
    expect(JSON.stringify(largest).length).toBeLessThan(16 * 1024);
    expect((await receiver.post(largest)).status).toBe(204);
  });
});
