// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { navigate, useRoute } from '../../../../renderer/navigation/router';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

describe('useRoute', () => {
  it('shows the route navigate moved to at once, without waiting for the queued hashchange', () => {
    let hashchanges = 0;
    const count = () => hashchanges++;
    window.addEventListener('hashchange', count);
    const { result } = renderHook(() => useRoute());
    act(() => navigate({ name: 'piece', id: 'p1' }));
    expect(hashchanges).toBe(0);
    expect(result.current).toEqual({ name: 'piece', id: 'p1' });
    act(() => navigate({ name: 'browse' }, { replace: true }));
    expect(result.current).toEqual({ name: 'browse' });
    window.removeEventListener('hashchange', count);
  });
});
