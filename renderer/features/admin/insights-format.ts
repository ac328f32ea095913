import type { Translate, UiKey } from '../../i18n/ui-keys';
import type { InsightsView } from '../../insights/insights-view';

/**
 * The Insights panel's words for times, days and hours, kept pure (a `t` and a locale in) so the
 * rules are tested without rendering: a length reads "45 s", "2 min 30 s" or "3 h 5 min", a day
 * "20 Mar", an hour "09:00-10:00" in the page's language.
 */

/** A length of time in the largest two units that matter. */
export function duration(ms: number, t: Translate): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return t('insights.durationSeconds', { seconds });
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return t('insights.durationMinutes', { minutes, seconds: seconds % 60 });
  return t('insights.durationHours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** A `YYYY-MM-DD` day as a UTC date, so the calendar day is the one named whatever the time zone. */
const utcDate = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

/** "20 Mar" (short, for an axis); `long` adds the year ("20 Mar 2025"). */
export function dayLabel(day: string, locale: string, long = false): string {
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: long ? 'numeric' : undefined,
    timeZone: 'UTC',
  });
  return format.format(utcDate(day));
}

/** An hour of the day on the 24-hour clock: "09:00" (or "09.00", as the language writes it). */
function hourLabel(hour: number, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  return format.format(new Date(Date.UTC(2000, 0, 1, hour % 24)));
}

/** The hour that starts at `hour`, as a span: "09:00-10:00". */
export function hourSpan(hour: number, locale: string): string {
  return `${hourLabel(hour, locale)}–${hourLabel(hour + 1, locale)}`;
}

/** The largest entry (the earliest of equals), or undefined when every entry is zero. */
export function busiest(values: readonly number[]): { index: number; count: number } | undefined {
  let best: { index: number; count: number } | undefined;
  values.forEach((count, index) => {
    if (count > 0 && (!best || count > best.count)) best = { index, count };
  });
  return best;
}

/**
 * A range longer than a month lists only its days with visits in the per-day table: a screen
 * reader user wants the busy days of three years, not a thousand rows of zeros.
 */
export const FULL_DAY_TABLE_MAX = 31;

export function dayTableRows(days: InsightsView['days']): { rows: InsightsView['days']; all: boolean } {
  if (days.length <= FULL_DAY_TABLE_MAX) return { rows: days, all: true };
  return { rows: days.filter((d) => d.sessions > 0 || d.glances > 0), all: false };
}

/** The accessibility menu's own names for the modes the recorder reports (either spelling). */
const A11Y_MODE_KEYS: Record<string, UiKey> = {
  largeText: 'a11y.largeText',
  'large-text': 'a11y.largeText',
  highContrast: 'a11y.highContrast',
  'high-contrast': 'a11y.highContrast',
  lowered: 'a11y.lowered',
};

/** A recorded accessibility mode by the name the visitor saw on its button; an unknown one as recorded. */
export function a11yModeName(mode: string, t: Translate): string {
  const key = A11Y_MODE_KEYS[mode];
  return key ? t(key) : mode;
}

/** The zoom depth bands, shallowest first, as the screen lists them: "1-2", "2-4", "4-8", "8 or more". */
const ZOOM_BANDS = ['1-2', '2-4', '4-8', '8+'];

export function zoomBands(depths: InsightsView['zoom']['depths']): Array<{ band: string; count: number }> {
  const byBand = new Map(depths.map((d) => [d.key, d.count]));
  const known = ZOOM_BANDS.filter((band) => byBand.has(band));
  const other = depths.map((d) => d.key).filter((band) => !ZOOM_BANDS.includes(band));
  return [...known, ...other].map((band) => ({ band, count: byBand.get(band) ?? 0 }));
}

/** How a band reads after its number: "1–2", "≥ 8". */
export function bandText(band: string): string {
  return band.endsWith('+') ? `≥ ${band.slice(0, -1)}` : band.replace('-', '–');
}
