import { BrowserWindow, type WebPreferences } from 'electron';
import { APP_START_URL } from '../node/security/navigation';

/**
 * The secure webPreferences of the kiosk window (brief section 7). The page gets no Node, runs in
 * Chromium's sandbox, reaches main only through the preload's narrow bridge, and can't open dialogs.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#checklist-security-recommendations
 */
export function kioskWebPreferences(preload: string, dev: boolean): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    devTools: dev,
    disableDialogs: true,
    spellcheck: false,
    autoplayPolicy: 'no-user-gesture-required',
  };
}

/** Creates the one full-screen kiosk window and loads `url` (the app, or the out-of-order page). */
export function createKioskWindow(preload: string, dev: boolean, url: string = APP_START_URL): BrowserWindow {
  const window = new BrowserWindow({
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: '#1b1410',
    show: false,
    webPreferences: kioskWebPreferences(preload, dev),
  });
  // Show only once painted, so visitors never see a white flash between the OS and the app.
  window.once('ready-to-show', () => window.show());
  // Pinch belongs to the zoom viewer (it reads the touches itself), never to the page. Electron's
  // default is already no visual zoom; set it explicitly so an upgrade can't change it silently.
  // https://www.electronjs.org/docs/latest/api/web-contents#contentssetvisualzoomlevellimitsminimumlevel-maximumlevel
  void window.webContents.setVisualZoomLevelLimits(1, 1);
  // A failed load is handled by the did-fail-load rule (load-failures.ts), not here.
  window.loadURL(url).catch(() => undefined);
  return window;
}
