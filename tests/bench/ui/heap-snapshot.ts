/**
 * `--heap-snapshots`: writes the page's heap at the start and the end of the journeys to
 * tests/output/ (open both in DevTools' Memory tab, "Comparison" view) and prints the constructors
 * whose retained self size grew most, so a heap budget miss names its culprit in the same run.
 */
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { CDPSession } from '@playwright/test';

export async function writeHeapSnapshot(cdp: CDPSession, file: string): Promise<void> {
  const out = createWriteStream(file);
  const onChunk = ({ chunk }: { chunk: string }) => out.write(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
  }
}

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/** Self size and count per "type:name" (e.g. "object:Map", "string:(string)"). */
async function sizesByConstructor(file: string): Promise<Map<string, { size: number; count: number }>> {
  const snap = JSON.parse(await readFile(file, 'utf8')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const sizes = new Map<string, { size: number; count: number }>();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + typeAt]];
    const name =
      type === 'object' || type === 'closure' || type === 'native'
        ? snap.strings[snap.nodes[i + nameAt]]
        : '';
    const key = `${type}:${name.slice(0, 60)}`;
    const entry = sizes.get(key) ?? { size: 0, count: 0 };
    entry.size += snap.nodes[i + sizeAt];
    entry.count += 1;
    sizes.set(key, entry);
  }
  return sizes;
}

/** The `top` constructors that grew most from `before` to `after`, as printable lines. */
export async function heapGrowthLines(before: string, after: string, top = 15): Promise<string[]> {
  const [a, b] = await Promise.all([sizesByConstructor(before), sizesByConstructor(after)]);
  const keys = new Set([...a.keys(), ...b.keys()]);
  const MB = 2 ** 20;
  return [...keys]
    .map((key) => {
      const x = a.get(key) ?? { size: 0, count: 0 };
      const y = b.get(key) ?? { size: 0, count: 0 };
      return { key, delta: y.size - x.size, count: y.count - x.count };
    })
    .sort((p, q) => q.delta - p.delta)
    .slice(0, top)
    .map(
      ({ key, delta, count }) => `${(delta / MB).toFixed(2)} MB  ${count >= 0 ? '+' : ''}${count}  ${key}`,
    );
}
