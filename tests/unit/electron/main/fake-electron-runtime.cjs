// Preloaded with `node --require` in front of the BUNDLED main process (dist/electron/main.cjs) by
// main-bundle.test.ts. It answers `require('electron')` with a small in-process fake that enforces
// the ordering rules Electron has (privileged schemes before ready, sessions only after), then drives
// a scenario through what main registered: the kiosk:// handler, the IPC handlers, the security
// hooks and a live collection update. It prints one line `RESULT <json>` and exits.
/* eslint-disable @typescript-eslint/no-require-imports */
const Module = require('node:module');
const { EventEmitter } = require('node:events');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

let ready = false;
const events = [];
const windows = [];
const sent = new EventEmitter();

class FakeSession extends EventEmitter {
  webRequest = { onBeforeRequest: (listener) => (this.beforeRequest = listener) };
  setPermissionRequestHandler(handler) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler) {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler) {
    this.devicePermission = handler;
  }
  setDisplayMediaRequestHandler(handler) {
    this.displayMedia = handler;
  }
}
const defaultSession = new FakeSession();

class FakeWebContents extends EventEmitter {
  url = '';
  session = defaultSession;
  setWindowOpenHandler(handler) {
    this.windowOpen = handler;
  }
  loadURL(url) {
    this.url = url;
    return Promise.resolve();
  }
  getURL() {
    return this.url;
  }
  send(channel, payload) {
    events.push(['send', channel, payload]);
    sent.emit(channel, payload);
  }
  isDestroyed() {
    return false;
  }
  forcefullyCrashRenderer() {}
  setVisualZoomLevelLimits(min, max) {
    events.push(['visualZoom', min, max]);
    return Promise.resolve();
  }
}

const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  paths: {},
  setPath(name, value) {
    if (ready) throw new Error('setPath(userData) after ready');
    this.paths[name] = value;
  },
  getPath(name) {
    return this.paths[name] ?? path.join(os.tmpdir(), `fake-${name}`);
  },
  getVersion: () => '0.1.0',
  requestSingleInstanceLock: () => true,
  whenReady: () =>
    new Promise((resolve) =>
      setImmediate(() => {
        ready = true;
        resolve();
      }),
    ),
  quit: () => events.push(['quit']),
  exit: (code) => events.push(['exit', code]),
  relaunch: () => events.push(['relaunch']),
  getAppMetrics: () => [{ memory: { workingSetSize: 200 * 1024 } }],
  commandLine: {
    appendSwitch(name, value) {
      if (ready) throw new Error('command-line switch after ready');
      events.push(['switch', name, value]);
    },
  },
});

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents();
    windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url) {
    return this.webContents.loadURL(url);
  }
  show() {}
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  static getAllWindows() {
    return windows;
  }
}

const protocol = {
  handlers: {},
  registerSchemesAsPrivileged(schemes) {
    if (ready) throw new Error('registerSchemesAsPrivileged after ready');
    this.privileged = schemes;
  },
  handle(scheme, handler) {
    if (!ready) throw new Error('protocol.handle before ready');
    this.handlers[scheme] = handler;
  },
};

const ipcMain = {
  handlers: {},
  handle(channel, handler) {
    this.handlers[channel] = handler;
  },
};

const fake = {
  app,
  protocol,
  ipcMain,
  BrowserWindow,
  Menu: { setApplicationMenu: (menu) => events.push(['menu', menu]) },
  powerSaveBlocker: { start: (type) => (events.push(['powerSaveBlocker', type]), 1), stop() {} },
  session: {
    get defaultSession() {
      if (!ready) throw new Error('session used before ready');
      return defaultSession;
    },
  },
};

const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? fake : load.call(this, request, ...rest);
};

/** Calls a registered IPC handler as the page at `url` would; resolves to `{ value }` or `{ error }`. */
const invokeHandler = (channel, url, ...args) =>
  Promise.resolve()
    .then(() => ipcMain.handlers[channel]({ senderFrame: { url, parent: null } }, ...args))
    .then(
      (value) => ({ value }),
      (error) => ({ error: error.message }),
    );

const nextUpdate = (ms) =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    sent.once('sync:collection-updated', (payload) => (clearTimeout(timer), resolve(payload)));
  });

// The worker was changed on disk after bundling: main must refuse to start it, keep serving, and
// say why on the status page.
async function tamperedWorkerScenario(invoke) {
  // Main registers its IPC handlers once the app is ready.
  while (!ipcMain.handlers['admin:unlock']) await new Promise((resolve) => setTimeout(resolve, 20));
  await invoke('admin:unlock', 'kiosk://app/', { pin: process.env.SMOKE_PIN });
  let status = null;
  for (let i = 0; i < 300 && !status?.collection.lastFailure; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100)); // a polling interval, because the build runs in a worker
    status = (await invoke('admin:status', 'kiosk://app/')).value;
  }
  const sent = events.filter(([kind, channel]) => kind === 'send' && channel === 'sync:collection-updated');
  return { lastFailure: status?.collection.lastFailure ?? null, updatesSent: sent.length };
}

