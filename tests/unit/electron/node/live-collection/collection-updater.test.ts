import { describe, expect, it, vi } from 'vitest';
import {
  CollectionUpdater,
  type BuildOutcome,
} from '../../../../../electron/node/live-collection/collection-updater';

const pass = (version: string): BuildOutcome => ({ ok: true, errors: [], warnings: [], version });
const fail: BuildOutcome = {
  ok: false,
  errors: [
    {
      file: 'pieces/a/piece.yaml',
      field: 'title',
      line: 3,
      kind: 'required',
      message: 'title is required',
      severity: 'error',
    },
  ],
  warnings: [],
};

function setup(outcomes: (BuildOutcome | Error)[], exists = () => true) {
  const onGood = vi.fn();
  const build = vi.fn(async () => {
    const next = outcomes.shift();
    if (next instanceof Error) throw next;
    if (!next) throw new Error('no more outcomes');
    return next;
  });
  const updater = new CollectionUpdater({ sourceDir: '/src', sourceExists: exists, build, onGood });
  return { updater, build, onGood };
}

describe('CollectionUpdater (keep-last-good)', () => {
  it('notifies the renderer only for a passing build', async () => {
    const { updater, onGood } = setup([pass('v1'), fail, pass('v2')]);
    await updater.request('start');
    expect(onGood).toHaveBeenCalledTimes(1);
    await updater.request('change');
    expect(onGood).toHaveBeenCalledTimes(1);
    const status = updater.status();
    expect(status.lastGood?.version).toBe('v1');
    expect(status.lastFailure?.errors[0]).toMatchObject({ file: 'pieces/a/piece.yaml', field: 'title' });
    await updater.request('change');
    expect(onGood).toHaveBeenCalledTimes(2);
    expect(updater.status().lastFailure).toBeNull();
    expect(updater.status().lastGood?.version).toBe('v2');
  });

  it('keeps the last good collection when the compiler crashes', async () => {
    const { updater, onGood } = setup([pass('v1'), new Error('worker died')]);
    await updater.request('start');
    await updater.request('change');
    expect(onGood).toHaveBeenCalledTimes(1);
    expect(updater.status().lastFailure?.errors[0]).toMatchObject({
      kind: 'internal',
      message: 'worker died',
    });
    expect(updater.status().lastGood?.version).toBe('v1');
  });

  it('changes nothing while the folder is missing', async () => {
    let present = true;
    const { updater, build, onGood } = setup([pass('v1')], () => present);
    await updater.request('start');
    present = false;
    await updater.request('change');
    expect(build).toHaveBeenCalledTimes(1);
    expect(onGood).toHaveBeenCalledTimes(1);
    expect(updater.status()).toMatchObject({
      sourceMissing: true,
      lastGood: { version: 'v1' },
      lastFailure: null,
    });
  });

  it('never overlaps builds and coalesces changes during a build into one rerun', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const outcomes = [pass('v1'), pass('v2')];
    let active = 0;
    let maxActive = 0;
    const build = vi.fn(async () => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      if (build.mock.calls.length === 1) await gate;
      active -= 1;
      return outcomes.shift()!;
    });
    const onGood = vi.fn();
    const updater = new CollectionUpdater({ sourceDir: '/s', sourceExists: () => true, build, onGood });
    const first = updater.request('start');
    void updater.request('change');
    void updater.request('change');
    expect(updater.status().building).toBe(true);
    release();
    await first;
    expect(build).toHaveBeenCalledTimes(2);
    expect(maxActive).toBe(1);
    expect(onGood.mock.calls.map(([o]) => o.version)).toEqual(['v1', 'v2']);
  });

  it('puts the records a passing build held back on the status page until a later build goes live', async () => {
    const problem = { ...fail.errors[0]!, file: 'pieces/a/full.jpg', kind: 'unreadable-media' };
    const heldBack = Array.from({ length: 60 }, (_, i) => ({
      kind: 'pieces' as const,
      id: `p${i}`,
      previousKept: i % 2 === 0,
      // The first record has a problem in every field: only the first ten travel to the page.
      problems: i === 0 ? Array.from({ length: 25 }, () => problem) : [problem],
    }));
    const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const outcomes = [{ ...pass('v1'), heldBack }, fail, pass('v2')];
    const onGood = vi.fn();
    const updater = new CollectionUpdater({
      sourceDir: '/s',
      sourceExists: () => true,
      build: async () => outcomes.shift()!,
      onGood,
      log,
    });
    await updater.request('start');
    // It went live: the page syncs, and the technician sees what waits for the curator.
    expect(onGood).toHaveBeenCalledTimes(1);
    const first = updater.status();
    expect(first.lastFailure).toBeNull();
    expect(first.lastGood).toMatchObject({ version: 'v1', heldBackCount: 60 });
    expect(first.lastGood?.heldBack).toHaveLength(50);
    expect(first.lastGood?.heldBack?.[0]).toEqual({
      kind: 'pieces',
      id: 'p0',
      previousKept: true,
      problems: Array.from({ length: 10 }, () => problem),
      problemCount: 25,
    });
    expect(first.lastGood?.heldBack?.[1]).toMatchObject({ id: 'p1', problems: [problem], problemCount: 1 });
    expect(log.warn).toHaveBeenCalledWith(
      'collection build went live with records held back',
      expect.objectContaining({
        heldBack: expect.arrayContaining(['pieces/p0 (last good version kept)', 'pieces/p1']),
      }),
    );

    // A rejected update changes nothing live, so the held-back list of the live build stays.
    await updater.request('change');
    expect(updater.status().lastGood).toMatchObject({ version: 'v1', heldBackCount: 60 });
    expect(updater.status().lastFailure).not.toBeNull();

    await updater.request('change');
    expect(updater.status().lastGood).toMatchObject({ version: 'v2', heldBack: [], heldBackCount: 0 });
  });
});

