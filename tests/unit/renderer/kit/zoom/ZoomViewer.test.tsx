// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZoomViewer } from '../../../../../renderer/kit/zoom/ZoomViewer';

/**
 * A stand-in for OpenSeadragon that keeps only the contract the viewer's own states rest on: it is
 * called with the options, raises `open`, `open-failed` and `zoom` by name, takes zoom steps on its
 * viewport and can be destroyed. It has no world, so no image geometry: gestures, swipes, panning,
 * the navigator and "Reset view" need the real library and a real layout, and stay with the e2e
 * specs (piece, compare, page-zoom).
 */
const osd = vi.hoisted(() => {
  type Handler = (event: Record<string, unknown>) => void;
  class FakeViewer {
    readonly handlers = new Map<string, Handler[]>();
    readonly navigator = { element: document.createElement('div'), setVisible: vi.fn() };
    readonly world = { getItemCount: () => 0 };
    readonly viewport = {
      zoom: 1,
      getZoom: () => this.viewport.zoom,
      getHomeZoom: () => 1,
      zoomBy: vi.fn(),
      goHome: vi.fn(),
      applyConstraints: vi.fn(),
    };
    readonly destroy = vi.fn();
    constructor(readonly options: { element: HTMLElement; tileSources: unknown }) {}
    addHandler(name: string, handler: Handler) {
      this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
    }
    /** What OpenSeadragon does when the image opens, fails, or zooms. */
    raise(name: string, event: Record<string, unknown> = {}) {
      for (const handler of this.handlers.get(name) ?? []) handler(event);
    }
  }
  const viewers: FakeViewer[] = [];
  const create = vi.fn((options: FakeViewer['options']) => {
    const viewer = new FakeViewer(options);
    viewers.push(viewer);
    return viewer;
  });
  return { create: Object.assign(create, { Point: class {} }), viewers };
});

vi.mock('openseadragon', () => ({ default: osd.create }));

afterEach(() => {
  cleanup();
  osd.viewers.length = 0;
  osd.create.mockClear();
});

const ALT = 'Kain truntum, batik tulis, 1960';
const AREA = `Gambar yang dapat diperbesar: ${ALT}`;

/** The viewer made for this mount, once the lazily imported library has been called. */
async function viewerMade(count = 1) {
  await waitFor(() => expect(osd.viewers).toHaveLength(count));
  return osd.viewers[count - 1]!;
}

const zoomIn = () => screen.getByRole('button', { name: 'Perbesar' }) as HTMLButtonElement;
const zoomOut = () => screen.getByRole('button', { name: 'Perkecil' }) as HTMLButtonElement;

