import type { ReactElement } from 'react';
import { PieceGridContainer } from '../features/home/PieceGridContainer';
import { PieceDetailContainer } from '../features/piece/PieceDetailContainer';
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

export const SCREENS: ScreenTable = {
  home: () => <PieceGridContainer />,
  piece: (route) => <PieceDetailContainer id={route.id} />,
  motifs: () => <MotifListContainer />,
  motif: (route) => <MotifPageContainer id={route.id} />,
  search: () => <SearchContainer />,
};

export function renderScreen(route: Route): ReactElement {
  const screen = SCREENS[route.name] as ScreenFor<typeof route.name> | undefined;
  return screen ? screen(route as never) : (SCREENS.home as ScreenFor<'home'>)({ name: 'home' });
}
