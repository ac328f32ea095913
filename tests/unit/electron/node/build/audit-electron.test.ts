import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditElectron, type SourceFile } from '../../../../../electron/node/build/audit-electron';

const root = path.resolve(__dirname, '../../../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const realSources: SourceFile[] = ['electron/main', 'electron/preload'].flatMap((dir) =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ path: `${dir}/${name}`, text: read(`${dir}/${name}`) })),
);
const builderYaml = read('electron-builder.yml');

// A minimal app that passes, so each bad variant below fails for exactly one reason.
const hooks = `
  s.setPermissionRequestHandler(h); s.setPermissionCheckHandler(h); w.setWindowOpenHandler(h);
  s.setDevicePermissionHandler(h); s.setDisplayMediaRequestHandler(h);
  c.on('will-navigate', f); c.on('will-attach-webview', f); s.on('will-download', f); c.on('before-input-event', f);`;
const goodPrefs =
  'const p = { contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false };';
const audit = (text: string, yaml = builderYaml) =>
  auditElectron([{ path: 'electron/main/x.ts', text: `${goodPrefs}\n${hooks}\n${text}` }], yaml).map(
    (f) => f.message,
  );

describe('audit:electron', () => {
  it('finds nothing high in the real main and preload code', () => {
    const findings = auditElectron(realSources, builderYaml);
    expect(findings.filter((f) => f.severity === 'high')).toEqual([]);
  });

  it('passes the minimal good app', () => {
    expect(audit('')).toEqual([]);
  });

  it.each([
    [
      'nodeIntegration on',
      'new BrowserWindow({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: true, webviewTag: false } });',
      /nodeIntegration must be false/,
    ],
    [
      'sandbox off',
      'const q = { contextIsolation: true, sandbox: false, nodeIntegration: false, webviewTag: false };',
      /sandbox must be true/,
    ],
    [
      'devtools forced on',
      'const q = { contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, devTools: true };',
      /devTools must not be true/,
    ],
    [
      'web security off',
      'const q = { contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false, webSecurity: false };',
      /webSecurity/,
    ],
    ['shell.openExternal', 'shell.openExternal(url);', /openExternal/],
    ['eval', 'eval(code);', /eval runs/],
    [
      'a weakening switch',
      "app.commandLine.appendSwitch('ignore-certificate-errors');",
      /ignore-certificate-errors/,
    ],
    [
      'bypassCSP',
      "protocol.registerSchemesAsPrivileged([{ scheme: 'k', privileges: { bypassCSP: true } }]);",
      /bypass the CSP/,
    ],
    ['raw ipcRenderer bridge', "contextBridge.exposeInMainWorld('ipc', ipcRenderer);", /ipcRenderer exposed/],
    [
      'generic invoke bridge',
      "contextBridge.exposeInMainWorld('k', { invoke: ipcRenderer.invoke });",
      /raw ipcRenderer methods/,
    ],
  ])('reports %s', (_name, text, message) => {
    expect(audit(text)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it('reports a missing security hook', () => {
    const findings = auditElectron([{ path: 'electron/main/x.ts', text: goodPrefs }], builderYaml);
    expect(findings.map((f) => f.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/setWindowOpenHandler never used/)]),
    );
  });

  it.each(['setDevicePermissionHandler', 'setDisplayMediaRequestHandler'])(
    'reports a missing %s (device and screen-capture requests left to the defaults)',
    (hook) => {
      const text = `${goodPrefs}\n${hooks.replace(`s.${hook}(h);`, '')}`;
      const findings = auditElectron([{ path: 'electron/main/x.ts', text }], builderYaml);
      expect(findings.map((f) => f.message)).toEqual([
        expect.stringMatching(new RegExp(`^${hook} never used`)),
      ]);
    },
  );

  it('reports a Node import in the preload', () => {
    const findings = auditElectron(
      [{ path: 'electron/preload/index.ts', text: `import fs from 'node:fs';\n${goodPrefs}${hooks}` }],
      builderYaml,
    );
    expect(findings.map((f) => f.rule)).toEqual(['preload-node-import']);
  });

  it('reports a wrong fuse', () => {
    expect(audit('', builderYaml.replace('runAsNode: false', 'runAsNode: true'))).toEqual([
      'electronFuses.runAsNode must be false',
    ]);
  });
});
