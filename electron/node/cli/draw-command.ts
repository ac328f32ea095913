/**
 * `npm run collection -- draw [DIR] [--force]`: draws the illustrative sample images named in the
 * collection's YAML (files ending in .generated.jpg/.png). Dispatched by the collection CLI; also
 * runnable on its own: `tsx electron/node/cli/draw-command.ts [DIR]`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { drawCollection } from '../sample-art/draw-collection';

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
  const tty = process.stdout.isTTY === true;
  const summary = await drawCollection(dir, {
    force,
    onProgress: (done, total, folder) => {
      const line = `drawing ${done}/${total} ${folder.slice(dir.length + 1)}`;
      if (tty) process.stdout.write(`\r${line.padEnd(72).slice(0, 72)}`);
      else process.stdout.write(`${line}\n`);
    },
  });
  if (tty) process.stdout.write('\n');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`drew ${summary.drawn} image(s), ${summary.skipped} up to date, in ${seconds} s\n`);
  for (const failure of summary.failed)
    process.stderr.write(`could not draw ${failure.file}: ${failure.message}\n`);
  return summary.failed.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await runDraw(process.argv.slice(2));
}
