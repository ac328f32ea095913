import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { RENDER_TEMP_MARK, rendersInProgress } from './derivative-cache';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Deletes the render folders (`<key>.tmp-<pid>-<uuid>`) that interrupted builds left in the
 * derivative cache. A folder is left alone while its process runs, unless that process is this one
 * and it is not rendering there (a build worker that was stopped mid-render). Folders named by
 * older versions, without a pid, are deleted: those versions never run beside this one.
 * Returns how many were deleted.
 */
export async function cleanRenderLeftovers(cacheDir: string): Promise<number> {
  const prefixes = await readdir(cacheDir).catch(() => [] as string[]);
  let removed = 0;
  for (const prefix of prefixes) {
    const names = await readdir(join(cacheDir, prefix)).catch(() => [] as string[]);
    for (const name of names) {
      const mark = name.indexOf(RENDER_TEMP_MARK);
      if (mark < 0) continue;
      const folder = join(cacheDir, prefix, name);
      const pid = Number(/^(\d+)-/.exec(name.slice(mark + RENDER_TEMP_MARK.length))?.[1] ?? NaN);
      const busy =
        pid === process.pid ? rendersInProgress.has(folder) : Number.isInteger(pid) && isAlive(pid);
      if (busy) continue;
      await rm(folder, { recursive: true, force: true });
      removed++;
    }
  }
  return removed;
}