describe('CollectionUpdater with deep-zoom tiles made after going live', () => {
  it('switches to an early build at once and to the final one when its tiles are done', async () => {
    const onGood = vi.fn();
    let finishTiles: (outcome: BuildOutcome) => void = () => undefined;
    const updater = new CollectionUpdater({
      sourceDir: '/src',
      sourceExists: () => true,
      build: ({ onLive }) =>
        new Promise((resolve) => {
          onLive({ ...pass('v1'), tilesPending: 12 });
          finishTiles = resolve;
        }),
      onGood,
    });
    const done = updater.request('start');
    await vi.waitFor(() => expect(onGood).toHaveBeenCalledTimes(1));
    expect(updater.status()).toMatchObject({ building: true, lastGood: { version: 'v1', tilesPending: 12 } });
    finishTiles(pass('v2'));
    await done;
    expect(onGood).toHaveBeenCalledTimes(2);
    expect(updater.status()).toMatchObject({ building: false, lastGood: { version: 'v2', tilesPending: 0 } });
  });

  it('asks a build still making tiles to give way when a change arrives, then builds the change', async () => {
    const signals: AbortSignal[] = [];
    const build = vi.fn(
      ({ signal }: { signal: AbortSignal }) =>
        new Promise<BuildOutcome>((resolve) => {
          signals.push(signal);
          // A tiles step that runs until it is asked to stop.
          if (signals.length === 1) signal.addEventListener('abort', () => resolve(pass('v1')));
          else resolve(pass('v2'));
        }),
    );
    const updater = new CollectionUpdater({
      sourceDir: '/src',
      sourceExists: () => true,
      build,
      onGood: vi.fn(),
    });
    const first = updater.request('start');
    await vi.waitFor(() => expect(build).toHaveBeenCalledTimes(1));
    expect(signals[0]!.aborted).toBe(false);
    void updater.request('change');
    expect(signals[0]!.aborted).toBe(true);
    await first;
    expect(build).toHaveBeenCalledTimes(2);
    expect(signals[1]!.aborted).toBe(false);
    expect(updater.status().lastGood?.version).toBe('v2');
  });

  it('ignores an early outcome that did not pass', async () => {
    const onGood = vi.fn();
    const updater = new CollectionUpdater({
      sourceDir: '/src',
      sourceExists: () => true,
      build: async ({ onLive }) => {
        onLive(fail);
        return fail;
      },
      onGood,
    });
    await updater.request('start');
    expect(onGood).not.toHaveBeenCalled();
    expect(updater.status().lastGood).toBeNull();
  });

  it('requestLive answers once the build is live, not after its tiles, and serves a change queued meanwhile', async () => {
    const finishes: ((outcome: BuildOutcome) => void)[] = [];
    const updater = new CollectionUpdater({
      sourceDir: '/src',
      sourceExists: () => true,
      build: ({ onLive }) =>
        new Promise((resolve) => {
          onLive({ ...pass(`early-${finishes.length}`), tilesPending: 3 });
          finishes.push(resolve);
        }),
      onGood: vi.fn(),
    });
    await updater.requestLive('start');
    expect(updater.status()).toMatchObject({ building: true, lastGood: { version: 'early-0' } });

    // Asked while the tiles run: served by the next build, which starts when this one gives way.
    let answered = false;
    const admin = updater.requestLive('admin').then(() => {
      answered = true;
    });
    await Promise.resolve();
    expect(answered).toBe(false);
    finishes[0]!(pass('v1'));
    await admin;
    expect(updater.status().lastGood?.version).toBe('early-1');
    finishes[1]!(pass('v2'));
    await vi.waitFor(() => expect(updater.status().building).toBe(false));
  });

  it('requestLive answers when the build fails, too', async () => {
    const { updater } = setup([fail]);
    await updater.requestLive('start');
    expect(updater.status().lastFailure).not.toBeNull();
  });
});
