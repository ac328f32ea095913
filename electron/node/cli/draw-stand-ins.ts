import { drawCollection } from '../sample-art/draw-collection';
import { terminalProgress } from './terminal-progress';

/**
 * The sample collection names illustrative drawings (`*.generated.*`) that are made by a script,
 * not committed. Drawing them first lets `check`, `build` and `npm run web` work on a fresh clone;
 * a curator's own folder names no such files, so for it this reads the YAML and draws nothing.
 */
export async function drawStandIns(dir: string): Promise<void> {
  const progress = terminalProgress('Drawing sample images', process.stderr);
  const summary = await drawCollection(dir, { onProgress: (done, total) => progress.update(done, total) });
  progress.stop();
  if (summary.drawn > 0) process.stderr.write(`Drew ${summary.drawn} illustrative sample image(s).\n`);
  for (const failure of summary.failed)
    process.stderr.write(`could not draw ${failure.file}: ${failure.message}\n`);
}
