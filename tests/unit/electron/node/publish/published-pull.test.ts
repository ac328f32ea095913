import { describe, expect, it, vi } from 'vitest';
import { pollWhileIdle, publishedPull } from '../../../../../electron/node/publish/published-pull';

const signal = () => ({ signal: new AbortController().signal });

describe('publishedPull', () => {
  it('fails every poll of a refused bundle with the reason, and says it in the status before any poll', async () => {
    const pull = publishedPull({
      url: '/media/usb',
      keyFiles: [],
      out: '/tmp/none',
      refusal: 'no publishKeys',
    });
    expect(pull.status()).toEqual({
      url: '/media/usb',
      version: null,
      verifiedAt: null,
      problem: 'no publishKeys',
      checkedAt: null,
    });
    expect(await pull.build(signal())).toMatchObject({
      ok: false,
      errors: [{ kind: 'publish', message: 'no publishKeys' }],
    });
    await expect(pull.open()).rejects.toThrow('no publishKeys');
  });

  it('turns a key file that cannot be read into a failed poll, and into a rejection of open()', async () => {
    const pull = publishedPull({
      url: 'http://127.0.0.1:9/',
      keyFiles: ['/nonexistent/publish.pub'],
      out: '/tmp/none',
    });
    const outcome = await pull.build(signal());
    expect(outcome.ok).toBe(false);
    expect(outcome.errors[0]!.message).toMatch(
      /The key file \/nonexistent\/publish\.pub cannot be read: ENOENT/,
    );
    await expect(pull.open()).rejects.toThrow(/cannot be read/);
  });
});

describe('pollWhileIdle', () => {
  it('asks for a poll on each tick, but never while a pull runs', () => {
    vi.useFakeTimers();
    try {
      let building = false;
      const poll = vi.fn();
      const stop = pollWhileIdle({ status: () => ({ building }) }, poll, 1_000);
      vi.advanceTimersByTime(1_000);
      building = true;
      vi.advanceTimersByTime(2_000);
      building = false;
      vi.advanceTimersByTime(1_000);
      expect(poll).toHaveBeenCalledTimes(2);
      stop();
      vi.advanceTimersByTime(5_000);
      expect(poll).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
