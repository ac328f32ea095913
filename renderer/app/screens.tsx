import { lazy, Suspense, useEffect } from 'react';
import type { ReactElement } from 'react';
import { AttractContainer } from '../features/attract/AttractContainer';
import { HomeContainer } from '../features/home/HomeContainer';
import type { Route, RouteName } from '../navigation/router';

/**
 * The attract loop and home are the first screens every start shows, so they are in the first
 * chunk. Every other screen is its own chunk, loaded when first needed (and fetched ahead while the
 * kiosk idles, see {@link usePrefetchScreens}), so the first screen does not download, parse and
 * compile the code of screens nobody has opened yet.
 */
const loaders = {
  admin: () => import('../features/admin/AdminContainer').then((m) => ({ default: m.AdminContainer })),
  browse: () => import('../features/browse/BrowseContainer').then((m) => ({ default: m.BrowseContainer })),
  colours: () =>
    import('../features/colours/ColoursContainer').then((m) => ({ default: m.ColoursContainer })),
  piece: () => import('../features/piece/PieceContainer').then((m) => ({ default: m.PieceContainer })),
  compare: () =>
    import('../features/compare/CompareContainer').then((m) => ({ default: m.CompareContainer })),
  motifs: () =>
    import('../features/motif/MotifListContainer').then((m) => ({ default: m.MotifListContainer })),
  motif: () => import('../features/motif/MotifContainer').then((m) => ({ default: m.MotifContainer })),
  search: () => import('../features/search/SearchContainer').then((m) => ({ default: m.SearchContainer })),
};

const Admin = lazy(loaders.admin);
const Browse = lazy(loaders.browse);
const Colours = lazy(loaders.colours);
const Piece = lazy(loaders.piece);
const Compare = lazy(loaders.compare);
const MotifList = lazy(loaders.motifs);
const Motif = lazy(loaders.motif);
const Search = lazy(loaders.search);

/**
 * Which screen answers which route: one line per feature, so features are added without touching
 * the shell. A route with no screen yet shows home.
 */
type ScreenFor<N extends RouteName> = (route: Extract<Route, { name: N }>) => ReactElement;
type ScreenTable = { [N in RouteName]?: ScreenFor<N> };

const SCREENS: ScreenTable = {
  attract: () => <AttractContainer />,
  admin: () => <Admin />,
  home: () => <HomeContainer />,
  browse: () => <Browse />,
  colours: () => <Colours />,
  piece: (route) => <Piece id={route.id} />,
  compare: (route) => <Compare a={route.a} b={route.b} />,
  motifs: () => <MotifList />,
  motif: (route) => <Motif id={route.id} />,
  search: () => <Search />,
};

/**
 * Shown only while a screen's chunk loads (a deep link or reload before the idle prefetch ran): the
 * shell's chrome stays around it, and it keeps the screen's place with the app's own background, so
 * the page never goes blank. A local chunk takes a frame or two.
 */
function ScreenLoading() {
  return <div className="screen-loading" aria-busy="true" />;
}

/** The screen for a route, inside the Suspense boundary its lazily loaded chunk needs. */
export function renderScreen(route: Route): ReactElement {
  const screen = SCREENS[route.name] as ScreenFor<typeof route.name> | undefined;
  const element = screen ? screen(route as never) : (SCREENS.home as ScreenFor<'home'>)({ name: 'home' });
  return <Suspense fallback={<ScreenLoading />}>{element}</Suspense>;
}

/**
 * Fetches every other screen's chunk at the visitor's first touch (or key), so the tap after it
 * never waits on the network or the parser. Not at load: the attract loop may run for hours before
 * anyone comes, and a first screen that loads only its own code is the point of the split.
 */
export function usePrefetchScreens(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const prefetch = () => {
      window.removeEventListener('pointerdown', prefetch, true);
      window.removeEventListener('keydown', prefetch, true);
      for (const load of Object.values(loaders)) void load().catch(() => undefined);
    };
    window.addEventListener('pointerdown', prefetch, true);
    window.addEventListener('keydown', prefetch, true);
    return () => {
      window.removeEventListener('pointerdown', prefetch, true);
      window.removeEventListener('keydown', prefetch, true);
    };
  }, [enabled]);
}
