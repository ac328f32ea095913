import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runPool } from '../images/job-pool';
import { motifFamilies, readArtSpec, type ArtSpec } from './art-spec';
import { drawFiles } from './render-art';

/**
 * Bump whenever a drawing would come out differently for the same YAML: every generated file is
 * then redrawn on the next run.
 */
const GENERATOR_VERSION = 'sample-art-3';

/** Per-folder record of what was drawn from which input; git-ignored like the drawings. */
const STAMP_FILE = '.stamp.generated.json';

export interface DrawSummary {
  drawn: number;
  skipped: number;
  failed: { file: string; message: string }[];
}

export interface DrawOptions {
  /** Redraw even when the stamp says a file is up to date. */
  force?: boolean;
  /** Folders drawn at once (default 2: one per core). */
  concurrency?: number;
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
  const indexes = specs.map((_, i) => i);
  await runPool(indexes, opts.concurrency ?? 2, async (i) => {
    const spec = specs[i]!;
    const folder = join(yamlFiles[i]!, '..');
    try {
      const result = await drawFolder(spec, families, folder, opts.force === true);
      summary.drawn += result.drawn;
      summary.skipped += result.skipped;
    } catch (error) {
      summary.failed.push({
        file: yamlFiles[i]!,
        message: error instanceof Error ? error.message : String(error),
      });
    }
    done += 1;
    opts.onProgress?.(done, specs.length, folder);
  });
  return summary;
}

async function drawFolder(spec: ArtSpec, families: Record<string, string>, folder: string, force: boolean) {
  if (spec.media.length === 0) return { drawn: 0, skipped: 0 };
  const stampPath = join(folder, STAMP_FILE);
  const stamp = await readStamp(stampPath);
  const inputs = inputHash(spec, families);
  const wanted: ArtSpec['media'] = [];
  for (const entry of spec.media) {
    const upToDate =
      stamp[entry.file] === `${inputs}:${entry.view}` && (await exists(join(folder, entry.file)));
    if (force || !upToDate) wanted.push(entry);
  }
  if (wanted.length > 0) {
    await drawFiles(spec, families, folder, wanted);
    for (const entry of wanted) stamp[entry.file] = `${inputs}:${entry.view}`;
    await writeFile(
      stampPath,
      `${JSON.stringify({ generator: GENERATOR_VERSION, files: stamp }, null, 2)}\n`,
    );
  }
  return { drawn: wanted.length, skipped: spec.media.length - wanted.length };
}

/** Hash of everything a drawing depends on: generator version plus the YAML fields it reads. */
function inputHash(spec: ArtSpec, families: Record<string, string>): string {
  const motifFamily = spec.motifs.map((m) => [m.motif, m.part ?? '', families[m.motif] ?? '']);
  const { media: _media, ...drawn } = spec;
  return createHash('sha256')
    .update(JSON.stringify([GENERATOR_VERSION, drawn, motifFamily]))
    .digest('hex')
    .slice(0, 16);
}

async function readStamp(path: string): Promise<Record<string, string>> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as {
      generator?: string;
      files?: Record<string, string>;
    };
    return parsed.generator === GENERATOR_VERSION && parsed.files ? parsed.files : {};
  } catch {
    return {};
  }
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

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
