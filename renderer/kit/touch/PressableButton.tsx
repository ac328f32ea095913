import type { ComponentProps } from 'react';
import { usePressed } from './use-pressed';
import './pressable.css';

/** Every `<button>` prop, `ref` included (React 19 passes it as a prop). */
export type PressableButtonProps = ComponentProps<'button'>;

/**
 * The kit's one pressed mechanism: a `<button>` that shows it was touched the moment a finger
 * lands. `usePressed` sets `data-pressed` from pointerdown until the touch ends or leaves (CSS
 * `:active` may be held back on a touchscreen, see use-pressed.ts). Unstyled apart from a default
 * pressed look (pressable.css) that a part's own `[data-pressed]` rule replaces; TouchButton, the
 * keyboard's keys and the app's cards and chips are all built on it. Its own pointer handlers run
 * before any the caller passes.
 */
export function PressableButton({
  className,
  type = 'button',
  onPointerDown,
  onPointerUp,
  onPointerCancel,
  onPointerLeave,
  ...rest
}: PressableButtonProps) {
  const { pressed, handlers } = usePressed();
  return (
    <button
      type={type}
      className={['kit-pressable', className].filter(Boolean).join(' ')}
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
