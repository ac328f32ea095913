import type { ComponentProps } from 'react';
import { usePressed } from './use-pressed';
import './touch-button.css';

export type TouchButtonVariant = 'primary' | 'secondary' | 'quiet';

/** Every `<button>` prop, `ref` included (React 19 passes it as a prop). */
export interface TouchButtonProps extends ComponentProps<'button'> {
  /** Visual weight; `primary` for the one main action of a screen. Default `secondary`. */
  variant?: TouchButtonVariant;
  /** `large` for the few buttons a first-time visitor must find at once (e.g. "continue"). */
  size?: 'normal' | 'large';
}

/**
 * A button for fingers: at least 48x48 px (64 px when large), pressed state shown on pointerdown,
 * a visible focus ring for keyboard and switch users, no tap delay. Acts on `click` like any button;
 * its own pointer handlers run before any the caller passes.
 */
export function TouchButton({
  variant = 'secondary',
  size = 'normal',
  className,
  type = 'button',
  onPointerDown,
  onPointerUp,
  onPointerCancel,
  onPointerLeave,
  ...rest
}: TouchButtonProps) {
  const { pressed, handlers } = usePressed();
  return (
    <button
      type={type}
      className={['kit-touch-button', className].filter(Boolean).join(' ')}
      data-variant={variant}
      data-size={size}
      data-pressed={pressed || undefined}
      onPointerDown={(event) => {
        handlers.onPointerDown(event);
        onPointerDown?.(event);
      }}
      onPointerUp={(event) => {
        handlers.onPointerUp();
        onPointerUp?.(event);
      }}
      onPointerCancel={(event) => {
        handlers.onPointerCancel();
        onPointerCancel?.(event);
      }}
      onPointerLeave={(event) => {
        handlers.onPointerLeave();
        onPointerLeave?.(event);
      }}
      {...rest}
    />
  );
}
