import { useSyncExternalStore } from 'react';

/** The screens reachable by URL. The hash keeps every route on the one index.html of the origin. */
export type Route = { name: 'home' } | { name: 'piece'; id: string };

/** Parses `#/piece/<id>`; anything else is the home grid. */
export function parseHash(hash: string): Route {
  const match = /^#\/piece\/([^/]+)$/.exec(hash);
  return match?.[1] ? { name: 'piece', id: decodeURIComponent(match[1]) } : { name: 'home' };
}

export function routeHash(route: Route): string {
  return route.name === 'piece' ? `#/piece/${encodeURIComponent(route.id)}` : '#/';
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route; re-renders on every hash change. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
