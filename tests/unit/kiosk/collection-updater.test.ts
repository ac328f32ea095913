import { describe, expect, it, vi } from 'vitest';
import { CollectionUpdater, type BuildOutcome } from '../../../electron/node/kiosk/collection-updater';

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
});
