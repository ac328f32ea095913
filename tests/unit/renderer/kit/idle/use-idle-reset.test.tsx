// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StillThereOverlay } from '../../../../../renderer/kit/idle/StillThereOverlay';
import { useIdleReset, type IdleResetOptions } from '../../../../../renderer/kit/idle/use-idle-reset';

/** The host's wiring in small: a screen with one button, and the question over it. */
function IdleHarness(options: IdleResetOptions) {
  const idle = useIdleReset(options);
  return (
    <>
      <button type="button">Lihat kain</button>
      <StillThereOverlay
        open={idle.phase === 'warning'}
        remainingSec={idle.remainingSec}
        onContinue={idle.continueSession}
        onStartAgain={idle.startAgain}
      />
    </>
  );
}

const IDLE_MS = 10_000;
const COUNTDOWN_SEC = 5;

function setup(options: Partial<IdleResetOptions> = {}) {
  const onReset = vi.fn();
  const props = { idleMs: IDLE_MS, countdownSec: COUNTDOWN_SEC, onReset, ...options };
  const view = render(<IdleHarness {...props} />);
  return { ...view, onReset, props };
}

/**
 * A finger's tap as the browser reports it: pointerdown (which reaches the window's activity
 * listener first), pointerup, click. fireEvent rather than user-event here: Testing Library's async
 * wrapper, which user-event's calls go through, waits on a `setTimeout(0)` it advances only under
 * Jest's fake timers, so under vitest's it never returns (testing-library/react-testing-library#1197).
 */
function tap(target: Element) {
  fireEvent.pointerDown(target, { button: 0, pointerType: 'touch' });
  fireEvent.pointerUp(target, { button: 0, pointerType: 'touch' });
  fireEvent.click(target, { detail: 1 });
}

const button = (name: string) => screen.getByRole('button', { name });

/** Lets time pass on the fake clock; the hook's interval fires inside act like a real tick would. */
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));
const question = () => screen.queryByRole('dialog', { name: 'Masih di sana?' });
const countdown = () => screen.getByRole('timer').getAttribute('aria-label');

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useIdleReset with the still-there question', () => {
  it('asks nothing while the idle time runs, then asks with the full countdown', () => {
    setup();
    wait(IDLE_MS - 250);
    expect(question()).toBeNull();
    wait(250);
    expect(question()).not.toBeNull();
    expect(countdown()).toBe('5 detik');
  });

  it('asks within a quarter second of the idle time, however the time falls between checks', () => {
    setup({ idleMs: IDLE_MS + 100 });
    wait(IDLE_MS + 100);
    expect(question()).toBeNull();
    wait(250);
    expect(question()).not.toBeNull();
  });

  it('counts the seconds down on screen', () => {
    setup();
    wait(IDLE_MS);
    wait(1000);
    expect(countdown()).toBe('4 detik');
    wait(2000);
    expect(countdown()).toBe('2 detik');
    expect(screen.getByRole('timer').textContent).toBe('2');
  });

  it('resets the app once when the countdown ends, and closes the question', () => {
    const { onReset } = setup();
    wait(IDLE_MS + COUNTDOWN_SEC * 1000 - 250);
    expect(onReset).not.toHaveBeenCalled();
    wait(250);
    expect(onReset).toHaveBeenCalledOnce();
    expect(question()).toBeNull();
  });

  it('"continue" closes the question without a reset and starts the idle time again', () => {
    const { onReset } = setup();
    wait(IDLE_MS + 2000);
    tap(button('Lanjutkan'));
    expect(question()).toBeNull();
    wait(IDLE_MS - 500);
    expect(question()).toBeNull();
    expect(onReset).not.toHaveBeenCalled();
    wait(500);
    expect(countdown()).toBe('5 detik');
  });

  it('"start again" resets at once and closes the question', () => {
    const { onReset } = setup();
    wait(IDLE_MS);
    tap(button('Mulai lagi'));
    expect(onReset).toHaveBeenCalledOnce();
    expect(question()).toBeNull();
    // The next visitor gets the whole idle time, and no second reset follows the first.
    wait(IDLE_MS - 250);
    expect(question()).toBeNull();
    expect(onReset).toHaveBeenCalledOnce();
  });

  it('a touch anywhere while the visitor is active starts the idle time again', () => {
    setup();
    wait(IDLE_MS - 1000);
    tap(button('Lihat kain'));
    wait(IDLE_MS - 1000);
    expect(question()).toBeNull();
    wait(1000);
    expect(question()).not.toBeNull();
  });

  it('a key press or wheel turn counts as activity too', () => {
    setup();
    wait(IDLE_MS - 1000);
    fireEvent.keyDown(document.body, { key: 'a' });
    wait(IDLE_MS - 1000);
    fireEvent.wheel(document.body, { deltaY: 100 });
    wait(IDLE_MS - 1000);
    expect(question()).toBeNull();
  });

  it('a touch behind the open question does not answer it', () => {
    const { onReset } = setup();
    wait(IDLE_MS);
    tap(document.body);
    expect(question()).not.toBeNull();
    wait(COUNTDOWN_SEC * 1000);
    expect(onReset).toHaveBeenCalledOnce();
  });

  it('asks nothing while disabled (the attract screen), and closes an open question when disabled', () => {
    const { rerender, onReset, props } = setup({ enabled: false });
    wait(IDLE_MS * 3);
    expect(question()).toBeNull();
    expect(onReset).not.toHaveBeenCalled();
    rerender(<IdleHarness {...props} enabled />);
    wait(IDLE_MS);
    expect(question()).not.toBeNull();
    rerender(<IdleHarness {...props} enabled={false} />);
    expect(question()).toBeNull();
    wait(COUNTDOWN_SEC * 1000);
    expect(onReset).not.toHaveBeenCalled();
  });

  it('calls the latest onReset the host passed', () => {
    const { rerender, onReset, props } = setup();
    const newer = vi.fn();
    rerender(<IdleHarness {...props} onReset={newer} />);
    wait(IDLE_MS);
    tap(button('Mulai lagi'));
    expect(newer).toHaveBeenCalledOnce();
    expect(onReset).not.toHaveBeenCalled();
  });
});
