import { describe, expect, it } from 'vitest';
import { progressEvent } from '../../../../../electron/node/live-collection/progress-event';

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
