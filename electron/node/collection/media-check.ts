import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ImageProblem, imageWorkers, runPool } from './image-adapter';
import type { InspectFn } from './image-adapter';
import { imageProblemMessage } from './image-messages';
import { formatField } from './problems';
import type { Problem, ProblemList } from './problems';
import type { Item, ParsedCollection } from './read-collection';
import type { MediaEntry } from './schema/files';
import { closestKey } from './schema/walk';

/** Below this long side (px) an image still works but looks soft on the kiosk screen. */
const MIN_LONG_SIDE = 1000;

/** A media entry whose file exists, stays in its folder and is a readable image. */
export interface CheckedMedia {
  kind: 'pieces' | 'motifs';
  itemId: string;
  index: number;
  entry: MediaEntry;
  /** Absolute, symlink-resolved path of the image. */
  source: string;
  /** Pixel size after EXIF orientation: what the regions on the image are measured in. */
  width: number;
  height: number;
  /** The YAML file that lists the image, relative to the collection folder, and the line of its `file`. */
  file: string;
  line?: number;
}

/** A problem as checkOne reports it; ProblemList.add fills in the severity. */
type Found = Parameters<ProblemList['add']>[0];

/** Why the system would not open a file, in words (its own message carries the absolute path). */
function openFailure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'no permission to read it';
  if (code === 'ELOOP') return 'it is a link that leads round in a circle';
  if (code === 'ENAMETOOLONG') return 'its name is too long';
  return `the system refused to open it${code ? `: ${code}` : ''}`;
}

function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' ? false : !rel.startsWith('..') && !path.isAbsolute(rel);
}

async function checkOne(
  item: Item<{ media?: MediaEntry[] | undefined }>,
  index: number,
  entry: MediaEntry,
  root: string,
  inspect: InspectFn,
  problems: Found[],
): Promise<{ source: string; width: number; height: number } | null> {
  const field = ['media', index, 'file'];
  const add = (kind: Problem['kind'], message: string): null => {
    problems.push({ file: item.file, field: formatField(field), line: item.lineAt(field), kind, message });
    return null;
  };
  const name = entry.file;
  // Windows-style absolute paths are refused too: a collection may be edited on a Windows laptop.
  if (path.isAbsolute(name) || path.win32.isAbsolute(name)) {
    return add(
      'media-outside-folder',
      `"${name}" is an absolute path; write only the file name of an image in this folder.`,
    );
  }
  const lexical = path.resolve(item.dir, name.replaceAll('\\', '/'));
  if (!isInside(item.dir, lexical)) {
    return add(
      'media-outside-folder',
      `"${name}" points outside this folder; put the image next to the YAML file.`,
    );
  }
  let info;
  try {
    info = await stat(lexical);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      return add('unreadable-media', `The image "${name}" cannot be opened (${openFailure(err)}).`);
    }
    const siblings = await readdir(item.dir).catch(() => [] as string[]);
    const guess = closestKey(path.basename(name), siblings);
    // The sample's drawings are generated, not committed: say how to make them.
    const hint = name.includes('.generated.')
      ? ' It is one of the sample drawings: run `npm run collection -- draw` to make them.'
      : guess
        ? ` Did you mean "${guess}"?`
        : '';
    return add(
      'missing-media',
      `The image "${name}" is not in ${path.relative(root, item.dir) || '.'}.${hint}`,
    );
  }
  const real = await realpath(lexical);
  if (!isInside(await realpath(item.dir), real)) {
    return add(
      'media-outside-folder',
      `"${name}" is a link to a file outside this folder; copy the image into the folder instead.`,
    );
  }
  if (!info.isFile()) return add('unreadable-media', `"${name}" is a folder, not an image file.`);
  try {
    const image = await inspect(real);
    if (image.extensionMismatch) {
      problems.push({
        file: item.file,
        field: formatField(field),
        line: item.lineAt(field),
        kind: 'extension-mismatch',
        message: `"${name}" is really a ${image.format.toUpperCase()} image although its name says otherwise. It works, but renaming it avoids confusion.`,
      });
    }
    if (image.pages > 1) {
      const what = image.format === 'tiff' ? 'pages' : 'frames';
      problems.push({
        file: item.file,
        field: formatField(field),
        line: item.lineAt(field),
        kind: 'multi-page-image',
        message: `"${name}" holds ${image.pages} ${what}; the kiosk shows only the first. Save the one you mean as its own file to be sure.`,
      });
    }
    if (Math.max(image.width, image.height) < MIN_LONG_SIDE) {
      problems.push({
        file: item.file,
        field: formatField(field),
        line: item.lineAt(field),
        kind: 'undersized-image',
        message: `"${name}" is only ${image.width} x ${image.height} px; it will look blurry. Use at least ${MIN_LONG_SIDE} px on the long side.`,
      });
    }
    return { source: real, width: image.width, height: image.height };
  } catch (err) {
    if (err instanceof ImageProblem) return add(err.kind, imageProblemMessage(err, name));
    // Not a verdict on the file: the image reader itself failed (its text is for maintainers, not here).
    return add(
      'unreadable-media',
      `"${name}" could not be read: the kiosk's image reader failed on it. Please tell the kiosk's maintainers.`,
    );
  }
}

/**
 * Checks every media entry of every piece and motif: stays inside its folder (also through
 * symlinks), exists, and is an image that decodes, of a usable size. Images are decoded a few at a
 * time (as many as the build renders at once), and their problems are reported in the order of
 * the entries, whatever order the decodes finish in. Returns the entries that passed.
 */
export async function checkMedia(
  c: ParsedCollection,
  inspect: InspectFn,
  problems: ProblemList,
): Promise<CheckedMedia[]> {
  const entries = [
    ...c.checkable.pieces.map((item) => ({ kind: 'pieces' as const, item })),
    ...c.checkable.motifs.map((item) => ({ kind: 'motifs' as const, item })),
  ].flatMap(({ kind, item }) =>
    (item.data.media ?? []).map((entry, index) => ({ kind, item, entry, index })),
  );
  const found = entries.map(() => [] as Found[]);
  const sources = new Array<Awaited<ReturnType<typeof checkOne>>>(entries.length).fill(null);
  await runPool(
    entries.map((_, i) => i),
    imageWorkers('check'),
    async (i) => {
      const { item, entry, index } = entries[i]!;
      sources[i] = await checkOne(item, index, entry, c.root, inspect, found[i]!);
    },
  );
  const checked: CheckedMedia[] = [];
  entries.forEach(({ kind, item, entry, index }, i) => {
    for (const problem of found[i]!) problems.add(problem);
    const image = sources[i];
    if (!image) return;
    const line = item.lineAt(['media', index, 'file']);
    checked.push({
      kind,
      itemId: item.id,
      index,
      entry,
      ...image,
      file: item.file,
      ...(line === undefined ? {} : { line }),
    });
  });
  return checked;
}
