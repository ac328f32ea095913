import type * as Electron from 'electron';
import type { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';

// The shared Electron stand-in has no dialog: this file adds one, answered per test.
const showOpenDialog = vi.hoisted(() => vi.fn());
vi.mock('electron', async (original) => ({
  ...(await original<typeof Electron>()),
  dialog: { showOpenDialog },
}));

const { chooseExportFolder } = await import('../../../../../electron/main/admin/insights-export');

describe('chooseExportFolder: the folder picker of an insights export', () => {
  const window = { id: 1 } as unknown as BrowserWindow;

  it('opens a folder picker that may create folders, modal on the kiosk window', async () => {
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb'] });
    await expect(chooseExportFolder(window)).resolves.toBe('/media/usb');
    expect(showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ properties: ['openDirectory', 'createDirectory'] }),
    );
  });

  it('is null when the technician cancels or picks nothing', async () => {
    showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    await expect(chooseExportFolder(window)).resolves.toBeNull();
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [] });
    await expect(chooseExportFolder(window)).resolves.toBeNull();
  });

  it('still asks, unparented, when the window is gone', async () => {
    showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/media/usb'] });
    await expect(chooseExportFolder(null)).resolves.toBe('/media/usb');
    expect(showOpenDialog).toHaveBeenLastCalledWith(
      expect.objectContaining({ properties: expect.any(Array) }),
    );
  });
});
