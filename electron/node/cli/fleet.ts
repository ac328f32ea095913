import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';
import { FLEET_USAGE, parseFleetArgs, readTokenFile } from '../fleet/fleet-args';
import { startFleetReceiver, type FleetReceiver } from '../fleet/fleet-receiver';
import { exitWhenFlushed, ignoreClosedPipes } from './exit-when-flushed';

// `npm run fleet`: the optional fleet receiver of issue 14 (see electron/node/fleet/). It runs
// until Ctrl+C. Exit codes: 2 for a wrong command line or an unusable token file, 1 when it
// cannot listen (port taken, address not on this machine).

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The addresses other machines can use when the receiver binds every interface. */
function reachableUrls(url: string, host: string, port: number): string[] {
  if (host !== '0.0.0.0' && host !== '::') return [url];
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && !a.internal && (host === '::' || a.family === 'IPv4'))
    .map((a) => (a!.family === 'IPv6' ? `[${a!.address}]` : a!.address));
  return addresses.length ? addresses.map((a) => `http://${a}:${port}/`) : [url];
}

/** Resolves to an exit code, or to null while the receiver keeps running. */
async function main(): Promise<number | null> {
  const parsed = parseFleetArgs(process.argv.slice(2), process.cwd(), projectRoot);
  if (parsed.kind === 'help') {
    console.log(FLEET_USAGE);
    return 0;
  }
  if (parsed.kind === 'error') {
    console.error(`${parsed.message}\n\n${FLEET_USAGE}`);
    return 2;
  }
  const { options } = parsed;
  const token = readTokenFile(options.tokenFile);
  if (!token.ok) {
    console.error(token.message);
    return 2;
  }
  let receiver: FleetReceiver;
  try {
    receiver = await startFleetReceiver({
      token: token.token,
      host: options.host,
      port: options.port,
      latest: options.latest,
      storeFile: options.store,
      silentAfterMs: options.silentAfterMs,
      log: (line) => console.error(line),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EADDRINUSE'
        ? `port ${options.port} is already in use`
        : code === 'EADDRNOTAVAIL'
          ? `${options.host} is not an address of this machine`
          : error instanceof Error
            ? error.message
            : String(error);
    console.error(`The fleet receiver cannot listen on ${options.host}:${options.port}: ${reason}.`);
    return 1;
  }
  const urls = reachableUrls(receiver.url, options.host, receiver.port);
  console.log(`Fleet receiver listening on ${receiver.url}`);
  for (const url of urls) {
    console.log(`  page:       ${url}?token=<token>  (once per browser; a cookie keeps it open)`);
    console.log(`  heartbeats: POST ${url}heartbeat`);
  }
  if (options.host === '127.0.0.1' || options.host === 'localhost' || options.host === '::1') {
    console.log(
      'Only this machine can reach it: start with --host 0.0.0.0 (or the LAN address) for the kiosks.',
    );
  }
  console.log(`Store: ${options.store}. Press Ctrl+C to stop.`);
  const stop = () => {
    void receiver.close().finally(() => exitWhenFlushed(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return null;
}

ignoreClosedPipes();
main().then(
  (code) => {
    if (code !== null) exitWhenFlushed(code);
  },
  (error: unknown) => {
    console.error(
      `The fleet receiver stopped unexpectedly: ${error instanceof Error ? error.message : String(error)}`,
    );
    exitWhenFlushed(1);
  },
);
