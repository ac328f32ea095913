import type { ReactElement } from 'react';
import { AdminContainer } from '../features/admin/AdminContainer';
import { AttractContainer } from '../features/attract/AttractContainer';
import { BrowseContainer } from '../features/browse/BrowseContainer';
import { ColoursContainer } from '../features/colours/ColoursContainer';
import { HomeContainer } from '../features/home/HomeContainer';
import { PieceContainer } from '../features/piece/PieceContainer';
import { CompareContainer } from '../features/compare/CompareContainer';
import { MotifListContainer } from '../features/motif/MotifListContainer';
import { MotifContainer } from '../features/motif/MotifContainer';
import { SearchContainer } from '../features/search/SearchContainer';
import type { Route, RouteName } from '../navigation/router';

/**
 * Which screen answers which route: one line per feature, so features are added without touching
 * the shell. A route with no screen yet shows home.
 */
type ScreenFor<N extends RouteName> = (route: Extract<Route, { name: N }>) => ReactElement;
type ScreenTable = { [N in RouteName]?: ScreenFor<N> };

const SCREENS: ScreenTable = {
  attract: () => <AttractContainer />,
  admin: () => <AdminContainer />,
  home: () => <HomeContainer />,
  browse: () => <BrowseContainer />,
  colours: () => <ColoursContainer />,
  piece: (route) => <PieceContainer id={route.id} />,
  compare: (route) => <CompareContainer a={route.a} b={route.b} />,
  motifs: () => <MotifListContainer />,
  motif: (route) => <MotifContainer id={route.id} />,
  search: () => <SearchContainer />,
};

export function renderScreen(route: Route): ReactElement {
  const screen = SCREENS[route.name] as ScreenFor<typeof route.name> | undefined;
  return screen ? screen(route as never) : (SCREENS.home as ScreenFor<'home'>)({ name: 'home' });
}
