/**
 * What the bundled main process is put through inside its child process (see
 * bundled-main-runtime.ts): the kiosk:// handler, the IPC handlers, the security hooks and a live
 * collection update (`smoke`); a worker changed on disk after bundling (`tampered-worker`); and a
 * start after a relaunch loop (`out-of-order`). Each returns the JSON the test reads.
 */
import type { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { FakeElectron } from '../../../mocks/fake-electron';

/** One call on the fake: its name (e.g. `app.exit`) and its arguments. */
export type RecordedCall = [name: string, ...args: unknown[]];

/** The fake main runs against, with what was called on it so far and an emitter per call name. */
export interface ScenarioRuntime {
  electron: FakeElectron;
  calls: RecordedCall[];
  called: EventEmitter;
}

const UPDATED = 'sync:collection-updated';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls a registered IPC handler as the page at `url` would; resolves to `{ value }` or `{ error }`. */
async function invoke(rt: ScenarioRuntime, channel: string, url: string, ...args: unknown[]) {
  try {
    return { value: (await rt.electron.ipcMain.invoke(channel, { url, parent: null }, ...args)) as never };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The next collection update main sends to the page, or null after `ms`. */
function nextUpdate(rt: ScenarioRuntime, ms: number): Promise<unknown> {
  return new Promise((resolve) => {
    const listener = (channel: string, payload: unknown) => {
      if (channel !== UPDATED) return;
      clearTimeout(timer);
      rt.called.off('webContents.send', listener);
      resolve(payload);
    };
    const timer = setTimeout(() => {
      rt.called.off('webContents.send', listener);
      resolve(null);
    }, ms);
    rt.called.on('webContents.send', listener);
  });
}

const updatesSent = (rt: ScenarioRuntime) =>
  rt.calls.filter(([name, channel]) => name === 'webContents.send' && channel === UPDATED).length;

/** Main registers its IPC handlers once the app is ready, and its start() is synchronous after that. */
async function started(rt: ScenarioRuntime): Promise<void> {
  while (!rt.electron.ipcMain.handlers.has('admin:unlock')) await pause(20);
}

/** Runs the scenario `name` against the main process that is starting in this process. */
export function runScenario(name: string, rt: ScenarioRuntime): Promise<unknown> {
  if (name === 'out-of-order') return outOfOrder(rt);
  if (name === 'tampered-worker') return tamperedWorker(rt);
  return smoke(rt);
}

// The worker was changed on disk after bundling: main must refuse to start it, keep serving, and
// say why on the status page.
async function tamperedWorker(rt: ScenarioRuntime) {
  await started(rt);
  await invoke(rt, 'admin:unlock', 'kiosk://app/', { pin: process.env.SMOKE_PIN });
  let status: { collection: { lastFailure: unknown } } | undefined;
  for (let i = 0; i < 300 && !status?.collection.lastFailure; i += 1) {
    await pause(100); // a polling interval, because the build runs in a worker
    status = (await invoke(rt, 'admin:status', 'kiosk://app/')).value;
  }
  return { lastFailure: status?.collection.lastFailure ?? null, updatesSent: updatesSent(rt) };
}

// Four earlier starts in the last minutes were written into the start history: this fifth start
// must show the out-of-order page, compile nothing, and come back with the admin "restart now".
async function outOfOrder(rt: ScenarioRuntime) {
  // Once its IPC handlers exist, the window has its page and a build, had one been asked for, has
  // already logged its start.
  await started(rt);
  const url = rt.electron.BrowserWindow.instances[0]?.webContents.url;
  const page = 'kiosk://app/out-of-order.html';
  const unlock = await invoke(rt, 'admin:unlock', page, { pin: process.env.SMOKE_PIN });
  const restart = await invoke(rt, 'admin:restart', page);
  const relaunched = () => rt.calls.some(([call]) => call === 'app.exit');
  for (let i = 0; i < 250 && !relaunched(); i += 1) await pause(20);
  const userData = rt.electron.app.getPath('userData');
  const log = fs.readFileSync(path.join(userData, 'logs', 'kiosk.log'), 'utf8');
  const history = JSON.parse(fs.readFileSync(path.join(userData, 'start-history.json'), 'utf8')) as {
    starts: unknown[];
  };
  return {
    url,
    unlock: unlock.value,
    restart: restart.value,
    exits: rt.calls.filter(([call]) => call === 'app.relaunch' || call === 'app.exit'),
    starts: history.starts.length,
    compiled: log.includes('collection build started'),
    updatesSent: rt.calls.filter(([call]) => call === 'webContents.send').length,
  };
}

async function smoke(rt: ScenarioRuntime) {
  const { electron } = rt;
  const results: Record<string, unknown> = {};
  results.firstUpdate = await nextUpdate(rt, 120_000);
  const handler = electron.protocol.handlers.get('kiosk');
  if (!handler) throw new Error('no kiosk:// handler registered');
  const get = async (url: string) => {
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

  results.version = await invoke(rt, 'kiosk:version', 'kiosk://app/');
  results.foreign = await invoke(rt, 'admin:status', 'https://example.org/');
  results.badPayload = await invoke(rt, 'admin:unlock', 'kiosk://app/', { pin: 'x' });
  results.unlock = await invoke(rt, 'admin:unlock', 'kiosk://app/', { pin: process.env.SMOKE_PIN });

  // A curator breaks a collection-wide file: the build is rejected, nothing is sent, the status
  // shows why. (A mistake in one piece's file would only hold that piece back.)
  const collection = process.env.SMOKE_COLLECTION ?? '';
  const piece = path.join(collection, 'pieces', 'kawung-cap', 'piece.yaml');
  const original = fs.readFileSync(piece, 'utf8');
  const config = path.join(collection, 'collection.yaml');
  const configText = fs.readFileSync(config, 'utf8');
  fs.writeFileSync(config, configText.replace(/^title:/m, 'titel:'));
  const sentBefore = updatesSent(rt);
  let statusAfterBreak: { collection: { lastFailure: unknown } } | undefined;
  for (let i = 0; i < 300 && !statusAfterBreak?.collection.lastFailure; i += 1) {
    await pause(200); // a polling interval, because the build runs in a worker
    statusAfterBreak = (await invoke(rt, 'admin:status', 'kiosk://app/')).value;
  }
  results.statusAfterBreak = statusAfterBreak;
  results.sentAfterBreak = updatesSent(rt) - sentBefore;
  // ...and fixes it: a passing build tells the page to sync again.
  fs.writeFileSync(config, configText);
  fs.writeFileSync(piece, original.replace('Sarung kawung cap', 'Sarung kawung cap (revisi)'));
  results.updateAfterFix = await nextUpdate(rt, 60_000);

  const window = electron.BrowserWindow.instances[0];
  if (!window) throw new Error('main opened no window');
  const contents = window.webContents;
  const webPreferences = window.options.webPreferences as Record<string, unknown>;
  results.window = {
    count: electron.BrowserWindow.instances.length,
    options: { ...window.options, webPreferences: { ...webPreferences, preload: undefined } },
    preloadExists: fs.existsSync(webPreferences.preload as string),
    url: contents.url,
  };
  results.hooks = await securityHooks(electron);
  results.privileged = electron.protocol.privileged;
  results.events = rt.calls.filter(([call]) => call !== 'webContents.send');
  results.logExists = fs.existsSync(path.join(electron.app.getPath('userData'), 'logs', 'kiosk.log'));
  return results;
}

/** What the security rules main installed answer to a few hostile requests. */
async function securityHooks(electron: FakeElectron) {
  const window = electron.BrowserWindow.instances[0]!;
  const contents = window.webContents;
  const target = electron.session.defaultSession;
  // The rules were installed by main, so each handler below is there; a missing one fails the test.
  const call = (handler: unknown, ...args: unknown[]) => (handler as (...a: unknown[]) => unknown)(...args);
  const prevented = (emit: (event: { preventDefault: () => void }) => void) => {
    let stopped = false;
    emit({ preventDefault: () => (stopped = true) });
    return stopped;
  };
  const key = { type: 'keyDown', key: 'F12', control: false, shift: false, alt: false, meta: false };
  return {
    navigateAway: prevented((e) => contents.emit('will-navigate', { ...e, url: 'https://example.org/' })),
    navigateHome: prevented((e) => contents.emit('will-navigate', { ...e, url: 'kiosk://app/x' })),
    windowOpen: call(contents.windowOpenHandler, { url: 'kiosk://app/' }),
    f12: prevented((e) => contents.emit('before-input-event', e, key)),
    closeWindow: prevented((e) => window.emit('close', e)),
    camera: await new Promise((resolve) =>
      call(target.permissionRequestHandler, contents, 'media', resolve, { requestingUrl: 'kiosk://app/' }),
    ),
    network: await new Promise((resolve) =>
      call(target.beforeRequestListener, { url: 'https://example.org/' }, resolve),
    ),
    usbDevice: call(target.devicePermissionHandler, { deviceType: 'usb', origin: 'kiosk://app' }),
    screenCapture: await new Promise((resolve) =>
      call(target.displayMediaRequestHandler, { securityOrigin: 'kiosk://app/' }, resolve),
    ),
  };
}
