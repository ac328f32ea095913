import type { KeyboardKey } from './keyboard-layout';

/** What pressing a key does to the search text: the new text, and whether to search now. */
export interface KeyResult {
  value: string;
  submit: boolean;
}

/** Long enough for any motif or place name, short enough that a leaning arm cannot fill memory. */
export const DEFAULT_MAX_LENGTH = 60;

/**
 * The keyboard's whole behaviour as a pure function. Text is only ever appended at the end: a
 * search box on a kiosk has no caret to move, and backspace or clear fix mistakes. A space never
 * starts the text or follows another space, so stray taps do not change what is searched.
 * Backspace removes one whole character even outside the Basic Multilingual Plane.
 */
export function applyKey(value: string, key: KeyboardKey, maxLength = DEFAULT_MAX_LENGTH): KeyResult {
  switch (key.kind) {
    case 'char':
      return { value: append(value, key.char, maxLength), submit: false };
    case 'space':
      if (value === '' || value.endsWith(' ')) return { value, submit: false };
      return { value: append(value, ' ', maxLength), submit: false };
    case 'backspace':
      return { value: Array.from(value).slice(0, -1).join(''), submit: false };
    case 'clear':
      return { value: '', submit: false };
    case 'submit':
      return { value: value.trim(), submit: true };
  }
}

function append(value: string, char: string, maxLength: number): string {
  return Array.from(value).length >= maxLength ? value : value + char;
}
