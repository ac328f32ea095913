import { describe, expect, it } from 'vitest';
import { blockedKeyReason, type KeyInput } from '../../../../../electron/node/security/input-lock';

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key: k,
  control: false,
  shift: false,
  alt: false,
  meta: false,
  ...mods,
});

describe('blockedKeyReason', () => {
  const blocked: [string, KeyInput][] = [
    ['F5 (reload)', key('F5')],
    ['F11 (fullscreen toggle)', key('F11')],
    ['F12 (devtools)', key('F12')],
    ['F7 (caret browsing)', key('F7')],
    ['Ctrl+R', key('r', { control: true })],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true })],
    ['Ctrl+Shift+C', key('C', { control: true, shift: true })],
    ['Ctrl+W', key('w', { control: true })],
    ['Ctrl+Q', key('q', { control: true })],
    ['Ctrl+P', key('p', { control: true })],
    ['Ctrl+=', key('=', { control: true })],
    ['Ctrl+Plus', key('+', { control: true, shift: true })],
    ['Ctrl+-', key('-', { control: true })],
    ['Ctrl+0', key('0', { control: true })],
    ['Ctrl+U (view source)', key('u', { control: true })],
    ['Cmd+R', key('r', { meta: true })],
    ['Cmd+Q', key('q', { meta: true })],
    ['Cmd+Alt+I', key('i', { meta: true, alt: true })],
    ['Cmd+=', key('=', { meta: true })],
    ['Alt+F4', key('F4', { alt: true })],
    ['Alt+Left (history back)', key('ArrowLeft', { alt: true })],
    ['Alt+Right (history forward)', key('ArrowRight', { alt: true })],
    ['BrowserBack media key', key('BrowserBack')],
    ['BrowserRefresh media key', key('BrowserRefresh')],
    ['Ctrl+Alt+= (not an AltGr character)', key('=', { control: true, alt: true })],
  ];
  it.each(blocked)('blocks %s', (_name, input) => {
    expect(blockedKeyReason(input)).toEqual(expect.any(String));
  });

  const allowed: [string, KeyInput][] = [
    ['a letter', key('a')],
    ['a capital letter', key('A', { shift: true })],
    ['a digit', key('7')],
    ['Enter', key('Enter')],
    ['Backspace', key('Backspace')],
    ['Space', key(' ')],
    ['Tab', key('Tab')],
    ['Escape', key('Escape')],
    ['ArrowLeft', key('ArrowLeft')],
    ['ArrowDown', key('ArrowDown')],
    ['AltGr+Q typing @ on a German layout', key('@', { control: true, alt: true })],
    ['keyUp of a letter', { ...key('b'), type: 'keyUp' }],
  ];
  it.each(allowed)('lets %s through', (_name, input) => {
    expect(blockedKeyReason(input)).toBeNull();
  });
});
