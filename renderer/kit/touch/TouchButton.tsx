import { PressableButton, type PressableButtonProps } from './PressableButton';
import './touch-button.css';

export type TouchButtonVariant = 'primary' | 'secondary' | 'quiet';

/** Every `<button>` prop, `ref` included (React 19 passes it as a prop). */
export interface TouchButtonProps extends PressableButtonProps {
  /** Visual weight; `primary` for the one main action of a screen. Default `secondary`. */
  variant?: TouchButtonVariant;
  /** `large` for the few buttons a first-time visitor must find at once (e.g. "continue"). */
  size?: 'normal' | 'large';
}

/**
 * A button for fingers: at least 48x48 px (64 px when large), pressed state shown on pointerdown
 * (PressableButton), a visible focus ring for keyboard and switch users, no tap delay. Acts on
 * `click` like any button.
 */
export function TouchButton({
  variant = 'secondary',
  size = 'normal',
  className,
  ...rest
}: TouchButtonProps) {
  return (
    <PressableButton
      className={['kit-touch-button', className].filter(Boolean).join(' ')}
      data-variant={variant}
      data-size={size}
      {...rest}
    />
  );
}
