/**
 * One copy of each value across many records. IndexedDB gives every record read its own copy of
 * everything in it, so the list screens' 10,000 piece summaries held 230,000 strings more than
 * they have texts ("full", "pembatik", "indigo", a group's name once per piece: 7.5 of the page's
 * 25.6 MB) and tens of thousands of equal small objects and lists (`{ onDisplay: false }`, a
 * maker's credit, an empty list of dyes) (heap snapshots of the UI bench, 2026-12-05). Every full
 * garbage collection marks all of them, and such collections are among the longest tasks while
 * the grid scrolls (issue 12). Sharing them halved the page's heap (23 to 13 MB, README).
 */
export interface SharedValues {
  /** Each text seen, by itself. */
  texts: Map<string, string>;
  /** Each small object or list of plain values seen (see `leafKey`), by its content. */
  leaves: Map<string, object>;
}

export function sharedValues(): SharedValues {
  return { texts: new Map(), leaves: new Map() };
}

/**
 * Makes every string inside `value`, and every object or list inside it that holds only strings,
 * numbers, booleans and nulls, the one copy `shared` holds of it, adding what it has not seen.
 * `value` itself is kept (changed in place, so the walk allocates little of its own): only for
 * records freshly read that nothing else holds yet, and that no one changes afterwards, since
 * the small objects are then shared between records. Property names need no pooling (the engine
 * keeps one copy of each already).
 */
export function shareValues<T extends object>(value: T, shared: SharedValues): T {
  shareInside(value, shared);
  return value;
}

/** Shares what `value` holds; true when it holds plain values only (a leaf). */
function shareInside(value: object, shared: SharedValues): boolean {
  let leaf = true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      value[i] = heldCopy(value[i], shared);
      if (!isPlain(value[i])) leaf = false;
    }
  } else {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      record[key] = heldCopy(record[key], shared);
      if (!isPlain(record[key])) leaf = false;
    }
  }
  return leaf;
}

/** The copy of `value` that `shared` holds (`value` itself the first time); what cannot be shared comes back as it is. */
function heldCopy(value: unknown, shared: SharedValues): unknown {
  if (typeof value === 'string') {
    const held = shared.texts.get(value);
    if (held !== undefined) return held;
    shared.texts.set(value, value);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  // A Map, a Date or a typed array would write as JSON like an unrelated object: kept as it is.
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return value;
  if (!shareInside(value, shared)) return value;
  const key = leafKey(value);
  const held = shared.leaves.get(key);
  if (held !== undefined) return held;
  shared.leaves.set(key, value);
  return value;
}

/**
 * Plain values a shared leaf may hold. Not `undefined`, NaN or infinities: JSON drops the first
 * from objects and writes them all as null in lists, so `{ a: undefined }` would be taken for `{}`.
 */
function isPlain(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return value === null || typeof value === 'string' || typeof value === 'boolean';
}

/** A leaf's content, property order included: JSON tells lists from objects and strings from numbers. */
function leafKey(value: object): string {
  return JSON.stringify(value);
}
