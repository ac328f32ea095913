import { access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWebArgs, WEB_USAGE } from './cli-args';
import { compileForServing } from './collection-startup';
import { webHostCompiler } from './compile-at-start';
import { startWebHost } from './web-host';
import type { WebHost } from './web-host';

// `npm run web`: compile the curator folder once, then serve the kiosk for any Chromium.

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

  const rendererRoot = path.join(projectRoot, 'dist/renderer');
  try {
    await access(path.join(rendererRoot, 'index.html'));
  } catch {
    console.error(`No renderer build in ${rendererRoot}. Run \`npm run build:renderer\` first.`);
    return 1;
  }

  // One mutable slot read per request: a folder watcher swaps it when a new build passes.
  const current = {
    root: options.collection
      ? await compileForServing(webHostCompiler, { source: options.collection, out: options.out }, (line) =>
          console.error(line),
        )
      : null,
  };

  let host: WebHost;
  try {
    host = await startWebHost({
      rendererRoot,
      collectionRoot: () => current.root,
      port: options.port,
      // A missing collection is a known state the renderer shows; every other denial may be a
      // broken reference or a probe, worth a line.
      log: (entry) => {
        if (entry.reason !== 'no-collection') {
          console.error(`denied ${entry.method} ${entry.path} -> ${entry.status} (${entry.reason})`);
        }
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.error(`Port ${options.port} is in use; choose another with --port N (0 picks a free one).`);
    return 1;
  }
  console.log(`Kiosk web host on ${host.url}`);

  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
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
