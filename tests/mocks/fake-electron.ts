/**
 * The one model of Electron's main and preload objects the tests use: `app`, sessions, web contents,
 * windows, `protocol`, `ipcMain`, `ipcRenderer`, `contextBridge` and the few others our code calls.
 * Emitters are real `EventEmitter`s, so a test fires `web-contents-created`, `before-input-event` or
 * an IPC call and sees what the adapters did. It imports nothing from vitest, so it serves twice:
 * - `tests/mocks/electron.ts` (the vitest alias for `electron`) builds it with `vi.fn` spies;
 * - the bundled-main test loads it into a plain Node child process in front of `main.cjs`
 *   (`tests/unit/electron/main/bundled-main-runtime.ts`), with spies that record every call and
 *   with Electron's start-up order enforced.
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';

type Fn = (...args: never[]) => unknown;
type Handler = (...args: never[]) => unknown;
type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** Wraps each fake method; `name` says whose method it is, e.g. `app.relaunch`. */
export type SpyFactory = <F extends Fn>(name: string, impl: F) => F;

/** Options for {@link createFakeElectron}. */
export interface FakeElectronOptions {
  spy: SpyFactory;
  /**
   * Throw where Electron refuses: privileged schemes, command-line switches and `setPath` after
   * `ready`; `protocol.handle` and the default session before it.
   */
  enforceLifecycle?: boolean;
}

/** A fake frame: only the fields the IPC sender check reads. */
export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

/** What the fakes of one {@link createFakeElectron} call share. */
interface Env {
  spy: SpyFactory;
  /** Throws when `what` happens on the wrong side of `ready` (with `enforceLifecycle`). */
  lifecycle: (what: string, needsReady: boolean) => void;
  paths: Map<string, string>;
  defaultSession: () => FakeSession;
  announce: (contents: FakeWebContents) => void;
}

/** Holds the shared environment before a subclass's fields (the spies) are initialised. */
class EnvEmitter extends EventEmitter {
  constructor(protected readonly env: Env) {
    super();
  }
}

/**
 * An Electron session: the permission, device, screen-capture and request hooks it was given.
 * @public named in {@link FakeElectron}, whose declaration must spell it out (knip: not unused)
 */
export class FakeSession extends EnvEmitter {
  permissionRequestHandler: Handler | null = null;
  permissionCheckHandler: Handler | null = null;
  beforeRequestListener: Handler | null = null;
  devicePermissionHandler: Handler | null = null;
  displayMediaRequestHandler: Handler | null = null;
  setPermissionRequestHandler = this.env.spy(
    'session.setPermissionRequestHandler',
    (handler: Handler | null) => {
      this.permissionRequestHandler = handler;
    },
  );
  setPermissionCheckHandler = this.env.spy('session.setPermissionCheckHandler', (handler: Handler | null) => {
    this.permissionCheckHandler = handler;
  });
  setDevicePermissionHandler = this.env.spy(
    'session.setDevicePermissionHandler',
    (handler: Handler | null) => {
      this.devicePermissionHandler = handler;
    },
  );
  setDisplayMediaRequestHandler = this.env.spy(
    'session.setDisplayMediaRequestHandler',
    (handler: Handler | null) => {
      this.displayMediaRequestHandler = handler;
    },
  );
  webRequest = {
    onBeforeRequest: this.env.spy('session.webRequest.onBeforeRequest', (listener: Handler | null) => {
      this.beforeRequestListener = listener;
    }),
  };
}

let nextId = 1;

/**
 * A web contents: navigation events, the window-open handler, loads and sends.
 * @public named in {@link FakeElectron}, whose declaration must spell it out (knip: not unused)
 */
export class FakeWebContents extends EnvEmitter {
  id = nextId++;
  url = 'kiosk://app/';
  session: FakeSession;
  windowOpenHandler: Handler | null = null;
  setWindowOpenHandler = this.env.spy('webContents.setWindowOpenHandler', (handler: Handler) => {
    this.windowOpenHandler = handler;
  });
  getURL = this.env.spy('webContents.getURL', () => this.url);
  loadURL = this.env.spy('webContents.loadURL', async (url: string) => {
    this.url = url;
  });
  reload = this.env.spy('webContents.reload', () => undefined);
  send = this.env.spy('webContents.send', (_channel: string, ..._args: unknown[]) => undefined);
  forcefullyCrashRenderer = this.env.spy('webContents.forcefullyCrashRenderer', () => undefined);
  isDestroyed = this.env.spy('webContents.isDestroyed', () => false);
  isCrashed = this.env.spy('webContents.isCrashed', () => false);
  isDevToolsOpened = this.env.spy('webContents.isDevToolsOpened', () => false);
  closeDevTools = this.env.spy('webContents.closeDevTools', () => undefined);
  insertCSS = this.env.spy('webContents.insertCSS', async (_css: string) => 'css-key');
  setVisualZoomLevelLimits = this.env.spy(
    'webContents.setVisualZoomLevelLimits',
    async (_min: number, _max: number) => undefined,
  );

