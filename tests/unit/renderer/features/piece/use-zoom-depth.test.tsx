// @vitest-environment happy-dom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { endVisit, pendingBeforeEnd, record } from '../../../support/recorder-stand-in';

vi.mock('../../../../../renderer/insights/recorder', () => import('../../../support/recorder-stand-in'));
const { useZoomDepth } = await import('../../../../../renderer/features/piece/use-zoom-depth');

beforeEach(() => record.mockClear());
afterEach(cleanup);

describe('useZoomDepth', () => {
  it('records the deepest zoom of a view once, when the visitor leaves that view', () => {
    const hook = renderHook((p: { piece: string; media: string }) => useZoomDepth(p.piece, p.media), {
      initialProps: { piece: 'p1', media: 'front' },
    });
    for (const factor of [1, 1.6, 2.56, 4.096, 2.1]) hook.result.current.onZoom(factor);
    expect(record).not.toHaveBeenCalled();
    hook.rerender({ piece: 'p1', media: 'detail' });
    expect(record.mock.calls).toEqual([[{ kind: 'zoom', pieceId: 'p1', depth: 4.1 }]]);
    hook.result.current.onZoom(1);
    hook.unmount();
    expect(record.mock.calls[1]).toEqual([{ kind: 'zoom', pieceId: 'p1', depth: 1 }]);
  });

  it('records nothing for a viewer that never opened', () => {
    const hook = renderHook(() => useZoomDepth('p2', 'front'));
    hook.unmount();
    expect(record).not.toHaveBeenCalled();
  });
});

describe('useZoomDepth when the visit ends on the piece', () => {
  it('records the depth before the visit ends, and not again when the screen then unmounts', () => {
    const hook = renderHook(() => useZoomDepth('p3', 'front'));
    hook.result.current.onZoom(2.5);
    endVisit();
    expect(record.mock.calls).toEqual([[{ kind: 'zoom', pieceId: 'p3', depth: 2.5 }]]);
    hook.unmount();
    expect(record).toHaveBeenCalledTimes(1);
    expect(pendingBeforeEnd.size).toBe(0);
  });
});
