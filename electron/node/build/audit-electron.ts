import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { Finding, Severity } from './audit-fuses';
import { auditFuses } from './audit-fuses';

/**
 * `npm run audit:electron`: a focused stand-in for Electronegativity, which can't be used here (its
 * TypeScript 4.2 parser can't read this code base, and it pulls ESLint 7 beside ESLint 9). It parses
 * the main and preload sources with the TypeScript compiler and checks the Electron security checklist
 * items that apply to a local-only kiosk, plus the fuses in electron-builder.yml. Exits 1 on any high finding.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#checklist-security-recommendations
 */

export type { Finding, Severity } from './audit-fuses';

export interface SourceFile {
  path: string;
  text: string;
}

/** webPreferences that must have exactly this literal value wherever they are set. */
const REQUIRED_PREFERENCES: Record<string, boolean> = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  webviewTag: false,
};

/** webPreferences that must never be set to this value. */
const FORBIDDEN_PREFERENCES: Record<string, boolean> = {
  nodeIntegrationInWorker: true,
  nodeIntegrationInSubFrames: true,
  webSecurity: false,
  allowRunningInsecureContent: true,
  experimentalFeatures: true,
  devTools: true,
};

const FORBIDDEN_CALLS: Record<string, [Severity, string]> = {
  openExternal: [
    'high',
    'shell.openExternal can launch any program or URL handler from page-controlled input',
  ],
  executeJavaScript: ['medium', 'executeJavaScript runs strings of code in the page'],
  openDevTools: ['medium', 'devtools must stay closed in a kiosk'],
  eval: ['high', 'eval runs strings of code'],
  setCertificateVerifyProc: ['medium', 'custom certificate checks can weaken TLS'],
};

const FORBIDDEN_SWITCHES = [
  'ignore-certificate-errors',
  'disable-web-security',
  'no-sandbox',
  'remote-debugging-port',
];

const REQUIRED_HOOKS: [string, string][] = [
  ['setPermissionRequestHandler', 'permission requests are granted by default without a request handler'],
  ['setPermissionCheckHandler', 'permission checks are granted by default without a check handler'],
  ['setDevicePermissionHandler', 'a USB/HID/serial device a page once selected stays granted by default'],
  ['setDisplayMediaRequestHandler', 'screen capture requests are not refused'],
  ['setWindowOpenHandler', 'new windows are allowed by default without a window-open handler'],
  ['will-navigate', 'navigation is unrestricted without a will-navigate guard'],
  ['will-attach-webview', 'webview attachment is not refused'],
  ['will-download', 'downloads are not refused'],
  ['before-input-event', 'browser keys are not blocked'],
];

