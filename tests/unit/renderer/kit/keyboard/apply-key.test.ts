import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyKey, DEFAULT_MAX_LENGTH } from '../../../../../renderer/kit/keyboard/apply-key';
import { INDONESIAN_LAYOUT, keyId, namedKey } from '../../../../../renderer/kit/keyboard/keyboard-layout';
import type { KeyboardKey } from '../../../../../renderer/kit/keyboard/keyboard-layout';

const char = (c: string): KeyboardKey => ({ kind: 'char', char: c });
const type = (keys: KeyboardKey[], start = '') =>
  keys.reduce((value, key) => applyKey(value, key).value, start);

describe('applyKey', () => {
  it('appends letters, digits, hyphen and apostrophe', () => {
    expect(type([char('k'), char('u'), char('-'), char('2'), char("'")])).toBe("ku-2'");
  });

  it('never starts with a space nor doubles one', () => {
    const space: KeyboardKey = { kind: 'space' };
    expect(applyKey('', space).value).toBe('');
    expect(type([char('a'), space, space, char('b')])).toBe('a b');
  });

  it('backspace removes one character, including one outside the BMP, and is harmless on empty', () => {
    const backspace: KeyboardKey = { kind: 'backspace' };
    expect(applyKey('parang', backspace).value).toBe('paran');
    expect(applyKey('a😀', backspace).value).toBe('a');
    expect(applyKey('', backspace).value).toBe('');
  });

  it('clear empties the text', () => {
    expect(applyKey('kawung', { kind: 'clear' })).toEqual({ value: '', submit: false });
  });

  it('submit asks for a search with the text trimmed; other keys do not', () => {
    expect(applyKey('mega mendung ', { kind: 'submit' })).toEqual({ value: 'mega mendung', submit: true });
    expect(applyKey('x', char('y')).submit).toBe(false);
  });

  it('stops at the maximum length', () => {
    const full = 'a'.repeat(DEFAULT_MAX_LENGTH);
    expect(applyKey(full, char('b')).value).toBe(full);
    expect(applyKey(full, { kind: 'space' }).value).toBe(full);
    expect(applyKey('abc', char('d'), 3).value).toBe('abc');
  });

  it('never exceeds the maximum and never holds a double space, whatever is pressed', () => {
    const keys = INDONESIAN_LAYOUT.flat();
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...keys), { maxLength: 120 }),
        fc.integer({ min: 1, max: 40 }),
        (pressed, max) => {
          let value = '';
          for (const key of pressed) {
            value = applyKey(value, key, max).value;
            expect(Array.from(value).length).toBeLessThanOrEqual(max);
            expect(value).not.toMatch(/^ | {2}/);
          }
        },
      ),
    );
  });
});

describe('INDONESIAN_LAYOUT', () => {
  const keys = INDONESIAN_LAYOUT.flat();
  const chars = keys.flatMap((k) => (k.kind === 'char' ? [k.char] : []));

  it('has every Latin letter and digit once, plus hyphen and apostrophe', () => {
    expect([...chars].sort().join('')).toBe([..."'-0123456789abcdefghijklmnopqrstuvwxyz"].sort().join(''));
  });

  it('has space, backspace, clear and submit, and unique key ids', () => {
    const kinds = keys.map((k) => k.kind);
    for (const kind of ['space', 'backspace', 'clear', 'submit'] as const) expect(kinds).toContain(kind);
    expect(new Set(keys.map(keyId)).size).toBe(keys.length);
  });

  it('names every key whose face is not a letter or digit', () => {
    for (const key of keys) {
      const printable = key.kind === 'char' && /^[a-z0-9]$/.test(key.char);
      expect(namedKey(key) === undefined).toBe(printable);
    }
  });
});
