import type * as os from 'node:os';
import { describe, expect, it, vi } from 'vitest';

const cores = vi.hoisted(() => ({ value: 2 }));
vi.mock('node:os', async (original) => ({
  ...(await original<typeof os>()),
  availableParallelism: () => cores.value,
}));

const { imageWorkers } = await import('../../../../../electron/node/images/pipeline');

describe('images worked on at once', () => {
  it.each([
    [1, 1, 1],
    [2, 2, 1],
    [4, 4, 3],
    [16, 4, 4],
  ])('on %i cores: %i for a build, %i for the tiles made while the kiosk is live', (n, build, background) => {
    cores.value = n;
    expect(imageWorkers('build')).toBe(build);
    expect(imageWorkers('check')).toBe(build);
    expect(imageWorkers('background')).toBe(background);
  });
});