/** Audits the given main/preload sources and the packaging config. */
export function auditElectron(files: readonly SourceFile[], builderYaml: string): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  let preferenceObjects = 0;

  for (const file of files) {
    const source = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true);
    const add = (severity: Severity, rule: string, node: ts.Node, message: string): void => {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      findings.push({ severity, rule, file: file.path, line, message });
    };
    const isPreload = file.path.includes('preload');

    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteralLike(node)) seen.add(node.text);
      if (ts.isPropertyAccessExpression(node) || ts.isIdentifier(node))
        seen.add(node.getText(source).split('.').pop()!);
      if (ts.isObjectLiteralExpression(node)) preferenceObjects += checkPreferences(node, source, add);
      if (ts.isCallExpression(node)) {
        const callee = node.expression.getText(source);
        const name = callee.split('.').pop() ?? '';
        if (Object.hasOwn(FORBIDDEN_CALLS, name)) {
          const [severity, message] = FORBIDDEN_CALLS[name];
          add(severity, name, node, message);
        }
        if (name === 'appendSwitch' && node.arguments[0] && ts.isStringLiteralLike(node.arguments[0])) {
          const flag = node.arguments[0].text;
          if (FORBIDDEN_SWITCHES.includes(flag))
            add('high', 'command-line-switch', node, `--${flag} weakens Chromium's security`);
        }
        if (name === 'exposeInMainWorld') checkExposed(node, source, add);
      }
      if (ts.isNewExpression(node) && node.expression.getText(source) === 'Function') {
        add('high', 'new-function', node, 'new Function runs strings of code');
      }
      if (
        ts.isPropertyAssignment(node) &&
        node.name.getText(source) === 'bypassCSP' &&
        node.initializer.kind === ts.SyntaxKind.TrueKeyword
      ) {
        add('high', 'bypass-csp', node, 'a privileged scheme must not bypass the CSP');
      }
      if (isPreload && ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const spec = node.moduleSpecifier.text;
        if (spec.startsWith('node:') || ['fs', 'child_process', 'path', 'os'].includes(spec)) {
          add('high', 'preload-node-import', node, `a sandboxed preload can't use ${spec}, and must not try`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  const anchor = files[0]?.path ?? '(none)';
  if (preferenceObjects === 0) {
    findings.push({
      severity: 'high',
      rule: 'web-preferences',
      file: anchor,
      line: 1,
      message: 'no webPreferences with contextIsolation/sandbox found',
    });
  }
  for (const [hook, why] of REQUIRED_HOOKS) {
    if (!seen.has(hook))
      findings.push({
        severity: 'high',
        rule: 'missing-hook',
        file: anchor,
        line: 1,
        message: `${hook} never used: ${why}`,
      });
  }
  findings.push(...auditFuses(builderYaml));
  return findings;
}

type Add = (severity: Severity, rule: string, node: ts.Node, message: string) => void;

/** Checks an object literal that looks like webPreferences; returns 1 if it was one. */
function checkPreferences(node: ts.ObjectLiteralExpression, source: ts.SourceFile, add: Add): number {
  const values = new Map<string, ts.Expression>();
  for (const property of node.properties) {
    if (ts.isPropertyAssignment(property)) values.set(property.name.getText(source), property.initializer);
  }
  if (!values.has('contextIsolation') && !values.has('nodeIntegration') && !values.has('sandbox')) return 0;
  const literal = (expression: ts.Expression | undefined): boolean | null =>
    expression?.kind === ts.SyntaxKind.TrueKeyword
      ? true
      : expression?.kind === ts.SyntaxKind.FalseKeyword
        ? false
        : null;
  for (const [key, required] of Object.entries(REQUIRED_PREFERENCES)) {
    if (literal(values.get(key)) !== required)
      add('high', 'web-preferences', node, `${key} must be ${required}`);
  }
  for (const [key, forbidden] of Object.entries(FORBIDDEN_PREFERENCES)) {
    if (literal(values.get(key)) === forbidden)
      add('high', 'web-preferences', node, `${key} must not be ${forbidden}`);
  }
  if (values.has('enableBlinkFeatures'))
    add('medium', 'web-preferences', node, 'enableBlinkFeatures turns on experimental features');
  return 1;
}

/** The bridge must be one object of functions, never `ipcRenderer` itself or a generic send/invoke. */
function checkExposed(node: ts.CallExpression, source: ts.SourceFile, add: Add): void {
  const exposed = node.arguments[1];
  if (!exposed) return;
  const text = exposed.getText(source);
  if (ts.isIdentifier(exposed) && exposed.text === 'ipcRenderer') {
    add('high', 'raw-ipc-bridge', node, 'ipcRenderer exposed to the page');
  }
  if (/\bipcRenderer\s*[,}]/.test(text) || /:\s*ipcRenderer\.(invoke|send|on)\b/.test(text)) {
    add('high', 'raw-ipc-bridge', node, 'raw ipcRenderer methods exposed to the page');
  }
}

function listSources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(dir, name));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  const files = ['electron/main', 'electron/preload']
    .flatMap((dir) => listSources(path.join(root, dir)))
    .map((file) => ({ path: path.relative(root, file), text: readFileSync(file, 'utf8') }));
  const findings = auditElectron(files, readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
  for (const f of findings)
    console.log(`${f.severity.toUpperCase().padEnd(6)} ${f.file}:${f.line} [${f.rule}] ${f.message}`);
  const count = (severity: Severity) => findings.filter((f) => f.severity === severity).length;
  console.log(
    `audit:electron checked ${files.length} files: ${count('high')} high, ${count('medium')} medium, ${count('info')} info`,
  );
  process.exitCode = count('high') > 0 ? 1 : 0;
}
