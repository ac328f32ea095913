import type { DailySummary } from '../../shared/insights-summary';

/**
 * The fleet page's visitor counts (issue 15): per kiosk and summed over all of them, for the last
 * {@link VISIT_DAYS} days by the receiver's calendar. A visit is a session of the page's insights
 * (`sessions`: glances, under two touches, are not visits). Kiosks report their own local days; the
 * receiver is on the same museum LAN and so, as a rule, in the same time zone.
 */

/** Days shown, today included. */
const VISIT_DAYS = 7;

/** One kiosk's visits on each shown day (oldest first), or null when it never sent counts. */
export interface KioskVisits {
  perDay: number[];
  /** Visits over the shown days. */
  total: number;
}

export interface FleetVisits {
  /** The shown days, `YYYY-MM-DD`, oldest first; the last is today. */
  days: string[];
  /** Visits on each shown day, summed over every kiosk that sent counts. */
  perDay: number[];
  total: number;
}

function localDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** The shown days ending with `now`'s, stepping back by calendar day (a DST day has 23 or 25 h). */
export function visitDays(now: Date): string[] {
  const days: string[] = [];
  for (let back = VISIT_DAYS - 1; back >= 0; back -= 1) {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() - back, 12);
    days.push(localDay(day));
  }
  return days;
}

/** A kiosk's visits on `days`; a day it sent twice counts once (its last entry). */
export function kioskVisits(
  insights: readonly DailySummary[] | undefined,
  days: string[],
): KioskVisits | null {
  if (!insights) return null;
  const byDay = new Map(insights.map((entry) => [entry.day, entry.sessions]));
  const perDay = days.map((day) => byDay.get(day) ?? 0);
  return { perDay, total: perDay.reduce((sum, n) => sum + n, 0) };
}

/** Every kiosk's visits summed per day. */
export function fleetVisits(kiosks: readonly (KioskVisits | null)[], days: string[]): FleetVisits {
  const perDay = days.map((_, i) => kiosks.reduce((sum, kiosk) => sum + (kiosk?.perDay[i] ?? 0), 0));
  return { days, perDay, total: perDay.reduce((sum, n) => sum + n, 0) };
}
