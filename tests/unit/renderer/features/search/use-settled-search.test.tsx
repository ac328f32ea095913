// @vitest-environment happy-dom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchPhase } from '../../../../../renderer/features/search/search-view';

import { endVisit, pendingBeforeEnd, record } from '../../../support/recorder-stand-in';

vi.mock('../../../../../renderer/insights/recorder', () => import('../../../support/recorder-stand-in'));
const { SETTLE_MS, useSettledSearch } =
  await import('../../../../../renderer/features/search/use-settled-search');

interface Props {
  text: string;
  phase: SearchPhase;
  results: number;
}

function typing(first: Props) {
  return renderHook((p: Props) => useSettledSearch(p.text, p.phase, p.results), { initialProps: first });
}

beforeEach(() => {
  vi.useFakeTimers();
  record.mockClear();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useSettledSearch', () => {
  it('records the text that stayed on screen, not every key before it', () => {
    const hook = typing({ text: 'ka', phase: 'results', results: 40 });
    vi.advanceTimersByTime(300);
    hook.rerender({ text: 'kaw', phase: 'results', results: 12 });
    vi.advanceTimersByTime(300);
    hook.rerender({ text: 'Kawung', phase: 'results', results: 7 });
    expect(record).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SETTLE_MS);
    expect(record.mock.calls).toEqual([[{ kind: 'search', text: 'kawung', results: 7 }]]);
  });

  it('records a zero-result search with 0, and the same text only once in a row', () => {
    const hook = typing({ text: 'batik  naga!', phase: 'none', results: 0 });
    vi.advanceTimersByTime(SETTLE_MS);
    hook.rerender({ text: 'Batik naga', phase: 'none', results: 0 });
    vi.advanceTimersByTime(SETTLE_MS);
    expect(record.mock.calls).toEqual([[{ kind: 'search', text: 'batik naga', results: 0 }]]);
  });

  it('records what is on screen when the visitor leaves before it settles', () => {
    const hook = typing({ text: 'parang', phase: 'results', results: 9 });
    vi.advanceTimersByTime(200);
    hook.unmount();
    expect(record.mock.calls).toEqual([[{ kind: 'search', text: 'parang', results: 9 }]]);
  });

  it('records nothing for an empty or too short query', () => {
    const hook = typing({ text: 'k', phase: 'short', results: 0 });
    vi.advanceTimersByTime(SETTLE_MS);
    hook.rerender({ text: '', phase: 'empty', results: 0 });
    vi.advanceTimersByTime(SETTLE_MS);
    hook.unmount();
    expect(record).not.toHaveBeenCalled();
  });
});

describe('useSettledSearch when the visit ends on the search screen', () => {
  it('records the search on screen before the visit ends, once', () => {
    const hook = typing({ text: 'kawung', phase: 'results', results: 3 });
    vi.advanceTimersByTime(100);
    endVisit();
    expect(record.mock.calls).toEqual([[{ kind: 'search', text: 'kawung', results: 3 }]]);
    hook.unmount();
    expect(record).toHaveBeenCalledTimes(1);
    expect(pendingBeforeEnd.size).toBe(0);
  });
});
