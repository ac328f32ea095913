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
 */
import { parseArgs } from 'node:util';
import { openPublishedCollection } from '../../../electron/node/web/published-collection';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    key: { type: 'string' },
    out: { type: 'string' },
    'interval-ms': { type: 'string' },
  },
});
if (!values.url || !values.key || !values.out || !values['interval-ms']) {
  process.stderr.write('usage: --url URL --key PUB --out DIR --interval-ms N\n');
  process.exit(2);
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
