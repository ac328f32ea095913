import { useLayoutEffect, useRef } from 'react';
import { PressableButton } from '../touch/PressableButton';
import { applyKey, DEFAULT_MAX_LENGTH } from './apply-key';
import { INDONESIAN_LAYOUT, keyId, namedKey } from './keyboard-layout';
import type { KeyboardKey, NamedKey } from './keyboard-layout';
import './keyboard.css';

/** Screen-reader names (and the visible words on space, clear and submit) in the visitor's language. */
export type KeyboardLabels = Record<NamedKey, string> & {
  /** Names the whole keyboard, e.g. "Papan ketik". */
  keyboard: string;
};

/** Indonesian, the collection's reference language; the host passes its translated strings. */
export const DEFAULT_KEYBOARD_LABELS: KeyboardLabels = {
  keyboard: 'Papan ketik',
  space: 'Spasi',
  backspace: 'Hapus satu huruf',
  clear: 'Hapus semua',
  submit: 'Cari',
  hyphen: 'Tanda hubung',
  apostrophe: 'Apostrof',
};

export interface OnScreenKeyboardProps {
  value: string;
  onChange: (value: string) => void;
  /** Called with the trimmed text when the search key is pressed. */
  onSubmit?: (value: string) => void;
  labels?: Partial<KeyboardLabels>;
  maxLength?: number;
  layout?: readonly (readonly KeyboardKey[])[];
}

/**
 * The in-app keyboard for search (OS touch keyboards are unreliable in a kiosk shell). Controlled:
 * it never holds the text itself. A key acts on pointerdown, so typing feels immediate and a finger
 * sliding off does not lose the letter; clicks from Enter/Space or assistive technology (which
 * carry `detail === 0` and no pointer event) act too, while the click a tap produces is ignored.
 */
export function OnScreenKeyboard({
  value,
  onChange,
  onSubmit,
  labels,
  maxLength = DEFAULT_MAX_LENGTH,
  layout = INDONESIAN_LAYOUT,
}: OnScreenKeyboardProps) {
  const names = { ...DEFAULT_KEYBOARD_LABELS, ...labels };
  // Two taps may land before the host re-renders with the new value; build on the latest text.
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  }, [value]);

  const press = (key: KeyboardKey) => {
    const result = applyKey(latest.current, key, maxLength);
    if (result.value !== latest.current) {
      latest.current = result.value;
      onChange(result.value);
    }
    if (result.submit) onSubmit?.(result.value);
  };

  return (
    <div className="kit-keyboard" role="group" aria-label={names.keyboard}>
      {layout.map((row, rowIndex) => (
        <div className="kit-keyboard__row" key={rowIndex}>
          {row.map((key) => {
            const id = keyId(key);
            const name = namedKey(key);
            return (
              <PressableButton
                key={id}
                className="kit-keyboard__key"
                data-key={id}
                data-kind={key.kind}
                aria-label={name ? names[name] : key.kind === 'char' ? key.char : undefined}
                onPointerDown={(event) => {
                  if (event.button === 0) press(key);
                }}
                onClick={(event) => {
                  if (event.detail === 0) press(key);
                }}
              >
                <KeyFace keyDef={key} names={names} />
              </PressableButton>
            );
          })}
        </div>
      ))}
    </div>
  );
}

function KeyFace({ keyDef, names }: { keyDef: KeyboardKey; names: KeyboardLabels }) {
  switch (keyDef.kind) {
    case 'char':
      return <span aria-hidden="true">{keyDef.char}</span>;
    case 'backspace':
      return (
        <svg aria-hidden="true" viewBox="0 0 24 24" width="1.4em" height="1.4em" focusable="false">
          <path
            d="M9 5h11a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H9l-6-7 6-7zm3 4 6 6m0-6-6 6"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        </svg>
      );
    default:
      return <span aria-hidden="true">{names[keyDef.kind]}</span>;
  }
}
