// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CollectionProgressEvent } from '../../../../../electron/shared/kiosk-api';
import { BootContainer } from '../../../../../renderer/features/boot/BootContainer';
import { BUILD_PROGRESS_STALE_MS } from '../../../../../renderer/features/boot/use-build-progress';
import type { SyncStatus } from '../../../../../renderer/sync/controller';
import { inLanguage } from '../../../support/i18n-wrapper';

/** The host as the boot screen uses it: build reports, sent by the test. */
const host = vi.hoisted(() => {
  const listeners = new Set<(event: CollectionProgressEvent) => void>();
  return {
    listeners,
    report: (event: CollectionProgressEvent) => listeners.forEach((listener) => listener(event)),
  };
});
vi.mock('../../../../../renderer/host', () => ({
  currentHost: () => ({
    onCollectionProgress: (callback: (event: CollectionProgressEvent) => void) => {
      host.listeners.add(callback);
      return () => host.listeners.delete(callback);
    },
  }),
}));

const unavailable: SyncStatus = { phase: 'unavailable', syncing: false, host: 'no-collection' };

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const show = (status: SyncStatus) =>
  render(<BootContainer status={status} onRetry={vi.fn()} />, inLanguage('en'));

describe('BootContainer while the host builds the first collection', () => {
  it('shows how far the build is instead of "not available", and the retry again once it falls silent', () => {
    show(unavailable);
    expect(screen.getByRole('heading', { name: 'The collection cannot be shown yet' })).toBeTruthy();
    act(() => host.report({ step: 'images', done: 12, total: 179 }));
    expect(screen.getByRole('heading', { name: "Preparing the collection's pictures" })).toBeTruthy();
    expect(screen.getByText('Pictures ready: 12 of 179')).toBeTruthy();
    act(() => vi.advanceTimersByTime(BUILD_PROGRESS_STALE_MS - 1_000));
    act(() => host.report({ step: 'images', done: 13, total: 179 }));
    act(() => vi.advanceTimersByTime(BUILD_PROGRESS_STALE_MS - 1_000));
    expect(screen.getByText('Pictures ready: 13 of 179')).toBeTruthy();
    act(() => vi.advanceTimersByTime(2_000));
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('stops listening when it leaves the screen', () => {
    const { unmount } = show(unavailable);
    expect(host.listeners.size).toBe(1);
    unmount();
    expect(host.listeners.size).toBe(0);
  });
});
