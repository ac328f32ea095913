import { createHash } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArtSpec } from './art-spec';
import { drawFiles } from './render-art';

/**
 * Bump whenever a drawing would come out differently for the same YAML: every generated file is
 * then redrawn on the next run.
 */
const GENERATOR_VERSION = 'sample-art-12';

/** Per-folder record of what was drawn from which input; git-ignored like the drawings. */
const STAMP_FILE = '.stamp.generated.json';

/** What one folder's drawing did. */
export interface FolderDrawn {
  drawn: number;
  skipped: number;
}

/**
 * Draws the generated files of one piece or motif folder. A file is skipped when it exists and the
 * folder's stamp says it was drawn by this generator version from the same inputs.
 */
export async function drawFolder(
  spec: ArtSpec,
  families: Record<string, string>,
  folder: string,
  force: boolean,
): Promise<FolderDrawn> {
  const stampPath = join(folder, STAMP_FILE);
  const stamp = await readStamp(stampPath);
  const inputs = inputHash(spec, families);
  const wanted = await staleFiles(spec, families, folder, force);
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

/** The folder's generated files that are missing or were drawn from other inputs (all with `force`). */
export async function staleFiles(
  spec: ArtSpec,
  families: Record<string, string>,
  folder: string,
  force: boolean,
): Promise<ArtSpec['media']> {
  if (force) return spec.media;
  const stamp = await readStamp(join(folder, STAMP_FILE));
  const inputs = inputHash(spec, families);
  const wanted: ArtSpec['media'] = [];
  for (const entry of spec.media) {
    const upToDate =
      stamp[entry.file] === `${inputs}:${entry.view}` && (await exists(join(folder, entry.file)));
    if (!upToDate) wanted.push(entry);
  }
  return wanted;
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

/** Whether a file or folder exists. */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
