/**
 * When the optional nightly relaunch happens. A kiosk that runs for weeks slowly gathers leaked
 * memory and GPU state; a relaunch in the small hours, when the museum is closed, clears it.
 */

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Parses `HH:MM` (24 h); null when malformed. */
export function parseTimeOfDay(text: string): { hours: number; minutes: number } | null {
  const match = HH_MM.exec(text);
  return match ? { hours: Number(match[1]), minutes: Number(match[2]) } : null;
}

/**
 * The next local wall-clock time `HH:MM` strictly after `now`. Days are stepped with the calendar
 * (`setDate`), not by adding 24 h, so a daylight-saving change doesn't shift the time by an hour.
 * A time that doesn't exist on a spring-forward day is moved forward by the engine (02:30 -> 03:30).
 */
export function nextRelaunchAt(now: Date, timeOfDay: string): Date | null {
  const parsed = parseTimeOfDay(timeOfDay);
  if (!parsed) return null;
  const at = new Date(now.getTime());
  at.setHours(parsed.hours, parsed.minutes, 0, 0);
  if (at.getTime() <= now.getTime()) {
    at.setDate(at.getDate() + 1);
    at.setHours(parsed.hours, parsed.minutes, 0, 0);
  }
  return at;
}
