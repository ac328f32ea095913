/**
 * The on-screen keyboard's keys and their Indonesian layout. Indonesian is typed on the plain QWERTY
 * layout with no extra letters; the hyphen writes reduplicated words (`kupu-kupu`) and the
 * apostrophe names such as `Jum'at`, so both sit next to the letters.
 */
export type KeyboardKey =
  | { kind: 'char'; char: string }
  | { kind: 'space' }
  | { kind: 'backspace' }
  | { kind: 'clear' }
  | { kind: 'submit' };

/** Keys that have a name rather than a printed character; the host passes their names translated. */
export type NamedKey = 'space' | 'backspace' | 'clear' | 'submit' | 'hyphen' | 'apostrophe';

const chars = (text: string): KeyboardKey[] => Array.from(text, (char) => ({ kind: 'char', char }));

/** Rows top to bottom: digits, three letter rows (punctuation at their ends), then the action row. */
export const INDONESIAN_LAYOUT: readonly (readonly KeyboardKey[])[] = [
  chars('1234567890'),
  chars('qwertyuiop'),
  [...chars('asdfghjkl'), { kind: 'char', char: "'" }],
  [...chars('zxcvbnm'), { kind: 'char', char: '-' }],
  [{ kind: 'clear' }, { kind: 'space' }, { kind: 'backspace' }, { kind: 'submit' }],
];

/** A stable id for React keys, pressed state and test selectors (`data-key`). */
export function keyId(key: KeyboardKey): string {
  return key.kind === 'char' ? `char:${key.char}` : key.kind;
}

/** Which translated name a key needs for screen readers, or undefined when its character says it. */
export function namedKey(key: KeyboardKey): NamedKey | undefined {
  if (key.kind !== 'char') return key.kind;
  if (key.char === '-') return 'hyphen';
  if (key.char === "'") return 'apostrophe';
  return undefined;
}
