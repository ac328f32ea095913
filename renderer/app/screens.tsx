import type { ReactElement } from 'react';
import { AdminScreenContainer } from '../features/admin/AdminScreenContainer';
import { AttractContainer } from '../features/attract/AttractContainer';
import { BrowseContainer } from '../features/browse/BrowseContainer';
import { ColoursContainer } from '../features/colours/ColoursContainer';
import { HomeContainer } from '../features/home/HomeContainer';
import { PieceDetailContainer } from '../features/piece/PieceDetailContainer';
import { CompareContainer } from '../features/compare/CompareContainer';
import { MotifListContainer } from '../features/motif/MotifListContainer';
import { MotifPageContainer } from '../features/motif/MotifPageContainer';
import { SearchContainer } from '../features/search/SearchContainer';
import type { Route, RouteName } from './router';

/**
 * Which screen answers which route: one line per feature, so features are added without touching
 * the shell. A route with no screen yet shows home.
 */
type ScreenFor<N extends RouteName> = (route: Extract<Route, { name: N }>) => ReactElement;
type ScreenTable = { [N in RouteName]?: ScreenFor<N> };

const SCREENS: ScreenTable = {
  attract: () => <AttractContainer />,
  admin: () => <AdminScreenContainer />,
  home: () => <HomeContainer />,
  browse: () => <BrowseContainer />,
  colours: () => <ColoursContainer />,
  piece: (route) => <PieceDetailContainer id={route.id} />,
  compare: (route) => <CompareContainer a={route.a} b={route.b} />,
  motifs: () => <MotifListContainer />,
  motif: (route) => <MotifPageContainer id={route.id} />,
  search: () => <SearchContainer />,
};

export function renderScreen(route: Route): ReactElement {
  const screen = SCREENS[route.name] as ScreenFor<typeof route.name> | undefined;
  return screen ? screen(route as never) : (SCREENS.home as ScreenFor<'home'>)({ name: 'home' });
}
