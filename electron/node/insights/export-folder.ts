import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { InsightsExportFile } from '../../shared/insights-summary';

/**
 * Writes a visitor-insights export (issue 15) into a new folder `kiosk-insights-YYYY-MM-DD-HHMM`
 * inside the folder a technician picked, usually a USB drive. The files come from the page, which
 * main trusts no more than any other payload: names are plain (no folder, no `..`, nothing Windows
 * refuses), there are few of them, and their size is capped.
 */

/** An export is a handful of CSV and JSON files. */
const MAX_EXPORT_FILES = 10;

/** Far above a year of daily counts, far below what would fill a USB drive or main's memory. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

/** Letters, digits, `.`, `-` and `_`, not starting with a dot: a plain file name on every OS. */
const PLAIN_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;

/** Names Windows keeps for devices, with any extension (`NUL.csv` is the device too). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

const fileSchema = z.strictObject({
  name: z
    .string()
    .regex(PLAIN_NAME, { error: 'must be a plain file name (letters, digits, ".", "-", "_")' })
    .refine((name) => !WINDOWS_DEVICE.test(name), { error: 'is a name Windows keeps for a device' })
    .refine((name) => !name.endsWith('.'), { error: 'must not end with a dot' }),
  bytes: z.instanceof(Uint8Array, { error: 'must be bytes' }),
});

/** The files of one export, as main accepts them over IPC and the writer checks them again. */
export const exportFilesSchema = z
  .array(fileSchema)
  .min(1, { error: 'an export holds at least one file' })
  .max(MAX_EXPORT_FILES, { error: `an export holds at most ${MAX_EXPORT_FILES} files` })
  .refine((files) => new Set(files.map((f) => f.name.toLowerCase())).size === files.length, {
    error: 'two files have the same name',
  })
  .refine((files) => files.reduce((sum, f) => sum + f.bytes.byteLength, 0) <= MAX_EXPORT_BYTES, {
    error: `an export holds at most ${MAX_EXPORT_BYTES / 1024 / 1024} MB`,
  });

/** `kiosk-insights-2026-05-01-1430`, in the kiosk's local time (what the technician's clock says). */
export function exportFolderName(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  return `kiosk-insights-${day}-${two(now.getHours())}${two(now.getMinutes())}`;
}

/** Files an export may not hold, with the first reason why. */
export class ExportRefused extends Error {}

/**
 * Writes `files` into a new folder under `parent` (which must exist) and returns the folder's
 * path. A second export in the same minute gets `-2`, `-3`... rather than mixing with the first.
 * Each file is flushed to the drive before the answer, since a technician pulls the USB stick as
 * soon as the screen says "saved". On a failure the half-written folder is removed.
 * @throws ExportRefused for files that break the rules above; the fs error when writing fails
 */
export async function writeInsightsExport(
  parent: string,
  files: readonly InsightsExportFile[],
  now: Date,
): Promise<string> {
  const checked = exportFilesSchema.safeParse(files);
  if (!checked.success) {
    const [issue] = checked.error.issues;
    const where = issue.path.length ? `file ${issue.path.map(String).join('.')}: ` : '';
    throw new ExportRefused(`${where}${issue.message}`);
  }
  const folder = await makeFreshFolder(parent, exportFolderName(now));
  try {
    for (const file of checked.data) {
      const handle = await open(path.join(folder, file.name), 'wx');
      try {
        await handle.writeFile(file.bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  } catch (error) {
    await rm(folder, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
  return folder;
}

/** Creates `parent/name`, or `name-2`, `name-3`... when taken; never reuses an existing folder. */
async function makeFreshFolder(parent: string, name: string): Promise<string> {
  for (let n = 1; n <= 99; n += 1) {
    const folder = path.join(parent, n === 1 ? name : `${name}-${n}`);
    try {
      await mkdir(folder);
      return folder;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`${parent} already holds 99 exports named ${name}`);
}
