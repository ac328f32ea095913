/**
 * Which keystrokes the kiosk swallows before Chromium sees them. A visitor with a USB keyboard (or a
 * stuck key on a touch panel's on-screen keyboard) must not reload, zoom, print, open devtools or
 * close the window. Plain Node: the Electron adapter passes `before-input-event` input straight in.
 */

/** The fields of Electron's `Input` that the policy reads. */
export interface KeyInput {
  type: string;
  key: string;
  code?: string;
  control: boolean;
  shift: boolean;
  alt: boolean;
  meta: boolean;
}

/** Why a key was blocked (logged), or null when it passes through to the page. */
export type KeyVerdict = string | null;

// Keys that act on the browser rather than the page. F-keys: none is used by the kiosk, and Chromium
// binds several (F5 reload, F11 fullscreen, F12 devtools, F7 caret browsing).
const BROWSER_KEYS = new Set([
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh',
  'BrowserHome',
  'BrowserSearch',
  'BrowserStop',
  'BrowserFavorites',
  'Print',
  'ContextMenu',
]);

const FUNCTION_KEY = /^F([1-9]|1[0-9]|2[0-4])$/;

/**
 * Decides whether a keystroke is blocked. Every Ctrl or Cmd (Meta) chord is blocked: the kiosk is
 * driven by touch and needs none, while Chromium maps many of them to reload (R), close (W, Q), print
 * (P), zoom (=, +, -, 0), devtools (Shift+I/J/C), view source (U) and find (F). AltGr, which Windows
 * reports as Ctrl+Alt, still types its printable character so non-US layouts keep working.
 */
export function blockedKeyReason(input: KeyInput): KeyVerdict {
  const { key } = input;
  if (FUNCTION_KEY.test(key)) return `function key ${key}`;
  if (BROWSER_KEYS.has(key)) return `browser key ${key}`;
  if (input.alt && !input.control && !input.meta) {
    // Alt+F4 closes the window; Alt+arrows and Alt+Home navigate history.
    if (key === 'F4' || key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home') return `Alt+${key}`;
  }
  if (input.control && input.alt && !input.meta && isPrintable(key)) return null;
  if (input.control || input.meta) return `${input.meta ? 'Meta' : 'Ctrl'} chord ${describe(input)}`;
  return null;
}

function isPrintable(key: string): boolean {
  return [...key].length === 1 && !/[a-z0-9=+\-_]/i.test(key);
}

function describe(input: KeyInput): string {
  return [
    input.control && 'Ctrl',
    input.meta && 'Meta',
    input.alt && 'Alt',
    input.shift && 'Shift',
    input.key,
  ]
    .filter(Boolean)
    .join('+');
}
