import { beforeEach, describe, expect, it } from 'vitest';
import { registerKioskScheme, setupProtocol } from '../../../electron/main/scheme';
import { createKioskWindow, kioskWebPreferences } from '../../../electron/main/window';
import { setupWindowGuards } from '../../../electron/main/window-guards';
import {
  app,
  BrowserWindow,
  Menu,
  powerSaveBlocker,
  protocol,
  resetElectronMock,
} from '../../mocks/electron';
import { fakeContext } from './fake-context';

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

  it('cancels close unless an admin asked, keeps the display awake, removes the menu', () => {
    const { context, window } = fakeContext();
    setupWindowGuards(window as never, context);
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(powerSaveBlocker.start).toHaveBeenCalledWith('prevent-display-sleep');
    window.close();
    expect(window.isDestroyed()).toBe(false);
    context.exitRequested = true;
    window.close();
    expect(window.isDestroyed()).toBe(true);
  });

  it('lets an OS-initiated quit (shutdown, SIGTERM) close the window', () => {
    const { context, window } = fakeContext();
    setupWindowGuards(window as never, context);
    app.emit('before-quit', {});
    window.close();
    expect(window.isDestroyed()).toBe(true);
  });
});

describe('kiosk scheme', () => {
  beforeEach(() => resetElectronMock());

  it('registers kiosk: as standard, secure, fetch, stream and code cache', () => {
    registerKioskScheme();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'kiosk',
        privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true },
      },
    ]);
  });

  it('serves host app through the handler and 404s other hosts', async () => {
    const handler = async (request: Request) => new Response(`served ${new URL(request.url).pathname}`);
    setupProtocol(handler);
    const [[scheme, answer]] = protocol.handle.mock.calls as unknown as [
      [string, (r: Request) => Promise<Response>],
    ];
    expect(scheme).toBe('kiosk');
    expect(await (await answer(new Request('kiosk://app/index.html'))).text()).toBe('served /index.html');
    expect((await answer(new Request('kiosk://evil/index.html'))).status).toBe(404);
  });
});
