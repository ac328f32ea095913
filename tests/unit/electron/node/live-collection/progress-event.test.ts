import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CollectionProgressEvent } from '../../../../../electron/shared/ipc';
import {
  progressEvent,
  progressEventSender,
} from '../../../../../electron/node/live-collection/progress-event';

describe('progressEvent', () => {
  it("turns a worker build's report into the pages' event, and drops what is not one", () => {
    expect(progressEvent({ phase: 'images', done: 4, total: 179 })).toEqual({
      step: 'images',
      done: 4,
      total: 179,
    });
    expect(progressEvent({ phase: 'check', done: 12, total: 0 })).toEqual({
      step: 'check',
      done: 12,
      total: 0,
    });
    expect(progressEvent({ phase: 'unknown', done: 1, total: 1 })).toBeNull();
    expect(progressEvent({ phase: 'images', done: -1, total: 1 })).toBeNull();
    expect(progressEvent(undefined)).toBeNull();
  });
});

describe('progressEventSender', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const images = (done: number) => ({ phase: 'images', done, total: 179 });

  it('sends at most one event per interval, the latest waiting one at its end', () => {
    const sent: CollectionProgressEvent[] = [];
    const report = progressEventSender((event) => sent.push(event), 250);
    // A build reporting every 10 ms: 179 images in 1.79 s.
    for (let done = 1; done <= 179; done++) {
      report(images(done));
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(250);
    expect(sent[0]).toEqual({ step: 'images', done: 1, total: 179 });
    // The last report is never lost, however the interval falls.
    expect(sent.at(-1)).toEqual({ step: 'images', done: 179, total: 179 });
    expect(sent.length).toBeGreaterThanOrEqual(7);
    expect(sent.length).toBeLessThanOrEqual(9);
    const dones = sent.map((event) => event.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
  });

  it('sends a change of step at once, and nothing after it from the step before', () => {
    const sent: CollectionProgressEvent[] = [];
    const report = progressEventSender((event) => sent.push(event), 250);
    report({ phase: 'check', done: 1, total: 0 });
    report({ phase: 'check', done: 2, total: 0 });
    report(images(1));
    expect(sent.map((event) => `${event.step}:${event.done}`)).toEqual(['check:1', 'images:1']);
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(2);
  });

  it('passes a report at once when the interval has passed, and drops malformed ones', () => {
    const sent: CollectionProgressEvent[] = [];
    const report = progressEventSender((event) => sent.push(event), 250);
    report(images(1));
    vi.advanceTimersByTime(300);
    report(images(2));
    report({ phase: 'images', done: 'three', total: 179 });
    expect(sent.map((event) => event.done)).toEqual([1, 2]);
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(2);
  });
});
