import { clipSearchText } from './daily-rollup';
import { localDay, localHour } from './days';
import type { InsightEvent, SessionEnd, SessionRecord } from './insight-types';

/**
 * Turns what the page reports (touches, route changes, events, language and accessibility
 * switches) into finished visits. Pure apart from its injected clock, ids and orientation, so the
 * rules below are tested without a page; the recorder (recorder.ts) feeds it and stores its output.
 *
 * - A visit opens at the first touch when none is open (after the attract loop, or after the last
 *   visit ended) and closes at `end(reason)`; nothing is recorded between visits.
 * - The admin screen is staff use: no touch there opens or counts a visit, and entering it drops
 *   the open one, since the hidden door (five taps in a corner) has just opened it.
 * - A piece or motif page is timed from entering it to leaving it (another route or the end).
 * - A visit ended by the idle reset ends at its last touch: the minute or two of nobody before
 *   the reset is not visiting time. (Reading without touching at the very end is lost with it;
 *   counting the idle wait would add the same minutes to every visit instead.)
 */

type Unstamped<E> = E extends unknown ? Omit<E, 'at'> : never;

/** An event as the page reports it; the machine stamps `at`. */
export type InsightEventInput = Unstamped<InsightEvent>;

export type Orientation = SessionRecord['orientation'];

export interface SessionMachineOptions {
  now?: () => number;
  newId?: () => string;
  /** The screen's orientation when a visit opens. */
  orientation?: () => Orientation;
  /** The language current before the first `language(code)` call, if known. */
  language?: string;
}

export interface SessionMachine {
  touch(): void;
  route(name: string, id?: string): void;
  record(event: InsightEventInput): void;
  language(code: string): void;
  a11yMode(mode: string): void;
  /** Closes the open visit and returns it; undefined when none was open. */
  end(reason: SessionEnd): SessionRecord | undefined;
  readonly isOpen: boolean;
}

/** Screens that are not a visitor using the kiosk: no `screen` event, and admin opens no visit. */
const NOT_VISITS = new Set(['attract', 'admin']);

/**
 * A visitor tapping for an hour would otherwise grow one row without limit; a real visit is far
 * below this (a few dozen screens), so the cap only guards against a stuck caller.
 */
export const MAX_EVENTS_PER_SESSION = 1000;

type OpenSession = Omit<SessionRecord, 'end' | 'endedBy' | 'glance'>;

export function createSessionMachine(options: SessionMachineOptions = {}): SessionMachine {
  const now = options.now ?? Date.now;
  const newId = options.newId ?? randomId;
  const orientation = options.orientation ?? (() => 'landscape');
  let currentLanguage = options.language;
  // Where the visitor is, known between visits too: a visit may open on any screen.
  // (`since` is set again when a visit opens, the only time it is read.)
  let place: { name: string; id?: string; since: number } = { name: 'attract', since: 0 };
  let open: OpenSession | undefined;
  /** When the open visit was last touched. */
  let lastTouch = 0;

  const push = (event: InsightEvent) => {
    if (open && open.events.length < MAX_EVENTS_PER_SESSION) open.events.push(event);
  };
  const arrive = (at: number) => {
    place.since = at;
    if (!NOT_VISITS.has(place.name)) push({ kind: 'screen', at, screen: place.name });
  };
  const leave = (at: number) => {
    if ((place.name === 'piece' || place.name === 'motif') && place.id !== undefined) {
      push({ kind: place.name, at, id: place.id, dwellMs: Math.max(0, at - place.since) });
    }
  };

  return {
    get isOpen() {
      return open !== undefined;
    },
    touch() {
      if (place.name === 'admin') return;
      if (!open) {
        const start = now();
        open = {
          id: newId(),
          start,
          day: localDay(start),
          hour: localHour(start),
          languages: currentLanguage ? [currentLanguage] : [],
          a11yModes: [],
          orientation: orientation(),
          interactions: 0,
          events: [],
        };
        arrive(start);
      }
      open.interactions++;
      lastTouch = now();
    },
    route(name, id) {
      if (name === place.name && id === place.id) return;
      const at = now();
      leave(at);
      place = { name, id, since: at };
      if (name === 'admin') open = undefined;
      else arrive(at);
    },
    record(event) {
      const at = now();
      // Texts are cut here as in the rollup, so a raw row is as bounded as the day's row.
      if (event.kind === 'search') push({ ...event, at, text: clipSearchText(event.text) });
      else push({ ...event, at } as InsightEvent);
    },
    language(code) {
      currentLanguage = code;
      if (!open) return;
      // A language picked with the visit's first touch (the attract screen's choice) is the one
      // the visit starts in, not a switch away from the kiosk's default.
      if (open.interactions <= 1) open.languages = [code];
      else if (!open.languages.includes(code)) open.languages.push(code);
    },
    a11yMode(mode) {
      if (open && !open.a11yModes.includes(mode)) open.a11yModes.push(mode);
    },
    end(reason) {
      if (!open) return undefined;
      // Never before the last page was entered: a route change with no touch (a link followed by
      // the page itself) still counts from its own time.
      const at = reason === 'idle' ? Math.max(lastTouch, place.since) : now();
      leave(at);
      const finished: SessionRecord = {
        ...open,
        end: Math.max(at, open.start),
        glance: open.interactions < 2,
        endedBy: reason,
      };
      open = undefined;
      return finished;
    },
  };
}

/**
 * `crypto.randomUUID` exists only in secure contexts; getRandomValues everywhere. The page normally
 * is one (kiosk:// or 127.0.0.1), but a visit must not be lost to a scheme Chromium doubts.
 */
function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