describe('ZoomViewer', () => {
  it('names the zoomable area after the cloth and says it is loading, with the zoom buttons waiting', async () => {
    render(<ZoomViewer dzi="/tiles/truntum.dzi" image="/images/truntum.jpg" alt={ALT} />);
    const area = screen.getByRole('img', { name: AREA });
    expect(screen.getByText('Memuat gambar…')).toBeTruthy();
    expect(zoomIn().disabled).toBe(true);
    expect(zoomOut().disabled).toBe(true);
    const viewer = await viewerMade();
    expect(viewer.options.element).toBe(area);
    expect(viewer.options.tileSources).toBe('http://localhost:3000/tiles/truntum.dzi');
  });

  it('once the image opens: the loading note goes, zoom in is ready, zoom out waits at the whole cloth', async () => {
    render(<ZoomViewer dzi="/tiles/truntum.dzi" image="/images/truntum.jpg" alt={ALT} />);
    const viewer = await viewerMade();
    act(() => viewer.raise('open'));
    expect(screen.queryByText('Memuat gambar…')).toBeNull();
    expect(zoomIn().disabled).toBe(false);
    expect(zoomOut().disabled).toBe(true);
    expect(screen.getByRole('img', { name: AREA }).dataset.zoom).toBe('1.0000');
    act(() => viewer.raise('zoom', { zoom: 2.56 }));
    expect(screen.getByRole('img', { name: AREA }).dataset.zoom).toBe('2.5600');
  });

  it('"Perbesar" zooms the viewer in by one step', async () => {
    const user = userEvent.setup();
    render(<ZoomViewer dzi="/tiles/truntum.dzi" image="/images/truntum.jpg" alt={ALT} />);
    const viewer = await viewerMade();
    act(() => viewer.raise('open'));
    await user.click(zoomIn());
    expect(viewer.viewport.zoomBy.mock.calls).toEqual([[1.6]]);
    expect(viewer.viewport.applyConstraints).toHaveBeenCalledOnce();
  });

  it('when the tiles cannot be opened, shows the plain image and says so', async () => {
    render(<ZoomViewer dzi="/tiles/truntum.dzi" image="/images/truntum.jpg" alt={ALT} />);
    const viewer = await viewerMade();
    act(() => viewer.raise('open-failed'));
    expect(screen.getByText('Gambar rinci tidak dapat dibuka.')).toBeTruthy();
    expect(screen.getByRole('img', { name: ALT }).getAttribute('src')).toBe('/images/truntum.jpg');
    expect(screen.queryByText('Memuat gambar…')).toBeNull();
    expect(zoomIn().disabled).toBe(true);
  });

  it('fetches nothing from another origin: no viewer, no fallback image, only the message', async () => {
    render(<ZoomViewer image="https://elsewhere.example/truntum.jpg" alt={ALT} />);
    expect(await screen.findByText('Gambar rinci tidak dapat dibuka.')).toBeTruthy();
    expect(osd.create).not.toHaveBeenCalled();
    expect(screen.queryByRole('img', { name: ALT })).toBeNull();
  });

  it('destroys its viewer when the cloth changes and when it unmounts', async () => {
    const { rerender, unmount } = render(
      <ZoomViewer dzi="/tiles/truntum.dzi" image="/images/truntum.jpg" alt={ALT} />,
    );
    const first = await viewerMade();
    act(() => first.raise('open'));
    rerender(<ZoomViewer dzi="/tiles/kawung.dzi" image="/images/kawung.jpg" alt="Kain kawung" />);
    expect(first.destroy).toHaveBeenCalledOnce();
    // The next cloth starts from "loading", without the previous cloth's zoom.
    expect(screen.getByText('Memuat gambar…')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Gambar yang dapat diperbesar: Kain kawung' }).dataset.zoom).toBe(
      undefined,
    );
    const second = await viewerMade(2);
    expect(second.options.tileSources).toBe('http://localhost:3000/tiles/kawung.dzi');
    unmount();
    expect(second.destroy).toHaveBeenCalledOnce();
  });

  it('takes translated labels', async () => {
    render(
      <ZoomViewer
        image="/images/truntum.jpg"
        alt={ALT}
        labels={{
          viewer: 'Zoomable image',
          zoomIn: 'Zoom in',
          zoomOut: 'Zoom out',
          loading: 'Loading the image…',
        }}
      />,
    );
    expect(screen.getByRole('img', { name: `Zoomable image: ${ALT}` })).toBeTruthy();
    expect(screen.getByText('Loading the image…')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Zoom out' })).toBeTruthy();
    await viewerMade();
  });

  it('keeps its viewer when tiles arrive for the picture it shows, and makes a new one when they go', async () => {
    const { rerender } = render(<ZoomViewer image="/images/truntum.jpg" alt={ALT} />);
    const first = await viewerMade();
    expect(first.options.tileSources).toEqual({
      type: 'image',
      url: 'http://localhost:3000/images/truntum.jpg',
    });
    act(() => first.raise('open'));
    expect(screen.getByRole('img', { name: AREA }).dataset.source).toBe('image');
    rerender(<ZoomViewer dzi="/tiles/truntum.dzi" image="/images/truntum.jpg" alt={ALT} />);
    // Put in place by upgradeToTiles (tested on its own), not by a new viewer: no reload, no jump.
    expect(first.destroy).not.toHaveBeenCalled();
    expect(osd.create).toHaveBeenCalledOnce();
    expect(zoomIn().disabled).toBe(false);

    rerender(<ZoomViewer image="/images/truntum.jpg" alt={ALT} />);
    expect(first.destroy).toHaveBeenCalledOnce();
    const second = await viewerMade(2);
    expect(second.options.tileSources).toEqual({
      type: 'image',
      url: 'http://localhost:3000/images/truntum.jpg',
    });
  });

  it('opens the tiles at once when they arrive before the library has loaded', async () => {
    const { rerender } = render(<ZoomViewer image="/images/truntum.jpg" alt={ALT} />);
    rerender(<ZoomViewer dzi="/tiles/truntum.dzi" image="/images/truntum.jpg" alt={ALT} />);
    const viewer = await viewerMade();
    expect(viewer.options.tileSources).toBe('http://localhost:3000/tiles/truntum.dzi');
    act(() => viewer.raise('open'));
    expect(screen.getByRole('img', { name: AREA }).dataset.source).toBe('tiles');
    expect(osd.create).toHaveBeenCalledOnce();
  });
});
