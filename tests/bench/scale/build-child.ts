/**
 * One collection build in a process of its own, so the scale benchmark can read that build's
 * peak memory: `node --import tsx build-child.ts SOURCE OUT`. The same call `npm run collection --
 * build` makes (deep-zoom tiles on, the cache in OUT/cache). Last stdout line: one JSON object.
 */
import { buildCollection } from '../../../electron/node/collection/build';

const [source, out] = process.argv.slice(2);
if (!source || !out) {
  console.error('usage: build-child.ts SOURCE OUT');
  process.exit(2);
}
const started = performance.now();
const result = await buildCollection({ source, out, tiles: true });
const ms = Math.round(performance.now() - started);
if (!result.ok) {
  console.error(JSON.stringify(result.errors.slice(0, 5)));
  process.exit(1);
}
// maxRSS is this process's high-water mark in KiB; libvips' threads live in this process too.
console.log(JSON.stringify({ ms, maxRssKiB: process.resourceUsage().maxRSS, outDir: result.outDir }));
