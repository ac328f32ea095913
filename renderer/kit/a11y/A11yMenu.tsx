import { TouchButton } from '../touch/TouchButton';
import { A11Y_MODES } from './a11y-modes';
import type { A11yMode, A11yModes } from './a11y-modes';
import './a11y-modes.css';

export type A11yMenuLabels = Record<A11yMode, string> & {
  /** Names the group, e.g. "Aksesibilitas". */
  menu: string;
};

export const DEFAULT_A11Y_MENU_LABELS: A11yMenuLabels = {
  menu: 'Aksesibilitas',
  largeText: 'Teks besar',
  highContrast: 'Kontras tinggi',
  lowered: 'Tombol lebih rendah',
};

export interface A11yMenuProps {
  modes: A11yModes;
  onToggle: (mode: A11yMode) => void;
  labels?: Partial<A11yMenuLabels>;
}

/** Three toggle buttons, one per mode; `aria-pressed` tells whether each is on. */
export function A11yMenu({ modes, onToggle, labels }: A11yMenuProps) {
  const text = { ...DEFAULT_A11Y_MENU_LABELS, ...labels };
  return (
    <div className="kit-a11y-menu" role="group" aria-label={text.menu}>
      {A11Y_MODES.map((mode) => (
        <TouchButton
          key={mode}
          className="kit-a11y-menu__toggle"
          data-mode={mode}
          aria-pressed={modes[mode]}
          onClick={() => onToggle(mode)}
        >
          {text[mode]}
        </TouchButton>
      ))}
    </div>
  );
}