// Four earlier starts in the last minutes were written into the start history: this fifth start
// must show the out-of-order page, compile nothing, and come back with the admin "restart now".
async function outOfOrderScenario(invoke) {
  // Main's start() is synchronous: once its IPC handlers exist, the window has its page and a build,
  // had one been asked for, has already logged its start.
  while (!ipcMain.handlers['admin:unlock']) await new Promise((resolve) => setTimeout(resolve, 20));
  const url = windows[0]?.webContents.url;
  const page = 'kiosk://app/out-of-order.html';
  const unlock = await invoke('admin:unlock', page, { pin: process.env.SMOKE_PIN });
  const restart = await invoke('admin:restart', page);
  const relaunched = () => events.some(([kind]) => kind === 'exit');
  for (let i = 0; i < 250 && !relaunched(); i += 1) await new Promise((resolve) => setTimeout(resolve, 20));
  const userData = app.getPath('userData');
  const log = fs.readFileSync(path.join(userData, 'logs', 'kiosk.log'), 'utf8');
  return {
    url,
    unlock: unlock.value,
    restart: restart.value,
    exits: events.filter(([kind]) => kind === 'relaunch' || kind === 'exit'),
    starts: JSON.parse(fs.readFileSync(path.join(userData, 'start-history.json'), 'utf8')).starts.length,
    compiled: log.includes('collection build started'),
    updatesSent: events.filter(([kind]) => kind === 'send').length,
  };
}

async function scenario() {
  const results = {};
  if (process.env.SMOKE_SCENARIO === 'out-of-order') {
    process.stdout.write(`RESULT ${JSON.stringify(await outOfOrderScenario(invokeHandler))}\n`);
    process.exit(0);
  }
  if (process.env.SMOKE_SCENARIO === 'tampered-worker') {
    process.stdout.write(`RESULT ${JSON.stringify(await tamperedWorkerScenario(invokeHandler))}\n`);
    process.exit(0);
  }
  results.firstUpdate = await nextUpdate(120_000);
  const handler = protocol.handlers.kiosk;
  const get = async (url) => {
    const response = await handler(new Request(url));
    const body = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      csp: response.headers.get('content-security-policy'),
      body: body.slice(0, 300),
    };
  };
  results.index = await get('kiosk://app/');
  results.manifest = await get('kiosk://app/collection/manifest.json');
  results.otherHost = await get('kiosk://evil/index.html');
  results.traversal = await get('kiosk://app/collection/..%2f..%2fkiosk-config.json');

  const invoke = invokeHandler;
  results.version = await invoke('kiosk:version', 'kiosk://app/');
  results.foreign = await invoke('admin:status', 'https://example.org/');
  results.badPayload = await invoke('admin:unlock', 'kiosk://app/', { pin: 'x' });
  results.unlock = await invoke('admin:unlock', 'kiosk://app/', { pin: process.env.SMOKE_PIN });

  // A curator breaks a collection-wide file: the build is rejected, nothing is sent, the status
  // shows why. (A mistake in one piece's file would only hold that piece back.)
  const piece = path.join(process.env.SMOKE_COLLECTION, 'pieces', 'kawung-cap', 'piece.yaml');
  const original = fs.readFileSync(piece, 'utf8');
  const config = path.join(process.env.SMOKE_COLLECTION, 'collection.yaml');
  const configText = fs.readFileSync(config, 'utf8');
  fs.writeFileSync(config, configText.replace(/^title:/m, 'titel:'));
  let sentAfterBreak = 0;
  const countSent = () => (sentAfterBreak += 1);
  sent.on('sync:collection-updated', countSent);
  for (let i = 0; i < 300 && !results.statusAfterBreak?.collection.lastFailure; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200)); // a polling interval, because the build runs in a worker
    results.statusAfterBreak = (await invoke('admin:status', 'kiosk://app/')).value;
  }
  sent.off('sync:collection-updated', countSent);
  results.sentAfterBreak = sentAfterBreak;
  // ...and fixes it: a passing build tells the page to sync again.
  fs.writeFileSync(config, configText);
  fs.writeFileSync(piece, original.replace('Sarung kawung cap', 'Sarung kawung cap (revisi)'));
  results.updateAfterFix = await nextUpdate(60_000);

  const window = windows[0];
  const contents = window.webContents;
  results.window = {
    count: windows.length,
    options: { ...window.options, webPreferences: { ...window.options.webPreferences, preload: undefined } },
    preloadExists: fs.existsSync(window.options.webPreferences.preload),
    url: contents.url,
  };
  const prevented = (emit) => {
    let stopped = false;
    emit({ preventDefault: () => (stopped = true) });
    return stopped;
  };
  results.hooks = {
    navigateAway: prevented((e) => contents.emit('will-navigate', { ...e, url: 'https://example.org/' })),
    navigateHome: prevented((e) => contents.emit('will-navigate', { ...e, url: 'kiosk://app/x' })),
    windowOpen: contents.windowOpen({ url: 'kiosk://app/' }),
    f12: prevented((e) =>
      contents.emit('before-input-event', e, {
        type: 'keyDown',
        key: 'F12',
        control: false,
        shift: false,
        alt: false,
        meta: false,
      }),
    ),
    closeWindow: prevented((e) => window.emit('close', e)),
    camera: await new Promise((resolve) =>
      defaultSession.permissionRequest(contents, 'media', resolve, { requestingUrl: 'kiosk://app/' }),
    ),
    network: await new Promise((resolve) =>
      defaultSession.beforeRequest({ url: 'https://example.org/' }, resolve),
    ),
    usbDevice: defaultSession.devicePermission({ deviceType: 'usb', origin: 'kiosk://app' }),
    screenCapture: await new Promise((resolve) =>
      defaultSession.displayMedia({ securityOrigin: 'kiosk://app/' }, resolve),
    ),
  };
  results.privileged = protocol.privileged;
  results.events = events.filter(([kind]) => kind !== 'send');
  results.logExists = fs.existsSync(path.join(app.getPath('userData'), 'logs', 'kiosk.log'));
  process.stdout.write(`RESULT ${JSON.stringify(results)}\n`);
  process.exit(0);
}

setImmediate(() => scenario().catch((error) => (console.error(error), process.exit(2))));
