/**
 * Calendar days as `YYYY-MM-DD` strings. A timestamp becomes a day in the kiosk's LOCAL time zone
 * (a museum counts its Tuesday, not UTC's); arithmetic on day strings is done in UTC, where every
 * day has 24 hours, so a daylight-saving change can never skip or repeat a day.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of `ms`. */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local hour (0-23) of `ms`. */
export function localHour(ms: number): number {
  return new Date(ms).getHours();
}

/** `day` moved by `n` calendar days (negative: back). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included (empty when `from` is after `to`). */
export function daysFrom(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}
