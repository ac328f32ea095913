import { lstat, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import type { ProblemKind } from './problems';
import { formatBytes, MAX_YAML_BYTES } from './text-limits';
import { fileErrorText } from './yaml-messages';

/** Where the first undecodable byte sits, so the curator can find it in their editor. */
export function firstBadUtf8Line(bytes: Buffer): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const at = text.indexOf('\uFFFD');
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** Adds a whole-file problem of the file being read. */
export type Report = (kind: ProblemKind, message: string, line?: number) => void;

const exists = (file: string): Promise<boolean> =>
  lstat(file).then(
    () => true,
    () => false,
  );

/**
 * Finds the file without reading it, so that a folder, a device, a pipe (which would block a
 * read forever), a link out of the collection or a file too large to parse is refused with a
 * plain message first. Returns null after reporting.
 */
export async function statYaml(root: string, rel: string, report: Report): Promise<Stats | null> {
  const abs = path.join(root, rel);
  let info: Stats;
  try {
    info = await stat(abs);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && (await exists(abs))) {
      report('unreadable-file', `The file ${rel} is a link to a file that does not exist.`);
    } else if (code === 'ENOENT') {
      // `.yml` is a common spelling of the extension; name the fix instead of only the absence.
      const yml = rel.replace(/\.yaml$/, '.yml');
      const hint = (await exists(path.join(root, yml))) ? ` Rename ${yml} to ${path.basename(rel)}.` : '';
      report('missing-file', `The file ${rel} is missing.${hint}`);
    } else {
      report('unreadable-file', `The file ${rel} cannot be read: ${fileErrorText(err)}.`);
    }
    return null;
  }
  if (info.isDirectory()) {
    report('unreadable-file', `${rel} is a folder; it must be a text file.`);
    return null;
  }
  if (!info.isFile()) {
    report('unreadable-file', `${rel} is not an ordinary file (a device or a pipe); it must be a text file.`);
    return null;
  }
  // A link may lead anywhere on the machine; like images, YAML is read only from inside the folder.
  const [real, realRoot] = await Promise.all([realpath(abs), realpath(root)]).catch(() => ['', '']);
  if (!real.startsWith(realRoot + path.sep)) {
    report(
      'unreadable-file',
      `${rel} is a link to a file outside the collection folder; copy the file into the folder instead.`,
    );
    return null;
  }
  if (info.size > MAX_YAML_BYTES) {
    report('file-too-large', tooLarge(rel, info.size));
    return null;
  }
  return info;
}

export function tooLarge(rel: string, size: number): string {
  return (
    `${rel} is ${formatBytes(size)}; a collection YAML file may be at most ${formatBytes(MAX_YAML_BYTES)}. ` +
    'It was not read. A file this large usually holds a pasted document or an export by mistake; ' +
    'split a long list of makers or terms, or shorten the texts.'
  );
}
