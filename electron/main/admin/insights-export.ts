import { dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import { writeInsightsExport } from '../../node/insights/export-folder';
import type { InsightsExportFile, InsightsSaveResult } from '../../shared/insights-summary';
import type { KioskContext } from '../context';

/** Asks the technician for a folder; null when they cancel. Replaced in tests. */
export type ChooseFolder = (window: BrowserWindow | null) => Promise<string | null>;

/**
 * The system's folder picker, modal on the kiosk window so it stays above the full-screen page.
 * `createDirectory` lets the technician make a folder on the USB drive there and then (macOS needs
 * it spelled out; elsewhere it is the default).
 */
export const chooseExportFolder: ChooseFolder = async (window) => {
  const options: OpenDialogOptions = {
    title: 'Save visitor insights',
    buttonLabel: 'Save here',
    properties: ['openDirectory', 'createDirectory'],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
};

/**
 * `admin:insights-save`: inside an admin session, asks for a folder and writes the export there
 * (the writing is `node/insights/export-folder.ts`). One export at a time: a second tap while the
 * picker is open would otherwise stack a second picker behind it.
 */
export function insightsSaver(
  context: KioskContext,
  now: () => number,
  chooseFolder: ChooseFolder,
): (files: InsightsExportFile[]) => Promise<InsightsSaveResult> {
  let saving = false;
  return async (files) => {
    if (!context.gate.authorize(now())) return { ok: false, reason: 'locked' };
    if (saving) return { ok: false, reason: 'failed', detail: 'An export is already being saved.' };
    saving = true;
    try {
      const parent = await chooseFolder(context.window);
      if (parent === null) return { ok: false, reason: 'cancelled' };
      const where = await writeInsightsExport(parent, files, new Date(now()));
      context.log.info('admin insights export', where);
      return { ok: true, where };
    } catch (error) {
      context.log.error('admin insights export failed', error);
      return { ok: false, reason: 'failed', detail: error instanceof Error ? error.message : String(error) };
    } finally {
      saving = false;
    }
  };
}
