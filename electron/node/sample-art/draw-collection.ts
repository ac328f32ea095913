import { availableParallelism } from 'node:os';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { motifFamilies, readArtSpec, type ArtSpec } from './art-spec';
import { drawInChildren, type ChildAnswer } from './draw-children';
import { drawFolder, exists, staleFiles } from './draw-folder';

export interface DrawSummary {
  drawn: number;
  skipped: number;
  failed: { file: string; message: string }[];
}

export interface DrawOptions {
  /** Redraw even when the stamp says a file is up to date. */
  force?: boolean;
  /**
   * Processes drawing at once (default: one per core). 1 draws in this process, one folder at a
   * time; the files are the same bytes either way.
   */
  processes?: number;
  onProgress?: (done: number, total: number, folder: string) => void;
}

/**
 * Draws every generated image named in `<collection>/pieces/*\/piece.yaml` and
 * `<collection>/motifs/*\/motif.yaml`. A file is skipped when it exists and the folder's stamp
 * says it was drawn by this generator version from the same YAML content.
 */
export async function drawCollection(collection: string, opts: DrawOptions = {}): Promise<DrawSummary> {
  const folders = [
    ...(await subfolders(join(collection, 'pieces'))).map((dir) => join(dir, 'piece.yaml')),
    ...(await subfolders(join(collection, 'motifs'))).map((dir) => join(dir, 'motif.yaml')),
  ];
  const specs: ArtSpec[] = [];
  const yamlFiles: string[] = [];
  for (const file of folders) {
    if (!(await exists(file))) continue;
    specs.push(await readArtSpec(file));
    yamlFiles.push(file);
  }
  const families = await motifFamilies(
    collection,
    specs.flatMap((spec) => spec.motifs.map((m) => m.motif)),
  );
  const summary: DrawSummary = { drawn: 0, skipped: 0, failed: [] };
  let done = 0;
  const record = (i: number, answer: ChildAnswer): void => {
    if (answer.ok) {
      summary.drawn += answer.drawn;
      summary.skipped += answer.skipped;
    } else summary.failed.push({ file: yamlFiles[i]!, message: answer.message });
    done += 1;
    opts.onProgress?.(done, specs.length, join(yamlFiles[i]!, '..'));
  };
  const force = opts.force === true;
  const processes = opts.processes ?? availableParallelism();
  // Only folders with something to draw go to a child: an up-to-date sample, or a curator's own
  // collection (no *.generated.* files), starts no process at all.
  const work: number[] = [];
  for (const [i, spec] of specs.entries()) {
    const stale = await staleFiles(spec, families, join(yamlFiles[i]!, '..'), force);
    if (stale.length > 0) work.push(i);
    else record(i, { ok: true, drawn: 0, skipped: spec.media.length });
  }
  if (processes > 1 && work.length > 1) {
    const tasks = work.map((i) => ({
      yaml: yamlFiles[i]!,
      folder: join(yamlFiles[i]!, '..'),
      families,
      force,
    }));
    await drawInChildren(tasks, processes, (t, answer) => record(work[t]!, answer));
  } else {
    for (const i of work) {
      try {
        record(i, { ok: true, ...(await drawFolder(specs[i]!, families, join(yamlFiles[i]!, '..'), force)) });
      } catch (error) {
        record(i, { ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  return summary;
}

async function subfolders(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(dir, entry.name))
      .sort();
  } catch {
    return [];
  }
}
