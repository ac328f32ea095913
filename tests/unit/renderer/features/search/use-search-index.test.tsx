// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import Dexie from 'dexie';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { KioskDb } from '../../../../../renderer/db/kiosk-db';
import type { SearchClient } from '../../../../../renderer/search/search-client';

/** Query workers the hook opened, each with its fate in the test's hands. */
const workers: { open: (state: 'ready' | 'missing') => void; die: (reason: string) => void }[] = [];

vi.mock('../../../../../renderer/search/search-client', () => ({
  openSearchClient: (): SearchClient => {
    let open!: (state: 'ready' | 'missing') => void;
    let die!: (reason: string) => void;
    const opened = new Promise<'ready' | 'missing'>((resolve) => (open = resolve));
    const failed = new Promise<string>((resolve) => (die = resolve));
    workers.push({ open, die });
    return {
      opened,
      failed,
      whenComplete: () => new Promise(() => {}),
      search: async () => [],
      suggest: async () => [],
      close: () => {},
    };
  },
}));
const { useSearchIndex } = await import('../../../../../renderer/features/search/use-search-index');

const db = new KioskDb('use-search-index-test');
await db.meta.put({ key: 'pointer', slot: 'a', version: 'v1', schema: 0, counts: {}, manifest: {} } as never);

afterEach(cleanup);
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('useSearchIndex', () => {
  it('says search is unavailable when the query worker dies, and opens a new one on the next visit', async () => {
    const visit = renderHook(() => useSearchIndex(db));
    await waitFor(() => expect(workers).toHaveLength(1));
    workers[0]!.open('ready');
    await waitFor(() => expect(visit.result.current.status).toBe('ready'));
    workers[0]!.die('out of memory');
    await waitFor(() => expect(visit.result.current.status).toBe('missing'));
    visit.unmount();

    const next = renderHook(() => useSearchIndex(db));
    await waitFor(() => expect(workers).toHaveLength(2));
    workers[1]!.open('ready');
    await waitFor(() => expect(next.result.current.status).toBe('ready'));
    next.unmount();

    // A worker that lives on is kept for the visits after.
    const third = renderHook(() => useSearchIndex(db));
    await waitFor(() => expect(third.result.current.status).toBe('ready'));
    expect(workers).toHaveLength(2);
  });
});
