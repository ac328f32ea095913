// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ZoomViewer, type ZoomViewerProps } from '../../../../../renderer/kit/zoom/ZoomViewer';
import type { ZoomMark } from '../../../../../renderer/kit/zoom/ZoomMarks';
import { focusBounds } from '../../../../../renderer/kit/zoom/zoom-focus';

/**
 * The viewer's marks and its zoom to a mark, against a stand-in for OpenSeadragon with just
 * enough geometry: one 1000 x 500 image (viewport bounds 0..1 x 0..0.5) drawn in an 800 x 400
 * frame at `scale` px per viewport unit. Whether the real library then shows the region large is
 * the e2e's to check (tests/e2e/region-callouts.spec.ts).
 */
const osd = vi.hoisted(() => {
  type Handler = (event: Record<string, unknown>) => void;
  const point = (x: number, y: number) => ({ x, y });
  class Rect {
    constructor(
      readonly x: number,
      readonly y: number,
      readonly width: number,
      readonly height: number,
    ) {}
    getTopLeft() {
      return point(this.x, this.y);
    }
    getSize() {
      return point(this.width, this.height);
    }
  }
  class FakeViewer {
    readonly handlers = new Map<string, Handler[]>();
    readonly navigator = { element: document.createElement('div'), setVisible: vi.fn() };
    scale = 800;
    readonly item = { getBounds: () => new Rect(0, 0, 1, 0.5) };
    readonly world = { getItemCount: () => 1, getItemAt: () => this.item };
    readonly viewport = {
      getZoom: () => this.scale / 800,
      getHomeZoom: () => 1,
      getContainerSize: () => point(800, 400),
      pixelFromPoint: (p: { x: number; y: number }) => point(p.x * this.scale, p.y * this.scale),
      deltaPixelsFromPoints: (p: { x: number; y: number }) => point(p.x * this.scale, p.y * this.scale),
      fitBoundsWithConstraints: vi.fn(),
      zoomBy: vi.fn(),
      goHome: vi.fn(),
      applyConstraints: vi.fn(),
    };
    readonly destroy = vi.fn();
    constructor(readonly options: { element: HTMLElement }) {}
    addHandler(name: string, handler: Handler) {
      this.handlers.set(name, [...(this.handlers.get(name) ?? []), handler]);
    }
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
  return { create: Object.assign(create, { Point: point, Rect }), viewers };
});
vi.mock('openseadragon', () => ({ default: osd.create }));

/** The system's "reduce motion" switch, read by the kit's useReducedMotion at each render. */
const motion = vi.hoisted(() => {
  const state = { reduce: false };
  const original = window.matchMedia.bind(window);
  window.matchMedia = (query: string) =>
    query === '(prefers-reduced-motion: reduce)'
      ? ({
          get matches() {
            return state.reduce;
          },
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        } as unknown as MediaQueryList)
      : original(query);
  return state;
});

afterEach(() => {
  cleanup();
  osd.viewers.length = 0;
  osd.create.mockClear();
  motion.reduce = false;
});

const MARKS: ZoomMark[] = [
  { id: 'kepala', label: 'Kepala', box: { x: 0.4, y: 0, width: 0.2, height: 1 } },
  {
    id: 'kawung/empat-bentuk-lonjong',
    label: 'four ovals',
    lang: 'en',
    box: { x: 0.1, y: 0.2, width: 0.2, height: 0.4 },
    polygon: [
      [0.1, 0.2],
      [0.3, 0.2],
      [0.2, 0.6],
    ],
  },
];

function show(props: Partial<ZoomViewerProps> = {}) {
  return render(<ZoomViewer image="/images/kain.jpg" alt="Kain" marks={MARKS} {...props} />);
}

async function opened() {
  await waitFor(() => expect(osd.viewers).toHaveLength(1));
  const viewer = osd.viewers[0]!;
  act(() => viewer.raise('open'));
  return viewer;
}

const marks = () => screen.getByRole('group', { name: 'Tanda pada gambar' });

describe('ZoomViewer marks', () => {
  it('shows numbered mark buttons, named for screen readers, once the image is drawn', async () => {
    const { container } = show();
    expect(screen.queryByRole('group', { name: 'Tanda pada gambar' })).toBeNull();
    await opened();
    const buttons = within(marks()).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['1 Kepala', '2 four ovals']);
    expect(within(marks()).getByRole('button', { name: '1 Kepala' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    // The second label fell back to English: a screen reader is told so.
    expect(buttons[1]!.querySelector('[lang="en"]')?.textContent).toBe('four ovals');
    // Each at the middle of its place, in percent of the image.
    expect(buttons[0]!.style.left).toBe('50.000%');
    expect(buttons[0]!.style.top).toBe('50.000%');
    expect(buttons[1]!.style.left).toBe('20.000%');
    // The layer lies on the drawn image: 800 x 400 px at the frame's top left.
    const layer = container.querySelector<HTMLElement>('.kit-zoom__marks')!;
    expect([layer.style.width, layer.style.height, layer.style.transform]).toEqual([
      '800px',
      '400px',
      'translate(0px, 0px)',
    ]);
  });

  it('keeps the layer on the image as it moves (each view change), without a render', async () => {
    const { container } = show();
    const viewer = await opened();
    viewer.scale = 1600;
    viewer.raise('viewport-change');
    const layer = container.querySelector<HTMLElement>('.kit-zoom__marks')!;
    expect([layer.style.width, layer.style.height]).toEqual(['1600px', '800px']);
  });

  it('draws no marks without any, and none over a picture that failed', async () => {
    const { container } = show({ marks: [] });
    await opened();
    expect(container.querySelector('.kit-zoom__marks')).toBeNull();
    cleanup();
    osd.viewers.length = 0;
    show();
    await waitFor(() => expect(osd.viewers).toHaveLength(1));
    act(() => osd.viewers[0]!.raise('open-failed'));
    expect(screen.queryByRole('group', { name: 'Tanda pada gambar' })).toBeNull();
  });

  it('a tap on a mark (hit-tested by the viewer) selects it; a tap on the selected one clears it', async () => {
    const onSelectMark = vi.fn();
    const { rerender } = show({ onSelectMark });
    const viewer = await opened();
    // Kepala's mark is at the middle of its band: (0.5, 0.5) of the 800 x 400 px image.
    act(() => viewer.raise('canvas-click', { quick: true, position: { x: 410, y: 190 } }));
    expect(onSelectMark.mock.calls).toEqual([['kepala']]);
    // A drag that ended there, or a tap beside the marks, selects nothing.
    act(() => viewer.raise('canvas-click', { quick: false, position: { x: 400, y: 200 } }));
    act(() => viewer.raise('canvas-click', { quick: true, position: { x: 700, y: 50 } }));
    expect(onSelectMark).toHaveBeenCalledOnce();
    rerender(
      <ZoomViewer
        image="/images/kain.jpg"
        alt="Kain"
        marks={MARKS}
        selectedMark="kepala"
        onSelectMark={onSelectMark}
      />,
    );
    expect(within(marks()).getByRole('button', { name: '1 Kepala' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    act(() => viewer.raise('canvas-click', { quick: true, position: { x: 400, y: 200 } }));
    expect(onSelectMark.mock.calls[1]).toEqual([undefined]);
  });

  it('the marks are buttons for screen readers and keys, which press them without a pointer', async () => {
    const user = userEvent.setup();
    const onSelectMark = vi.fn();
    show({ onSelectMark });
    await opened();
    within(marks()).getByRole('button', { name: '2 four ovals' }).focus();
    await user.keyboard('{Enter}');
    expect(onSelectMark.mock.calls).toEqual([['kawung/empat-bentuk-lonjong']]);
  });

  it('fits the view to the selected mark with its margin, outlines it, and goes home when it is cleared', async () => {
    const { container, rerender } = show();
    const viewer = await opened();
    expect(viewer.viewport.fitBoundsWithConstraints).not.toHaveBeenCalled();
    rerender(<ZoomViewer image="/images/kain.jpg" alt="Kain" marks={MARKS} selectedMark="kepala" />);
    const [[rect, immediately]] = viewer.viewport.fitBoundsWithConstraints.mock.calls as [
      [{ x: number; y: number; width: number; height: number }, boolean],
    ];
    const expected = focusBounds(MARKS[0]!.box, { x: 0, y: 0, width: 1, height: 0.5 });
    expect({ x: rect.x, y: rect.y, width: rect.width, height: rect.height }).toEqual(expected);
    expect(immediately).toBe(false);
    const outline = container.querySelector('svg.kit-zoom__outline');
    expect(outline?.getAttribute('aria-hidden')).toBe('true');
    expect(outline?.querySelectorAll('rect')).toHaveLength(2);
    expect(outline?.querySelector('rect')?.getAttribute('width')).toBe('0.2');

    // A new list with the same places (the host re-rendered) does not move the view again.
    rerender(<ZoomViewer image="/images/kain.jpg" alt="Kain" marks={[...MARKS]} selectedMark="kepala" />);
    expect(viewer.viewport.fitBoundsWithConstraints).toHaveBeenCalledOnce();

    // Another mark: its polygon is the outline.
    rerender(
      <ZoomViewer
        image="/images/kain.jpg"
        alt="Kain"
        marks={MARKS}
        selectedMark="kawung/empat-bentuk-lonjong"
      />,
    );
    expect(viewer.viewport.fitBoundsWithConstraints).toHaveBeenCalledTimes(2);
    expect(outline?.isConnected).toBe(true);
    expect(container.querySelector('svg.kit-zoom__outline polygon')?.getAttribute('points')).toBe(
      '0.1,0.2 0.3,0.2 0.2,0.6',
    );

    rerender(<ZoomViewer image="/images/kain.jpg" alt="Kain" marks={MARKS} />);
    expect(viewer.viewport.goHome).toHaveBeenCalledOnce();
    expect(container.querySelector('svg.kit-zoom__outline')).toBeNull();
  });

  it('fits the chosen place again, at once, when the frame changes size', async () => {
    show({ selectedMark: 'kepala' });
    const viewer = await opened();
    await act(async () => {
      viewer.raise('resize');
      // OpenSeadragon sets its own zoom for the new size in the same frame; the fit comes after.
      expect(viewer.viewport.fitBoundsWithConstraints).toHaveBeenCalledTimes(1);
      await Promise.resolve();
    });
    expect(viewer.viewport.fitBoundsWithConstraints).toHaveBeenCalledTimes(2);
    expect(viewer.viewport.fitBoundsWithConstraints.mock.calls[1]![1]).toBe(true);
  });

  it('a mark selected before the image opens is zoomed to once it has', async () => {
    show({ selectedMark: 'kepala' });
    await waitFor(() => expect(osd.viewers).toHaveLength(1));
    const viewer = osd.viewers[0]!;
    expect(viewer.viewport.fitBoundsWithConstraints).not.toHaveBeenCalled();
    act(() => viewer.raise('open'));
    expect(viewer.viewport.fitBoundsWithConstraints).toHaveBeenCalledOnce();
  });

  it('under reduced motion the view jumps to the mark instead of gliding', async () => {
    motion.reduce = true;
    show({ selectedMark: 'kepala' });
    const viewer = await opened();
    expect(viewer.viewport.fitBoundsWithConstraints.mock.calls[0]![1]).toBe(true);
  });

  it('"Reset view" returns to the whole image and clears the selection', async () => {
    const user = userEvent.setup();
    const onSelectMark = vi.fn();
    show({ selectedMark: 'kepala', onSelectMark });
    const viewer = await opened();
    // OpenSeadragon glides in: the view is no longer the whole image, so Reset view shows.
    viewer.scale = 1600;
    act(() => viewer.raise('viewport-change'));
    await user.click(screen.getByRole('button', { name: 'Kembalikan tampilan' }));
    expect(viewer.viewport.goHome).toHaveBeenCalledOnce();
    expect(onSelectMark.mock.calls).toEqual([[undefined]]);
  });
});
