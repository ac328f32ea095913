// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Stand-ins for the screens: what is tested is how screens.tsx loads them, not the screens.
const loaded: string[] = [];
const stub = (name: string) => {
  loaded.push(name);
  return (props: Record<string, string>) => <p>{`${name} ${Object.values(props).join(' ')}`.trim()}</p>;
};
vi.mock('../../../../renderer/features/attract/AttractContainer', () => ({
  AttractContainer: stub('attract'),
}));
vi.mock('../../../../renderer/features/home/HomeContainer', () => ({ HomeContainer: stub('home') }));
vi.mock('../../../../renderer/features/piece/PieceContainer', () => ({ PieceContainer: stub('piece') }));
vi.mock('../../../../renderer/features/search/SearchContainer', () => ({ SearchContainer: stub('search') }));
vi.mock('../../../../renderer/features/admin/AdminContainer', () => ({ AdminContainer: stub('admin') }));
vi.mock('../../../../renderer/features/browse/BrowseContainer', () => ({ BrowseContainer: stub('browse') }));
vi.mock('../../../../renderer/features/colours/ColoursContainer', () => ({
  ColoursContainer: stub('colours'),
}));
vi.mock('../../../../renderer/features/compare/CompareContainer', () => ({
  CompareContainer: stub('compare'),
}));
vi.mock('../../../../renderer/features/motif/MotifListContainer', () => ({
  MotifListContainer: stub('motifs'),
}));
vi.mock('../../../../renderer/features/motif/MotifContainer', () => ({ MotifContainer: stub('motif') }));

const { renderScreen, usePrefetchScreens } = await import('../../../../renderer/app/screens');
// Taken now: tests run shuffled, and later ones load more screens.
const loadedWithFirstChunk = [...loaded];

afterEach(cleanup);

describe('renderScreen', () => {
  it('loads only the attract and home screens with the first chunk', () => {
    expect(loadedWithFirstChunk.sort()).toEqual(['attract', 'home']);
  });

  it('shows the first screens at once, with no loading state', () => {
    const { container } = render(renderScreen({ name: 'attract' }));
    expect(container.querySelector('.screen-loading')).toBeNull();
    expect(screen.getByText('attract')).toBeTruthy();
  });

  it('holds the place of a lazily loaded screen, then shows it', async () => {
    const { container } = render(renderScreen({ name: 'piece', id: 'kawung-1920' }));
    expect(container.querySelector('.screen-loading[aria-busy="true"]')).not.toBeNull();
    expect(await screen.findByText('piece kawung-1920')).toBeTruthy();
    expect(container.querySelector('.screen-loading')).toBeNull();
  });
});

function Prefetcher({ enabled }: { enabled: boolean }) {
  usePrefetchScreens(enabled);
  return null;
}

describe('usePrefetchScreens', () => {
  it('loads every other screen at the first touch once the collection is ready, not before', async () => {
    const { rerender } = render(<Prefetcher enabled={false} />);
    fireEvent.pointerDown(window);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    expect(loaded).not.toContain('admin');
    rerender(<Prefetcher enabled />);
    fireEvent.pointerDown(window);
    await vi.waitFor(() =>
      expect(new Set(loaded)).toEqual(
        new Set([
          'attract',
          'home',
          'piece',
          'search',
          'admin',
          'browse',
          'colours',
          'compare',
          'motifs',
          'motif',
        ]),
      ),
    );
  });
});

it('imports no screen but attract and home statically', () => {
  const source = readFileSync(path.join(process.cwd(), 'renderer/app/screens.tsx'), 'utf8');
  const staticFeatures = [
    ...source.matchAll(/^import\s+(?!type\b)[^;]*from\s+'\.\.\/features\/([^']+)'/gm),
  ].map((m) => m[1]);
  expect(staticFeatures.sort()).toEqual(['attract/AttractContainer', 'home/HomeContainer']);
});
