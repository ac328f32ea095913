/**
 * `npm run collection -- draw [DIR] [--force] [--regions]`: draws the illustrative sample images named
 * in the collection's YAML (files ending in .generated.jpg/.png); with `--regions`, also writes where
 * each motif element and layout part lies into those media entries' `regions` lists. Dispatched by the collection CLI; also
 * runnable on its own: `tsx electron/node/cli/draw-command.ts [DIR]`.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { drawCollection } from '../sample-art/draw-collection';
import { writeCollectionRegions } from '../sample-art/regions/write-regions';
import { terminalProgress } from './terminal-progress';

/** Runs the draw subcommand; resolves to the process exit code (1 when any drawing failed). */
export async function runDraw(argv: string[]): Promise<number> {
  const force = argv.includes('--force');
  const regions = argv.includes('--regions');
  const unknown = argv.filter((arg) => arg.startsWith('-') && arg !== '--force' && arg !== '--regions');
  if (unknown.length > 0) {
    process.stderr.write(`draw: unknown option ${unknown[0]} (usage: draw [DIR] [--force] [--regions])\n`);
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
  if (regions) {
    // Opt-in: this edits the curator's YAML (only files whose regions changed), so the automatic
    // draw before a build or `npm run web` never does.
    const written = await writeCollectionRegions(dir);
    process.stdout.write(
      `wrote regions into ${written.written.length} YAML file(s), ${written.unchanged} unchanged\n`,
    );
  }
  return summary.failed.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await runDraw(process.argv.slice(2));
}
