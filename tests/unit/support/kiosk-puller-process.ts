/**
 * One kiosk of the fleet integration tests, run as its own process (in a network namespace):
 *
 *   node --import tsx tests/unit/support/kiosk-puller-process.ts \
 *     --url http://HOST:PORT/ --key PUB --out DIR --interval-ms N
 *
 * It opens the published collection as the web host does (`--publish-url`), starts it and prints
 * JSON lines on stdout: one when it has opened (`"event":"opened"`, before any network), one for
 * each line the host prints while pulling (`"line"`) and one when a poll has settled (`"poll"`),
 * each with the publish status and the folder served: `{ event, version, verifiedAt, problem,
 * root }`. The test waits on those lines.
 *
 * `--die-at STAGE` makes it kill itself with SIGKILL, as a power cut would, at one step of its
 * first switch to a new version: `build-folder` (the assembled folder not yet moved to its final
 * name), `pointer` (the build moved, the pointer not yet swapped) or `pointer-swapped` (the pointer
 * swapped, the switch not yet recorded nor old files pruned). The steps are found by the renames
 * they make, so the kiosk's own code runs unchanged.
 */
import fs from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PARTIAL_PREFIX } from '../../../electron/node/collection/build-folders';
import { POINTER } from '../../../electron/node/collection/build-pointer';
import { openPublishedCollection } from '../../../electron/node/web/published-collection';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    key: { type: 'string' },
    out: { type: 'string' },
    'interval-ms': { type: 'string' },
    'die-at': { type: 'string' },
  },
});
if (!values.url || !values.key || !values.out || !values['interval-ms']) {
  process.stderr.write('usage: --url URL --key PUB --out DIR --interval-ms N\n');
  process.exit(2);
}

const STAGES = ['build-folder', 'pointer', 'pointer-swapped'];
const dieAt = values['die-at'];
if (dieAt !== undefined && !STAGES.includes(dieAt)) {
  process.stderr.write(`--die-at takes one of ${STAGES.join(', ')}\n`);
  process.exit(2);
}
if (dieAt) {
  const rename = fs.rename;
  let switching = false;
  fs.rename = async (from, to) => {
    const moving = path.basename(String(from)).startsWith(PARTIAL_PREFIX);
    const swapping = switching && path.basename(String(to)) === POINTER;
    if (moving) switching = true;
    if ((moving && dieAt === 'build-folder') || (swapping && dieAt === 'pointer')) die();
    await rename(from, to);
    if (swapping && dieAt === 'pointer-swapped') die();
  };
  // Our modules import `rename` by name: this points those bindings at the wrapper too.
  syncBuiltinESMExports();
}

function die(): never {
  process.kill(process.pid, 'SIGKILL');
  throw new Error('unreachable: SIGKILL was sent');
}

let report: (event: string) => void = () => undefined;
const published = await openPublishedCollection({
  url: values.url,
  keyFiles: [values.key],
  out: values.out,
  intervalMs: Number(values['interval-ms']),
  onUpdated: () => undefined,
  // Every line of the host, with the status as it is then: a failed pull's lines carry its problem
  // (polls that come during a pull run right after it, and only the last one's settles). The line
  // that ends a poll says what is served.
  print: (line) => {
    report(line.startsWith('Serving') || line.startsWith('No earlier good build') ? 'poll' : 'line');
  },
});
report = (event) => {
  const { version, verifiedAt, problem } = published.status();
  process.stdout.write(
    `${JSON.stringify({ event, version, verifiedAt, problem, root: published.live.root() })}\n`,
  );
};
report('opened');
await published.live.start(false);
// The poll timer does not hold the process open; this does, until the test stops the kiosk.
const alive = setInterval(() => undefined, 60_000);
process.on('SIGTERM', () => {
  clearInterval(alive);
  published.stop();
  process.exit(0);
});
