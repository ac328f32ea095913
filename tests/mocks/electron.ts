/**
 * Hand-written stand-in for the `electron` module, aliased in vitest.config.ts. Importing the real
 * package from a test would try to download the Electron binary. Every method is a `vi.fn` spy and
 * the emitters are real `EventEmitter`s, so tests can fire `web-contents-created`, `before-input-event`
 * or an IPC call and inspect what the adapters did. `resetElectronMock()` gives each test a clean slate.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Handler = (...args: never[]) => unknown;

/** A fake frame: only the fields the IPC sender check reads. */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

export class FakeSession extends EventEmitter {
  permissionRequestHandler: Handler | null = null;
  permissionCheckHandler: Handler | null = null;
  beforeRequestListener: Handler | null = null;
  devicePermissionHandler: Handler | null = null;
  displayMediaRequestHandler: Handler | null = null;
  setPermissionRequestHandler = vi.fn((handler: Handler | null) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: Handler | null) => {
    this.permissionCheckHandler = handler;
  });
  setDevicePermissionHandler = vi.fn((handler: Handler | null) => {
    this.devicePermissionHandler = handler;
  });
  setDisplayMediaRequestHandler = vi.fn((handler: Handler | null) => {
    this.displayMediaRequestHandler = handler;
  });
  webRequest = {
    onBeforeRequest: vi.fn((listener: Handler | null) => {
      this.beforeRequestListener = listener;
    }),
  };
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  id = nextId++;
  url = 'kiosk://app/';
  session: FakeSession;
  windowOpenHandler: Handler | null = null;
  setWindowOpenHandler = vi.fn((handler: Handler) => {
    this.windowOpenHandler = handler;
  });
  getURL = vi.fn(() => this.url);
  loadURL = vi.fn(async (url: string) => {
    this.url = url;
  });
  reload = vi.fn();
  send = vi.fn();
  forcefullyCrashRenderer = vi.fn();
  isDestroyed = vi.fn(() => false);
  isCrashed = vi.fn(() => false);
  isDevToolsOpened = vi.fn(() => false);
  closeDevTools = vi.fn();
  insertCSS = vi.fn(async () => 'css-key');
  setVisualZoomLevelLimits = vi.fn(async () => undefined);

  constructor(sessionForContents: FakeSession = session.defaultSession) {
    super();
    this.session = sessionForContents;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows = vi.fn(() => BrowserWindow.instances.filter((w) => !w.destroyed));
  options: Record<string, unknown>;
  webContents = new FakeWebContents();
  destroyed = false;
  loadURL = vi.fn(async (url: string) => this.webContents.loadURL(url));
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
  close = vi.fn(() => {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroyed = true;
  });
  destroy = vi.fn(() => {
    this.destroyed = true;
  });
  isDestroyed = vi.fn(() => this.destroyed);
  setKiosk = vi.fn();
  isKiosk = vi.fn(() => Boolean(this.options.kiosk));
  setFullScreen = vi.fn();

  constructor(options: Record<string, unknown> = {}) {
    super();
    this.options = options;
    BrowserWindow.instances.push(this);
  }
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  getPath = vi.fn((name: string) => `/tmp/fake-electron/${name}`);
  setPath = vi.fn();
  getAppPath = vi.fn(() => '/tmp/fake-electron/app');
  getVersion = vi.fn(() => '0.0.0-test');
  requestSingleInstanceLock = vi.fn(() => true);
  whenReady = vi.fn(async () => undefined);
  quit = vi.fn();
  exit = vi.fn();
  relaunch = vi.fn();
  getAppMetrics = vi.fn((): { memory: { workingSetSize: number } }[] => []);
  commandLine = { appendSwitch: vi.fn() };
}

export const app = new FakeApp();

export const session = { defaultSession: new FakeSession() };

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

class FakeIpcMain extends EventEmitter {
  handlers = new Map<string, Handler>();
  handle = vi.fn((channel: string, handler: Handler) => {
    this.handlers.set(channel, handler);
  });
  removeHandler = vi.fn((channel: string) => {
    this.handlers.delete(channel);
  });
  /** Calls a registered handler the way a renderer's `invoke` would. */
  async invoke(channel: string, frame: FakeFrame | null, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel) as ((...a: unknown[]) => unknown) | undefined;
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: frame, sender: new FakeWebContents() }, ...args);
  }
}

export const ipcMain = new FakeIpcMain();

export const Menu = { setApplicationMenu: vi.fn() };

export const powerSaveBlocker = {
  start: vi.fn(() => 1),
  stop: vi.fn(),
  isStarted: vi.fn(() => true),
};

export const contextBridge = {
  exposed: {} as Record<string, unknown>,
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed[key] = api;
  }),
};

class FakeIpcRenderer extends EventEmitter {
  invoke = vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined);
}

export const ipcRenderer = new FakeIpcRenderer();

export const webContents = {
  getAllWebContents: vi.fn((): FakeWebContents[] => []),
};

/** Puts every fake back to its initial state. */
export function resetElectronMock(): void {
  vi.clearAllMocks();
  for (const emitter of [app, ipcMain, ipcRenderer, session.defaultSession]) emitter.removeAllListeners();
  ipcMain.handlers.clear();
  BrowserWindow.instances = [];
  app.isPackaged = false;
  contextBridge.exposed = {};
  session.defaultSession = new FakeSession();
}

export default {
  app,
  session,
  protocol,
  ipcMain,
  Menu,
  powerSaveBlocker,
  contextBridge,
  ipcRenderer,
  webContents,
  BrowserWindow,
};
