import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ProblemList } from './problems';
import { fileErrorText } from './yaml-messages';

/** One entry of a collection folder. */
export interface FolderEntry {
  name: string;
  isDir: boolean;
}

/** Node shows bytes of a file name that are not UTF-8 as this character. */
const UNDECODABLE = '\uFFFD';

/**
 * Lists a folder of the collection (`rel`, '' for the folder itself), hidden entries left out,
 * in name order. An absent folder is empty; one that is a file or cannot be read is reported and
 * gives null, so the caller can skip follow-on complaints such as "no pieces". Entries whose names
 * are not valid text, and links to folders below the top (which are not followed), are reported
 * and left out.
 */
export async function listFolder(
  root: string,
  rel: string,
  problems: ProblemList,
): Promise<FolderEntry[] | null> {
  const dir = path.join(root, rel);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return [];
    problems.add({
      file: rel,
      field: '',
      kind: 'unreadable-file',
      message:
        code === 'ENOTDIR'
          ? `${rel} is a file; it must be a folder.`
          : `The folder ${rel} cannot be read: ${fileErrorText(err)}.`,
    });
    return null;
  }
  const listed: FolderEntry[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const at = rel ? `${rel}/${e.name}` : e.name;
    if (e.name.includes(UNDECODABLE)) {
      problems.add({
        file: at,
        field: '',
        kind: 'invalid-id',
        message: `The name "${e.name}" has characters that are not valid text (the file system holds it in an older encoding): rename it using letters a-z, digits and hyphens.`,
      });
      continue;
    }
    if (
      e.isSymbolicLink() &&
      (await stat(path.join(dir, e.name)).then(
        (s) => s.isDirectory(),
        () => false,
      ))
    ) {
      problems.add({
        file: at,
        field: '',
        kind: 'unreadable-file',
        message: `${at} is a link to a folder, and links are not followed: copy the folder here instead.`,
      });
      continue;
    }
    listed.push({ name: e.name, isDir: e.isDirectory() });
  }
  return listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * A folder name made into a valid id, for the "rename it" hint: `Kawung Picis_2` -> `kawung-picis-2`.
 * Undefined when nothing of the name survives.
 */
export function idFromName(name: string): string | undefined {
  const id = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' ? undefined : id;
}
