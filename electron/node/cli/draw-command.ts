/**
 * `npm run collection -- draw [DIR] [--force]`: draws the illustrative sample images named in the
 * collection's YAML (files ending in .generated.jpg/.png). Dispatched by the collection CLI; also
 * runnable on its own: `tsx electron/node/cli/draw-command.ts [DIR]`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { drawCollection } from '../sample-art/draw-collection';
import { terminalProgress } from './terminal-progress';

/** Runs the draw subcommand; resolves to the process exit code (1 when any drawing failed). */
export async function runDraw(argv: string[]): Promise<number> {
  const force = argv.includes('--force');
  const unknown = argv.filter((arg) => arg.startsWith('-') && arg !== '--force');
  if (unknown.length > 0) {
    process.stderr.write(`draw: unknown option ${unknown[0]} (usage: draw [DIR] [--force])\n`);
    return 2;
  }
  const dir = resolve(argv.find((arg) => !arg.startsWith('-')) ?? 'collection');
  const started = Date.now();
  // Progress on stderr, like the build's: stdout keeps the one summary line.
  const progress = terminalProgress('Drawing sample images', process.stderr);
  const summary = await drawCollection(dir, {
    force,
    onProgress: (done, total, folder) => progress.update(done, total, folder.slice(dir.length + 1)),
  });
  progress.stop();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`drew ${summary.drawn} image(s), ${summary.skipped} up to date, in ${seconds} s\n`);
  for (const failure of summary.failed)
    process.stderr.write(`could not draw ${failure.file}: ${failure.message}\n`);
  return summary.failed.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await runDraw(process.argv.slice(2));
}
