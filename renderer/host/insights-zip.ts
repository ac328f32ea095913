import type { InsightsExportFile } from '../../electron/shared/insights-summary';

/**
 * The web host's insights export (issue 15): one zip the browser downloads, since a plain page
 * cannot write a folder. fflate is loaded only here, when an export is asked for, so it stays out
 * of the page's first chunk; `zipSync` rather than `zip`, whose workers would be built from blob
 * code at run time.
 */

/** `kiosk-insights-2026-05-01.zip`, by the kiosk's local calendar. */
export function insightsZipName(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `kiosk-insights-${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}.zip`;
}

/**
 * The names Electron's export writes too (`electron/node/insights/export-folder.ts`), so both hosts
 * take the same files: letters, digits, `.`, `-` and `_`, not starting with a dot.
 */
const PLAIN_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;

/**
 * The files as one zip, each at the zip's top level.
 * @throws when a name is not a plain file name or two are the same (the zip would nest or drop one)
 */
export async function zipInsights(files: readonly InsightsExportFile[], now: Date): Promise<Uint8Array> {
  const entries = new Map<string, Uint8Array>();
  for (const { name, bytes } of files) {
    // fflate gathers the entries in a plain object, where `__proto__` is no name.
    if (!PLAIN_NAME.test(name) || name === '__proto__') throw new Error(`"${name}" is not a plain file name`);
    if (entries.has(name.toLowerCase())) throw new Error(`two files are named "${name}"`);
    entries.set(name.toLowerCase(), bytes);
  }
  const { zipSync } = await import('fflate');
  return zipSync(Object.fromEntries(files.map((file) => [file.name, file.bytes])), { mtime: now });
}
