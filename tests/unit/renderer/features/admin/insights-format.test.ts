import { describe, expect, it } from 'vitest';
import {
  a11yModeName,
  bandText,
  busiest,
  dayLabel,
  dayTableRows,
  duration,
  FULL_DAY_TABLE_MAX,
  hourSpan,
  zoomBands,
} from '../../../../../renderer/features/admin/insights-format';
import type { Translate } from '../../../../../renderer/i18n/ui-keys';
import { addDays, daysFrom } from '../../../../../renderer/insights/days';

/** Shows the key and its values, so the rules are checked apart from the wording. */
const t: Translate = (key, values) => `${key}${values ? JSON.stringify(values) : ''}`;

describe('insights-format', () => {
  it('words a length in its two largest units', () => {
    expect(duration(0, t)).toBe('insights.durationSeconds{"seconds":0}');
    expect(duration(59_400, t)).toBe('insights.durationSeconds{"seconds":59}');
    expect(duration(59_600, t)).toBe('insights.durationMinutes{"minutes":1,"seconds":0}');
    expect(duration(150_000, t)).toBe('insights.durationMinutes{"minutes":2,"seconds":30}');
    expect(duration((3 * 3600 + 5 * 60 + 40) * 1000, t)).toBe(
      'insights.durationHours{"hours":3,"minutes":5}',
    );
  });

  it('names a calendar day as written, whatever the time zone, and an hour on the 24-hour clock', () => {
    expect(dayLabel('2025-03-01', 'en')).toBe('Mar 1');
    expect(dayLabel('2025-03-01', 'id', true)).toBe('1 Mar 2025');
    expect(hourSpan(9, 'en')).toBe('09:00–10:00');
    expect(hourSpan(23, 'en')).toBe('23:00–00:00');
  });

  it('finds the busiest entry, the earliest of equals, and none when all are zero', () => {
    expect(busiest([0, 3, 1, 3])).toEqual({ index: 1, count: 3 });
    expect(busiest([0, 0])).toBeUndefined();
    expect(busiest([])).toBeUndefined();
  });

  it('lists every day up to a month, and only the days with visits beyond', () => {
    const month = daysFrom('2025-03-01', addDays('2025-03-01', FULL_DAY_TABLE_MAX - 1)).map((day) => ({
      day,
      sessions: 0,
      glances: 0,
    }));
    expect(dayTableRows(month)).toEqual({ rows: month, all: true });
    const longer = [
      ...month,
      { day: '2025-04-01', sessions: 2, glances: 0 },
      { day: '2025-04-02', sessions: 0, glances: 1 },
    ];
    expect(dayTableRows(longer)).toEqual({ rows: longer.slice(-2), all: false });
  });

  it('names accessibility modes as the menu does, either spelling, and an unknown one as recorded', () => {
    expect(a11yModeName('highContrast', t)).toBe('a11y.highContrast');
    expect(a11yModeName('large-text', t)).toBe('a11y.largeText');
    expect(a11yModeName('lowered', t)).toBe('a11y.lowered');
    expect(a11yModeName('screen-reader', t)).toBe('screen-reader');
  });

  it('orders zoom bands shallowest first and words them', () => {
    const depths = [
      { key: '2-4', count: 5 },
      { key: '8+', count: 1 },
      { key: '1-2', count: 2 },
    ];
    expect(zoomBands(depths)).toEqual([
      { band: '1-2', count: 2 },
      { band: '2-4', count: 5 },
      { band: '8+', count: 1 },
    ]);
    expect(zoomBands(depths).map(({ band }) => bandText(band))).toEqual(['1–2', '2–4', '≥ 8']);
  });
});
