import { hostname } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

/** Options of `npm run web`, with every path made absolute. */
interface WebCliOptions {
  /** Curator folder to compile and serve; null for `--collection none` (renderer only). */
  collection: string | null;
  /** Where the compiled collection goes. */
  out: string;
  port: number;
  /** Rebuild and tell open pages when the curator folder changes (on unless `--no-watch`). */
  watch: boolean;
  /** Print every warning of a build, not counts by kind. */
  verbose: boolean;
  /** The kiosk config file (`--config`): page settings and the admin PIN; null for none. */
  config: string | null;
  /** A published bundle to pull instead of compiling a folder: its URL, or a bundle folder. */
  publishUrl: string | null;
  /** Public keys whose signatures the host accepts (`--publish-key`, repeatable for a rotation). */
  publishKeys: string[];
  /** Seconds between polls of the bundle's pointer. */
  publishIntervalSec: number;
  /** A fleet receiver to send heartbeats to (`npm run fleet`); null for none. */
  fleet: { url: string; tokenFile: string; name: string; intervalSec: number } | null;
}

export type WebCliParse =
  { kind: 'run'; options: WebCliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export const DEFAULT_PORT = 5180;
const DEFAULT_PUBLISH_INTERVAL_SEC = 300;

export const WEB_USAGE = `Usage: npm run web -- [--collection DIR|none] [--config FILE] [--port N] [--out DIR] [--no-watch] [--verbose]

Compiles the collection folder and serves the kiosk on http://127.0.0.1:PORT/ for any Chromium.
While it runs it watches the folder: a change that passes the check reaches open pages at once;
one that fails keeps the last good collection and shows its errors here and on the admin screen.

  --collection DIR   curator folder to compile and serve (default: collection/)
  --collection none  serve the app with no collection at all
  --config FILE      the kiosk config (same file as the Electron kiosk): idle times, languages,
                     QR base URL, and the admin PIN (without adminPinHash the admin screen is open)
  --port N           port on 127.0.0.1, 0 picks a free one (default: ${DEFAULT_PORT})
  --out DIR          where the compiled collection is written (default: .cache/web-collection)
  --watch            rebuild when the folder changes (the default)
  --no-watch         build once at start only
  --verbose          print every warning of a build (by default: counts by kind, one example each)
  --publish-url URL  pull a published bundle (see \`collection -- publish\`) from URL, or from a
                     bundle folder, instead of compiling a collection folder
  --publish-key FILE a publisher's public key (publish.pub) to accept; repeat during a key rotation
  --publish-interval SECONDS  how often the bundle's latest.json is polled (default: ${DEFAULT_PUBLISH_INTERVAL_SEC})
  --fleet-url URL    send a heartbeat to a fleet receiver (\`npm run fleet\`), e.g. http://10.0.0.5:5190/heartbeat
  --fleet-token-file FILE  the receiver's token (required with --fleet-url)
  --kiosk-name NAME  this kiosk's name on the fleet page (default: the machine's host name)
  --help             show this text`;

/**
 * Parses the web host's arguments. Relative paths resolve against `cwd`, except the defaults,
 * which belong to the project at `projectRoot` so the command works from any folder.
 */
export function parseWebArgs(argv: readonly string[], cwd: string, projectRoot: string): WebCliParse {
  let values: {
    collection?: string;
    config?: string;
    port?: string;
    out?: string;
    help?: boolean;
    watch?: boolean;
    'no-watch'?: boolean;
    verbose?: boolean;
    'publish-url'?: string;
    'publish-key'?: string[];
    'publish-interval'?: string;
    'fleet-url'?: string;
    'fleet-token-file'?: string;
    'kiosk-name'?: string;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        collection: { type: 'string' },
        config: { type: 'string' },
        port: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        // Node 20's parseArgs has no negated options, so `--no-watch` is an option of its own.
        watch: { type: 'boolean' },
        'no-watch': { type: 'boolean' },
        verbose: { type: 'boolean' },
        'publish-url': { type: 'string' },
        'publish-key': { type: 'string', multiple: true },
        'publish-interval': { type: 'string' },
        'fleet-url': { type: 'string' },
        'fleet-token-file': { type: 'string' },
        'kiosk-name': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };
  if (values.watch && values['no-watch']) {
    return { kind: 'error', message: '--watch and --no-watch contradict each other' };
  }

  const portText = values.port ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    return { kind: 'error', message: `--port must be a whole number from 0 to 65535, got "${portText}"` };
  }
  for (const name of ['collection', 'out'] as const) {
    if (values[name] === '') return { kind: 'error', message: `--${name} needs a folder` };
  }
  if (values.config === '') return { kind: 'error', message: '--config needs a file' };

  const collection =
    values.collection === 'none'
      ? null
      : values.collection === undefined
        ? path.join(projectRoot, 'collection')
        : path.resolve(cwd, values.collection);
  const out =
    values.out === undefined
      ? path.join(projectRoot, '.cache/web-collection')
      : path.resolve(cwd, values.out);
  const config = values.config === undefined ? null : path.resolve(cwd, values.config);
  const publishUrl = values['publish-url'] ?? null;
  const publishKeys = (values['publish-key'] ?? []).map((file) => path.resolve(cwd, file));
  if (publishUrl !== null && publishKeys.length === 0) {
    return {
      kind: 'error',
      message: "--publish-url needs at least one --publish-key FILE (the publisher's publish.pub)",
    };
  }
  const fleetUrl = values['fleet-url'] ?? null;
  if (fleetUrl !== null && !/^https?:\/\//i.test(fleetUrl)) {
    return { kind: 'error', message: `--fleet-url must be an http(s) address, got "${fleetUrl}"` };
  }
  if (fleetUrl !== null && !values['fleet-token-file']) {
    return { kind: 'error', message: "--fleet-url needs --fleet-token-file FILE (the receiver's token)" };
  }
  const kioskName = values['kiosk-name'] ?? hostname();
  if (kioskName.length < 1 || kioskName.length > 64) {
    return { kind: 'error', message: '--kiosk-name must be 1 to 64 characters' };
  }
  const intervalText = values['publish-interval'] ?? String(DEFAULT_PUBLISH_INTERVAL_SEC);
  if (!/^\d+$/.test(intervalText) || Number(intervalText) < 5) {
    return {
      kind: 'error',
      message: `--publish-interval must be a whole number of seconds, at least 5, got "${intervalText}"`,
    };
  }
  return {
    kind: 'run',
    options: {
      collection,
      out,
      port,
      watch: !values['no-watch'],
      verbose: values.verbose === true,
      config,
      publishUrl:
        publishUrl === null || /^https?:\/\//i.test(publishUrl) ? publishUrl : path.resolve(cwd, publishUrl),
      publishKeys,
      publishIntervalSec: Number(intervalText),
      fleet:
        fleetUrl === null
          ? null
          : {
              url: fleetUrl,
              tokenFile: path.resolve(cwd, values['fleet-token-file']!),
              name: kioskName,
              intervalSec: 300,
            },
    },
  };
}
