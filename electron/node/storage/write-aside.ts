import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes `text` to a temporary file beside `file`, then renames it into place, so a reader sees the
 * old file or the new one, never half of one. No fsync: for caches and memos, which may be lost
 * (state that must survive a power cut goes through `state-file.ts`).
 */
export async function writeAside(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.tmp`;
  await mkdir(dirname(file), { recursive: true });
  await writeFile(temp, text);
  await rename(temp, file);
}