  constructor(env: Env, session?: FakeSession) {
    super(env);
    this.session = session ?? env.defaultSession();
  }
}

/**
 * `app`: paths, version, lifecycle, relaunch and exit.
 * @public named in {@link FakeElectron}, whose declaration must spell it out (knip: not unused)
 */
export class FakeApp extends EnvEmitter {
  isPackaged = false;
  private ready = false;
  getPath = this.env.spy(
    'app.getPath',
    (name: string) => this.env.paths.get(name) ?? path.join(tmpdir(), 'fake-electron', name),
  );
  setPath = this.env.spy('app.setPath', (name: string, value: string) => {
    this.env.lifecycle(`app.setPath(${name})`, false);
    this.env.paths.set(name, value);
  });
  getAppPath = this.env.spy('app.getAppPath', () => path.join(tmpdir(), 'fake-electron', 'app'));
  getVersion = this.env.spy('app.getVersion', () => '0.0.0-test');
  requestSingleInstanceLock = this.env.spy('app.requestSingleInstanceLock', () => true);
  whenReady = this.env.spy(
    'app.whenReady',
    () =>
      new Promise<void>((resolve) =>
        setImmediate(() => {
          this.ready = true;
          resolve();
        }),
      ),
  );
  quit = this.env.spy('app.quit', () => undefined);
  exit = this.env.spy('app.exit', (_code?: number) => undefined);
  relaunch = this.env.spy('app.relaunch', () => undefined);
  getAppMetrics = this.env.spy('app.getAppMetrics', (): { memory: { workingSetSize: number } }[] => []);
  commandLine = {
    appendSwitch: this.env.spy('app.commandLine.appendSwitch', (name: string, _value?: string) =>
      this.env.lifecycle(`command-line switch ${name}`, false),
    ),
  };

  /** Whether `whenReady()` has resolved (the fake's own state, not an Electron API). */
  isReadyNow(): boolean {
    return this.ready;
  }

  /** Back to before `ready`. */
  resetReady(): void {
    this.ready = false;
  }
}

/**
 * A window with its web contents; closing honours `preventDefault`.
 * @public named in {@link FakeElectron}, whose declaration must spell it out (knip: not unused)
 */
export class FakeBrowserWindow extends EnvEmitter {
  options: Record<string, unknown>;
  webContents: FakeWebContents;
  destroyed = false;
  loadURL = this.env.spy('BrowserWindow.loadURL', async (url: string) => this.webContents.loadURL(url));
  show = this.env.spy('BrowserWindow.show', () => undefined);
  focus = this.env.spy('BrowserWindow.focus', () => undefined);
  restore = this.env.spy('BrowserWindow.restore', () => undefined);
  isMinimized = this.env.spy('BrowserWindow.isMinimized', () => false);
  close = this.env.spy('BrowserWindow.close', () => {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroyed = true;
  });
  destroy = this.env.spy('BrowserWindow.destroy', () => {
    this.destroyed = true;
  });
  isDestroyed = this.env.spy('BrowserWindow.isDestroyed', () => this.destroyed);
  setKiosk = this.env.spy('BrowserWindow.setKiosk', (_flag: boolean) => undefined);
  isKiosk = this.env.spy('BrowserWindow.isKiosk', () => Boolean(this.options.kiosk));
  setFullScreen = this.env.spy('BrowserWindow.setFullScreen', (_flag: boolean) => undefined);

  constructor(env: Env, options: Record<string, unknown> = {}) {
    super(env);
    this.options = options;
    this.webContents = new FakeWebContents(env);
    // As in Electron, every new web contents is announced: the security rules hook in here.
    env.announce(this.webContents);
  }
}

/**
 * `ipcMain`: the registered handlers, callable as a page's `invoke` would call them.
 * @public named in {@link FakeElectron}, whose declaration must spell it out (knip: not unused)
 */
export class FakeIpcMain extends EnvEmitter {
  handlers = new Map<string, Handler>();
  handle = this.env.spy('ipcMain.handle', (channel: string, handler: Handler) => {
    this.handlers.set(channel, handler);
  });
  removeHandler = this.env.spy('ipcMain.removeHandler', (channel: string) => {
    this.handlers.delete(channel);
  });

  /** Calls a registered handler the way a renderer's `invoke` from `frame` would. */
  async invoke(channel: string, frame: FakeFrame | null, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel) as ((...a: unknown[]) => unknown) | undefined;
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: frame, sender: new FakeWebContents(this.env) }, ...args);
  }
}

/**
 * `ipcRenderer` as the preload sees it.
 * @public named in {@link FakeElectron}, whose declaration must spell it out (knip: not unused)
 */
export class FakeIpcRenderer extends EnvEmitter {
  invoke = this.env.spy(
    'ipcRenderer.invoke',
    async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined,
  );
}

