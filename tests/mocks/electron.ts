/**
 * The `electron` module in unit tests (aliased in vitest.config.ts): importing the real package
 * would try to download the Electron binary. The objects are the shared model in
 * `fake-electron.ts`, with every method a `vi.fn` spy; `resetElectronMock()` gives each test a clean
 * slate.
 */
import { vi } from 'vitest';
import { createFakeElectron, type FakeFrame } from './fake-electron';

export type { FakeFrame };

const fake = createFakeElectron({ spy: (_name, impl) => vi.fn(impl) as unknown as typeof impl });

// Typed as spies, so tests can read `.mock.calls` or swap an implementation.
export const app = vi.mocked(fake.app, true);
export const session = fake.session;
export const protocol = vi.mocked(fake.protocol, true);
export const ipcMain = vi.mocked(fake.ipcMain, true);
export const ipcRenderer = vi.mocked(fake.ipcRenderer, true);
export const contextBridge = vi.mocked(fake.contextBridge, true);
export const Menu = vi.mocked(fake.Menu, true);
export const powerSaveBlocker = vi.mocked(fake.powerSaveBlocker, true);
export const webContents = vi.mocked(fake.webContents, true);
export const BrowserWindow = fake.BrowserWindow;
export const FakeWebContents = fake.FakeWebContents;

/** Puts every fake back to its initial state and clears every spy's calls. */
export function resetElectronMock(): void {
  vi.clearAllMocks();
  fake.reset();
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
