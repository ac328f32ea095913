import type OpenSeadragon from 'openseadragon';
import { describe, expect, it, vi } from 'vitest';
import { upgradeToTiles } from '../../../../../renderer/kit/zoom/tiles-upgrade';

type Handler = (event: { fullyLoaded: boolean }) => void;

/** A tiled image as the upgrade uses it: bounds, opacity, and the fully-loaded event. */
function item(bounds = { x: 0, y: 0, width: 1, height: 0.6 }, fullyLoaded = false) {
  const handlers = new Set<Handler>();
  let opacity = 1;
  return {
    loaded: fullyLoaded,
    getBounds: () => bounds,
    getOpacity: () => opacity,
    setOpacity: vi.fn((value: number) => {
      opacity = value;
    }),
    getFullyLoaded() {
      return this.loaded;
    },
    addHandler: (_name: string, handler: Handler) => handlers.add(handler),
    removeHandler: (_name: string, handler: Handler) => handlers.delete(handler),
    /** What OSD raises as the tiles the view needs arrive, or as a zoom needs new ones. */
    raise(fullyLoaded: boolean) {
      this.loaded = fullyLoaded;
      for (const handler of [...handlers]) handler({ fullyLoaded });
    },
    handlerCount: () => handlers.size,
  };
}
type FakeItem = ReturnType<typeof item>;

function viewerWith(plain: FakeItem | undefined) {
  const items: FakeItem[] = plain ? [plain] : [];
  let pending: { opacity?: number; success?: (event: unknown) => void } & Record<string, unknown> = {};
  const viewer = {
    world: {
      getItemCount: () => items.length,
      getItemAt: (i: number) => items[i],
      removeItem: vi.fn((one: FakeItem) => items.splice(items.indexOf(one), 1)),
    },
    addTiledImage: vi.fn((options: typeof pending) => {
      pending = options;
    }),
    isDestroyed: () => false,
  };
  /** OSD has read the descriptor and added the tiled image (with the opacity asked for). */
  const opened = (added: FakeItem) => {
    added.setOpacity(pending.opacity ?? 1);
    items.push(added);
    pending.success?.({ item: added });
  };
  return { viewer, items, opened, options: () => pending };
}

const asViewer = (fake: unknown) => fake as OpenSeadragon.Viewer;

describe('upgradeToTiles', () => {
  it("adds the tiles invisibly at the plain image's place, and shows them once fully loaded", () => {
    const plain = item({ x: 0, y: 0.1, width: 1, height: 0.6 });
    const { viewer, items, opened, options } = viewerWith(plain);
    const onShown = vi.fn();
    upgradeToTiles(asViewer(viewer), 'http://kiosk/collection/a.dzi', onShown);
    expect(options()).toMatchObject({
      tileSource: 'http://kiosk/collection/a.dzi',
      x: 0,
      y: 0.1,
      width: 1,
      opacity: 0,
      preload: true,
    });
    const tiles = item();
    opened(tiles);
    // Loading: both are there, the plain image still the one seen.
    expect(items).toEqual([plain, tiles]);
    expect(tiles.getOpacity()).toBe(0);
    tiles.raise(false);
    expect(onShown).not.toHaveBeenCalled();
    tiles.raise(true);
    expect(tiles.getOpacity()).toBe(1);
    expect(items).toEqual([tiles]);
    expect(onShown).toHaveBeenCalledOnce();
    // Done once: later loads (a zoom needing new tiles) change nothing.
    expect(tiles.handlerCount()).toBe(0);
  });

  it('shows tiles that were fully loaded when added straight away', () => {
    const plain = item();
    const { viewer, items, opened } = viewerWith(plain);
    const onShown = vi.fn();
    upgradeToTiles(asViewer(viewer), 'http://kiosk/a.dzi', onShown);
    opened(item(undefined, true));
    expect(items).toHaveLength(1);
    expect(items[0]).not.toBe(plain);
    expect(onShown).toHaveBeenCalledOnce();
  });

  it('when cancelled before showing, takes the half-loaded tiles away and keeps the plain image', () => {
    const plain = item();
    const { viewer, items, opened } = viewerWith(plain);
    const onShown = vi.fn();
    const cancel = upgradeToTiles(asViewer(viewer), 'http://kiosk/a.dzi', onShown);
    const tiles = item();
    opened(tiles);
    cancel();
    expect(items).toEqual([plain]);
    tiles.raise(true);
    expect(onShown).not.toHaveBeenCalled();
    expect(plain.setOpacity).not.toHaveBeenCalled();
  });

  it('does nothing for a viewer with nothing open', () => {
    const { viewer } = viewerWith(undefined);
    upgradeToTiles(asViewer(viewer), 'http://kiosk/a.dzi', vi.fn())();
    expect(viewer.addTiledImage).not.toHaveBeenCalled();
  });
});