/** The fakes of one {@link createFakeElectron} call, shaped like the `electron` module. */
export interface FakeElectron {
  app: FakeApp;
  session: { readonly defaultSession: FakeSession };
  protocol: {
    privileged: unknown;
    handlers: Map<string, ProtocolHandler>;
    registerSchemesAsPrivileged: (schemes: unknown) => void;
    handle: (scheme: string, handler: ProtocolHandler) => void;
  };
  ipcMain: FakeIpcMain;
  ipcRenderer: FakeIpcRenderer;
  contextBridge: {
    exposed: Record<string, unknown>;
    exposeInMainWorld: (key: string, api: unknown) => void;
  };
  /** `BrowserWindow` as our code sees it: constructed with its options only. */
  BrowserWindow: {
    new (options?: Record<string, unknown>): FakeBrowserWindow;
    /** Every window made since the last reset, closed or not. */
    instances: FakeBrowserWindow[];
    getAllWindows: () => FakeBrowserWindow[];
  };
  /** A web contents outside any window (a test's stand-in for a frame host or devtools). */
  FakeWebContents: new (session?: FakeSession) => FakeWebContents;
  Menu: { setApplicationMenu: (menu: unknown) => void };
  powerSaveBlocker: {
    start: (type: string) => number;
    stop: (id: number) => void;
    isStarted: (id: number) => boolean;
  };
  webContents: { getAllWebContents: () => FakeWebContents[] };
  /** Puts the fakes back to their initial state (spies are reset by their owner). */
  reset: () => void;
}

/** Builds a fresh set of fakes; see the file comment. */
export function createFakeElectron({ spy, enforceLifecycle = false }: FakeElectronOptions): FakeElectron {
  let defaultSession: FakeSession;
  const env: Env = {
    spy,
    lifecycle: (what, needsReady) => {
      if (enforceLifecycle && app.isReadyNow() !== needsReady)
        throw new Error(`${what} ${needsReady ? 'before' : 'after'} ready`);
    },
    paths: new Map(),
    defaultSession: () => defaultSession,
    announce: (contents) => app.emit('web-contents-created', {}, contents),
  };
  defaultSession = new FakeSession(env);
  const app = new FakeApp(env);

  const windows: FakeBrowserWindow[] = [];
  const BrowserWindow = class extends FakeBrowserWindow {
    static instances = windows;
    static getAllWindows = spy('BrowserWindow.getAllWindows', () =>
      BrowserWindow.instances.filter((w) => !w.destroyed),
    );

    constructor(options: Record<string, unknown> = {}) {
      super(env, options);
      BrowserWindow.instances.push(this);
    }
  };

  const protocol: FakeElectron['protocol'] = {
    privileged: null,
    handlers: new Map(),
    registerSchemesAsPrivileged: spy('protocol.registerSchemesAsPrivileged', (schemes: unknown) => {
      env.lifecycle('protocol.registerSchemesAsPrivileged', false);
      protocol.privileged = schemes;
    }),
    handle: spy('protocol.handle', (scheme: string, handler: ProtocolHandler) => {
      env.lifecycle('protocol.handle', true);
      protocol.handlers.set(scheme, handler);
    }),
  };

  const contextBridge: FakeElectron['contextBridge'] = {
    exposed: {},
    exposeInMainWorld: spy('contextBridge.exposeInMainWorld', (key: string, api: unknown) => {
      contextBridge.exposed[key] = api;
    }),
  };

  const ipcMain = new FakeIpcMain(env);
  const ipcRenderer = new FakeIpcRenderer(env);

  return {
    app,
    session: {
      get defaultSession(): FakeSession {
        env.lifecycle('session.defaultSession', true);
        return defaultSession;
      },
    },
    protocol,
    ipcMain,
    ipcRenderer,
    contextBridge,
    BrowserWindow,
    FakeWebContents: class extends FakeWebContents {
      constructor(session?: FakeSession) {
        super(env, session);
      }
    },
    Menu: { setApplicationMenu: spy('Menu.setApplicationMenu', (_menu: unknown) => undefined) },
    powerSaveBlocker: {
      start: spy('powerSaveBlocker.start', (_type: string) => 1),
      stop: spy('powerSaveBlocker.stop', (_id: number) => undefined),
      isStarted: spy('powerSaveBlocker.isStarted', (_id: number) => true),
    },
    webContents: {
      getAllWebContents: spy('webContents.getAllWebContents', (): FakeWebContents[] => []),
    },
    reset: () => {
      for (const emitter of [app, ipcMain, ipcRenderer]) emitter.removeAllListeners();
      ipcMain.handlers.clear();
      protocol.handlers.clear();
      protocol.privileged = null;
      env.paths.clear();
      windows.length = 0;
      app.isPackaged = false;
      app.resetReady();
      contextBridge.exposed = {};
      defaultSession = new FakeSession(env);
    },
  };
}
