/**
 * `--profile-scroll`: where the main thread spends its time while the grid scrolls, from a CDP
 * CPU profile - the functions with the most self time, so a long task can be named precisely.
 */
import type { PlainPage } from './plain-page';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

export async function startProfile(page: Pick<PlainPage, 'send'>): Promise<void> {
  await page.send('Profiler.enable');
  await page.send('Profiler.setSamplingInterval', { interval: 500 });
  await page.send('Profiler.start');
}

/** Stops the profile and returns the `top` functions by self time, as "ms function (file:line:col)". */
export async function stopProfile(page: Pick<PlainPage, 'send'>, top = 15): Promise<string[]> {
  const { profile } = await page.send<{
    profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] };
  }>('Profiler.stop');
  const nodes = profile.nodes as ProfileNode[];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<string, number>();
  samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() || '(native)';
    const key = `${frame.functionName || '(anonymous)'} (${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1})`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  return [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([key, ms]) => `${Math.round(ms)} ms ${key}`);
}
