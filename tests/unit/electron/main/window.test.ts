import { beforeEach, describe, expect, it } from 'vitest';
import { createKioskWindow, kioskWebPreferences } from '../../../../electron/main/window';
import { BrowserWindow, resetElectronMock } from '../../../mocks/electron';

describe('kiosk window', () => {
  beforeEach(() => resetElectronMock());

  it('uses the secure webPreferences, devtools off in production', () => {
    expect(kioskWebPreferences('/p.cjs', false)).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      devTools: false,
      disableDialogs: true,
      spellcheck: false,
    });
    expect(kioskWebPreferences('/p.cjs', true).devTools).toBe(true);
  });

  it('creates one full-screen kiosk window on kiosk://app/', () => {
    createKioskWindow('/p.cjs', false);
    expect(BrowserWindow.instances).toHaveLength(1);
    const [window] = BrowserWindow.instances;
    expect(window.options).toMatchObject({ kiosk: true, fullscreen: true, show: false });
    expect(window.loadURL).toHaveBeenCalledWith('kiosk://app/');
    expect(window.webContents.setVisualZoomLevelLimits).toHaveBeenCalledWith(1, 1);
  });
});
