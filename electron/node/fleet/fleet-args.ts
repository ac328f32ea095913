import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { tokenProblem } from './fleet-token';

/** Options of `npm run fleet`, with every path made absolute. */
interface FleetCliOptions {
  port: number;
  host: string;
  tokenFile: string;
  /** Path or http(s) URL of a publish bundle's latest.json; null without --latest. */
  latest: string | null;
  store: string;
  silentAfterMs: number;
}

export type FleetCliParse =
  { kind: 'run'; options: FleetCliOptions } | { kind: 'help' } | { kind: 'error'; message: string };

export const FLEET_USAGE = `Usage: npm run fleet -- --port N --token-file FILE [--host ADDR] [--latest PATH_OR_URL] [--store FILE] [--silent-after MINUTES]

Receives the kiosks' heartbeats on the museum LAN and shows them all on one page. Optional: the
kiosks work the same without it.

  --port N              port to listen on (0 picks a free one)
  --token-file FILE     a file holding the shared token (one line, at least 16 characters; e.g.
                        \`openssl rand -hex 24 > fleet-token.txt\`); kiosks send it as
                        "Authorization: Bearer <token>", a browser opens /?token=<token> once
  --host ADDR           interface to bind (default 127.0.0.1: this machine only); use 0.0.0.0 or
                        this machine's LAN address so the kiosks can reach it
  --latest PATH_OR_URL  a publish bundle's latest.json: its version is what kiosks should hold
                        (default: the highest version any kiosk reports)
  --store FILE          where the last heartbeat of each kiosk is kept (default: .cache/fleet/heartbeats.json)
  --silent-after MIN    a kiosk unheard for longer is marked silent (default: 15)
  --help                show this text`;

/**
 * Parses the receiver's arguments. Relative paths resolve against `cwd`, except the default store,
 * which belongs to the project at `projectRoot` so the command works from any folder.
 */
export function parseFleetArgs(argv: readonly string[], cwd: string, projectRoot: string): FleetCliParse {
  let values: Partial<
    Record<'port' | 'token-file' | 'host' | 'latest' | 'store' | 'silent-after', string>
  > & {
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        'token-file': { type: 'string' },
        host: { type: 'string' },
        latest: { type: 'string' },
        store: { type: 'string' },
        'silent-after': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };

  if (values.port === undefined) return { kind: 'error', message: '--port is required' };
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) {
    return { kind: 'error', message: `--port must be a whole number from 0 to 65535, got "${values.port}"` };
  }
  if (!values['token-file']) return { kind: 'error', message: '--token-file is required' };
  const minutesText = values['silent-after'] ?? '15';
  const minutes = Number(minutesText);
  if (!/^\d+(\.\d+)?$/.test(minutesText) || minutes <= 0) {
    return {
      kind: 'error',
      message: `--silent-after must be a positive number of minutes, got "${minutesText}"`,
    };
  }
  for (const name of ['host', 'latest', 'store'] as const) {
    if (values[name] === '') return { kind: 'error', message: `--${name} needs a value` };
  }
  const latest = values.latest ?? null;
  return {
    kind: 'run',
    options: {
      port,
      host: values.host ?? '127.0.0.1',
      tokenFile: path.resolve(cwd, values['token-file']),
      latest: latest === null || /^https?:\/\//i.test(latest) ? latest : path.resolve(cwd, latest),
      store:
        values.store === undefined
          ? path.join(projectRoot, '.cache/fleet/heartbeats.json')
          : path.resolve(cwd, values.store),
      silentAfterMs: Math.round(minutes * 60_000),
    },
  };
}

/** The token from its file (trimmed), or why it cannot be used. */
export function readTokenFile(file: string): { ok: true; token: string } | { ok: false; message: string } {
  let token: string;
  try {
    token = readFileSync(file, 'utf8').trim();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `The token file ${file} cannot be read (${code ?? 'error'}).` };
  }
  const problem = tokenProblem(token);
  return problem ? { ok: false, message: `${problem} (${file})` } : { ok: true, token };
}
