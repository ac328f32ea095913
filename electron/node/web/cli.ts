import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { progressEventSender } from '../live-collection/progress-event';
import { COLLECTION_PROGRESS_EVENT, COLLECTION_UPDATED_EVENT } from '../../shared/web-host-status';
import { drawStandIns } from '../cli/draw-stand-ins';
import { exitWhenFlushed } from '../cli/exit-when-flushed';
import { parseWebArgs, WEB_USAGE } from './cli-args';
import { EventStream } from './event-stream';
import { webHostConfig } from './host-config';
import { hostStatusReader } from './host-status';
import { insightsSummaryHolder } from './insights-endpoint';
import { WebLiveCollection } from './live-collection';
import { openPublishedCollection } from './published-collection';
import { startFleetReport } from '../fleet/kiosk-heartbeat';
import { startWebHost } from './web-host';
import type { WebHost } from './web-host';

// `npm run web`: compile the curator folder, serve the kiosk for any Chromium, and (unless
// --no-watch) rebuild on every change, telling open pages over /api/events when a build passes.
// With --config FILE the page gets the kiosk config's settings and the admin screen its PIN.

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** Resolves to an exit code, or to null while the host keeps serving. */
async function main(): Promise<number | null> {
  const parsed = parseWebArgs(process.argv.slice(2), process.cwd(), projectRoot);
  if (parsed.kind === 'help') {
    console.log(WEB_USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    console.error(`${parsed.message}\n\n${WEB_USAGE}`);
    return 2;
  }
  const { options } = parsed;
  const printLog = (message: string, detail?: unknown) =>
    console.error(detail === undefined ? message : `${message}: ${JSON.stringify(detail)}`);
  const config = webHostConfig(options.config, { info: printLog, warn: printLog, error: printLog });
  if (!config.ok) {
    console.error(config.message);
    return 2;
  }
  const pageSettings = config.settings;

  const rendererRoot = path.join(projectRoot, 'dist/renderer');
  try {
    await access(path.join(rendererRoot, 'index.html'));
  } catch {
    console.error(`No renderer build in ${rendererRoot}. Run \`npm run build:renderer\` first.`);
    return 1;
  }

  // The sample's illustrative images first, in this process: a second `tsx` process for them (as
  // `npm run web` had) cost a fresh clone's first screen about a second of start-up.
  if (options.collection && !options.publishUrl) await drawStandIns(options.collection);

  const events = new EventStream();
  const published = options.publishUrl
    ? await openPublishedCollection({
        url: options.publishUrl,
        keyFiles: options.publishKeys,
        out: options.out,
        intervalMs: options.publishIntervalSec * 1000,
        print: (line) => console.error(line),
        verbose: options.verbose,
        onUpdated: ({ version }) => events.send(COLLECTION_UPDATED_EVENT, { version }),
      }).catch((error: unknown) => {
        console.error(error instanceof Error ? error.message : String(error));
        return null;
      })
    : null;
  if (options.publishUrl && !published) return 2;
  const live = published
    ? published.live
    : options.collection
      ? new WebLiveCollection({
          source: options.collection,
          out: options.out,
          print: (line) => console.error(line),
          progress: process.stderr,
          verbose: options.verbose,
          ...(config.stallMs ? { stallMs: config.stallMs } : {}),
          onUpdated: ({ version }) => events.send(COLLECTION_UPDATED_EVENT, { version }),
          onProgress: progressEventSender((progress) => events.send(COLLECTION_PROGRESS_EVENT, progress)),
        })
      : null;

  // The page's visitor counts, kept in memory for the fleet heartbeat only.
  const insights = insightsSummaryHolder();
  const { version } = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  const statusNow = hostStatusReader({
    appVersion: version,
    live,
    watching: options.watch && !published,
    ...(published ? { publish: () => published.status() } : {}),
  });
  let host: WebHost;
  try {
    host = await startWebHost({
      rendererRoot,
      collectionRoot: () => live?.root() ?? null,
      port: options.port,
      api: {
        status: statusNow,
        events,
        ...(pageSettings ? { settings: () => pageSettings } : {}),
        admin: config.admin,
        ...(published ? { syncNow: () => published.syncNow() } : {}),
        insights,
        log: (line) => console.error(line),
      },
      // A missing collection is a known state the renderer shows; every other denial may be a
      // broken reference or a probe, worth a line.
      log: (entry) => {
        if (entry.reason !== 'no-collection') {
          console.error(`denied ${entry.method} ${entry.path} -> ${entry.status} (${entry.reason})`);
        }
      },
    });
  } catch (error) {
    live?.stop();
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.error(`Port ${options.port} is in use; choose another with --port N (0 picks a free one).`);
    return 1;
  }
  console.log(
    `Kiosk web host on ${host.url}${
      published
        ? ` (pulling ${options.publishUrl} every ${options.publishIntervalSec} s)`
        : live && options.watch
          ? ` (watching ${options.collection})`
          : ''
    }`,
  );
  for (const line of config.lines) console.log(line);
  const stop = () => {
    report?.stop();
    published?.stop();
    live?.stop();
    void host.close().then(() => exitWhenFlushed(0));
  };
  const report = options.fleet
    ? startFleetReport(
        { ...options.fleet, intervalMs: options.fleet.intervalSec * 1000 },
        () => {
          const status = statusNow();
          return {
            publish: status.publish ?? null,
            collection: status.collection,
            uptimeSec: status.uptimeSec,
            insights: insights.latest(),
          };
        },
        (line) => console.error(line),
      )
    : null;
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Listening before the first build: a page opened now shows the first-run screen with the build's
  // progress, and the collection as soon as it is live (the deep-zoom tiles follow).
  await live?.start(options.watch && !published);
  return null;
}

main().then(
  (code) => {
    if (code !== null) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
