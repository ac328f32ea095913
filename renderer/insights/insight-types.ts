/**
 * What the kiosk records about its visits, and nothing more (the README's "Visitor insights" section
 * lists the same fields for the museum's privacy notice): no free-form keystrokes, no identifiers of
 * people, no photos. Kept in its own IndexedDB database, apart from the collection slots, so a
 * collection update never touches it.
 */

/** One thing a visitor did inside a session; `at` is ms since the epoch. */
export type InsightEvent =
  /** A screen entered (the route's name: home, browse, piece, motif, search, compare...). */
  | { kind: 'screen'; at: number; screen: string }
  /** A piece page left after `dwellMs` (recorded when the visitor leaves it). */
  | { kind: 'piece'; at: number; id: string; dwellMs: number }
  /** A motif page left after `dwellMs`. */
  | { kind: 'motif'; at: number; id: string; dwellMs: number }
  /** A deep-zoom viewer closed; `depth` is the largest zoom factor reached (1 = not zoomed in). */
  | { kind: 'zoom'; at: number; pieceId: string; depth: number }
  /** A view switch (grid/list, sort order, orientation of a comparison...): its name. */
  | { kind: 'view'; at: number; view: string }
  /** Two pieces compared. */
  | { kind: 'compare'; at: number; a: string; b: string }
  /** A QR code shown for `target` (a piece id). */
  | { kind: 'qr'; at: number; target: string }
  /** A facet value tapped on (`on` false when tapped off). */
  | { kind: 'facet'; at: number; field: string; value: string; on: boolean }
  /** A settled search: the normalised text (search's own normaliser) and how many results it had. */
  | { kind: 'search'; at: number; text: string; results: number }
  /** An error notice shown to the visitor (a key naming which, never the error's text). */
  | { kind: 'error'; at: number; what: string };

/** Why a session ended. */
export type SessionEnd = 'idle' | 'start-again' | 'page-closed';

/** One visit: from the first touch after the attract loop to the idle reset (or "start again"). */
export interface SessionRecord {
  /** Random, unique on this kiosk; says nothing about the visitor. */
  id: string;
  start: number;
  end: number;
  /** The local calendar day of `start`, `YYYY-MM-DD` (the kiosk's time zone). */
  day: string;
  /** The local hour of `start`, 0-23. */
  hour: number;
  /** Languages used, in the order first used (the start language first). */
  languages: string[];
  /** Accessibility modes switched on at any time in the session (e.g. `high-contrast`, `large-text`). */
  a11yModes: string[];
  orientation: 'landscape' | 'portrait';
  /** Touches (pointer downs) in the session. */
  interactions: number;
  /** Fewer than two interactions: counted apart from real visits. */
  glance: boolean;
  endedBy: SessionEnd;
  events: InsightEvent[];
}

/** Session lengths are kept per day as counts in these buckets (upper bounds in seconds, last open). */
export const LENGTH_BUCKETS_SEC = [10, 30, 60, 120, 180, 300, 600, 900, 1800, 3600] as const;

/** One day's totals, kept after the raw sessions are pruned; small and bounded in size. */
export interface DailyRollup {
  day: string;
  /** Sessions that are not glances. */
  sessions: number;
  glances: number;
  /** Sum of the non-glance sessions' lengths, ms. */
  totalMs: number;
  /** Non-glance session counts per `LENGTH_BUCKETS_SEC` bucket (one more entry: longer than the last). */
  lengthBuckets: number[];
  /** Non-glance sessions starting in each local hour, 24 entries. */
  hours: number[];
  /** Non-glance sessions per language used (a session using two counts once for each). */
  languages: Record<string, number>;
  /** Non-glance sessions that switched each accessibility mode on. */
  a11yModes: Record<string, number>;
  orientations: Record<string, number>;
  /** Opens and total dwell per piece id. */
  pieces: Record<string, { opens: number; dwellMs: number }>;
  motifs: Record<string, { opens: number; dwellMs: number }>;
  /**
   * Sessions that zoomed in at least once (a viewer closed at depth above 1), zoom viewers opened,
   * and viewers per depth band ('1-2', '2-4', '4-8', '8+').
   */
  zoom: { sessions: number; opens: number; depths: Record<string, number> };
  compares: number;
  qrShown: number;
  /** Taps that turned a facet value on, per `field=value` (taps turning it off are not interest). */
  facets: Record<string, number>;
  searches: number;
  /** Settled searches per normalised text (capped: see daily-rollup.ts). */
  searchTexts: Record<string, number>;
  /** Searches whose text was dropped from `searchTexts` by the cap: `searches` still counts them. */
  searchTextsOther: number;
  /** Zero-result searches per normalised text: the curator's to-do list for synonyms (capped). */
  zeroResults: Record<string, number>;
  /** Zero-result searches whose text was dropped from `zeroResults` by the cap. */
  zeroResultsOther: number;
  errors: Record<string, number>;
  screens: Record<string, number>;
}

/** The ranges the Insights screen offers. */
export type InsightRange = 'today' | '7d' | '30d' | 'all';
