import { useSyncExternalStore } from 'react';

/**
 * The screens reachable by URL. The hash keeps every route on the one index.html of the origin,
 * under kiosk://app/ and http://127.0.0.1:PORT/ alike. Filters, search text and scroll positions
 * are not in the URL: they live in the visit state, which the idle reset clears.
 */
export type Route =
  | { name: 'attract' }
  | { name: 'home' }
  | { name: 'browse' }
  | { name: 'colours' }
  | { name: 'piece'; id: string }
  | { name: 'compare'; a: string; b: string }
  | { name: 'motifs' }
  | { name: 'motif'; id: string }
  | { name: 'search' }
  | { name: 'admin' };

export type RouteName = Route['name'];

const SIMPLE = ['attract', 'home', 'browse', 'colours', 'motifs', 'search', 'admin'] as const;

/** Parses `#/piece/<id>`, `#/compare/<a>/<b>`, `#/motif/<id>`, `#/browse`...; anything else is home. */
export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [name, a, b] = parts;
  const decode = (value: string) => {
    try {
      return decodeURIComponent(value);
    } catch {
      return null;
    }
  };
  if (name === 'piece' && a && parts.length === 2) {
    const id = decode(a);
    if (id) return { name, id };
  }
  if (name === 'motif' && a && parts.length === 2) {
    const id = decode(a);
    if (id) return { name, id };
  }
  if (name === 'compare' && a && b && parts.length === 3) {
    const [x, y] = [decode(a), decode(b)];
    if (x && y) return { name, a: x, b: y };
  }
  if (parts.length === 1 && (SIMPLE as readonly string[]).includes(name ?? '')) {
    return { name: name as (typeof SIMPLE)[number] };
  }
  return { name: 'home' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'piece':
    case 'motif':
      return `#/${route.name}/${encodeURIComponent(route.id)}`;
    case 'compare':
      return `#/compare/${encodeURIComponent(route.a)}/${encodeURIComponent(route.b)}`;
    case 'home':
      return '#/';
    default:
      return `#/${route.name}`;
  }
}

/**
 * How many steps the current visitor has taken inside the app. Back walks the browser history only
 * this far, so it never returns to the previous visitor's screens after an idle reset.
 */
let depth = 0;

/** The mounted `useRoute` hooks, told of a move the moment `navigate` makes it. */
const listeners = new Set<() => void>();

export function navigate(route: Route, options: { replace?: boolean } = {}): void {
  const hash = routeHash(route);
  if (options.replace) window.location.replace(hash);
  else if (window.location.hash !== hash) {
    depth++;
    window.location.hash = hash;
  }
  // The hash is already the new one, but 'hashchange' is only queued: told now, a tap renders its
  // next screen in the tap's own task rather than a turn of the event loop later (about 10 ms of
  // the tap-to-detail time in the UI bench's trace). The event then finds nothing new.
  for (const listener of listeners) listener();
}

/** One step back in the visitor's own history, or home when there is none (e.g. after a reset). */
export function goBack(): void {
  if (depth > 0) {
    depth--;
    window.history.back();
  } else navigate({ name: 'home' }, { replace: true });
}

/** Forgets the visitor's steps (idle reset): Back starts again from the next visitor's first screen. */
export function forgetHistory(): void {
  depth = 0;
}

function subscribe(onChange: () => void) {
  listeners.add(onChange);
  window.addEventListener('hashchange', onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('hashchange', onChange);
  };
}

/** The current route; re-renders on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
