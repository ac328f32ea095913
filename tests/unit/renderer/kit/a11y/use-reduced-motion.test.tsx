// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** happy-dom's own answer to media queries; `reduce` is what an OS "reduce motion" setting gives. */
interface HappyDomDevice {
  prefersReducedMotion: 'reduce' | 'no-preference';
}
const device = (window as unknown as { happyDOM: { settings: { device: HappyDomDevice } } }).happyDOM.settings
  .device;

/**
 * The hook reads `window.matchMedia` once, when its module loads (one listener for the whole app),
 * so each test sets the page up first and then loads a fresh copy of the module.
 */
async function renderMotionProbe() {
  vi.resetModules();
  const { useReducedMotion } = await import('../../../../../renderer/kit/a11y/use-reduced-motion');
  function MotionProbe() {
    return <p>{useReducedMotion() ? 'diam' : 'bergerak'}</p>;
  }
  return render(<MotionProbe />);
}

beforeEach(() => {
  device.prefersReducedMotion = 'no-preference';
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('useReducedMotion', () => {
  it('allows motion when the system does not ask for less', async () => {
    await renderMotionProbe();
    expect(screen.getByText('bergerak')).toBeTruthy();
  });

  it('holds still when the system asks for reduced motion', async () => {
    device.prefersReducedMotion = 'reduce';
    await renderMotionProbe();
    expect(screen.getByText('diam')).toBeTruthy();
  });

  it('follows the setting when it changes while the kiosk runs, and stops listening on unmount', async () => {
    const list = Object.assign(new EventTarget(), {
      matches: false,
      media: '(prefers-reduced-motion: reduce)',
    });
    const remove = vi.spyOn(list, 'removeEventListener');
    vi.spyOn(window, 'matchMedia').mockReturnValue(list as unknown as MediaQueryList);
    const { unmount } = await renderMotionProbe();
    expect(screen.getByText('bergerak')).toBeTruthy();
    act(() => {
      list.matches = true;
      list.dispatchEvent(new Event('change'));
    });
    expect(screen.getByText('diam')).toBeTruthy();
    unmount();
    expect(remove).toHaveBeenCalledWith('change', expect.any(Function));
  });

  it('allows motion where the page has no matchMedia', async () => {
    device.prefersReducedMotion = 'reduce';
    vi.stubGlobal('matchMedia', undefined);
    try {
      await renderMotionProbe();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(screen.getByText('bergerak')).toBeTruthy();
  });
});
