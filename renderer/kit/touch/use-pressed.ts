import { useCallback, useState } from 'react';
import type { PointerEvent } from 'react';

/** Pointer handlers that keep `pressed` true from pointerdown until the touch ends or leaves. */
export interface PressedHandlers {
  onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  onPointerUp: () => void;
  onPointerCancel: () => void;
  onPointerLeave: () => void;
}

/**
 * Pressed feedback the moment a finger lands. CSS `:active` alone is not enough on a touchscreen:
 * Chromium may hold it back while it decides whether the touch is a scroll, so a tap can end before
 * any change shows. A data attribute set on pointerdown paints in the next frame.
 */
export function usePressed(): { pressed: boolean; handlers: PressedHandlers } {
  const [pressed, setPressed] = useState(false);
  const onPointerDown = useCallback((event: PointerEvent<HTMLElement>) => {
    if (event.button === 0) setPressed(true);
  }, []);
  const release = useCallback(() => setPressed(false), []);
  return {
    pressed,
    handlers: { onPointerDown, onPointerUp: release, onPointerCancel: release, onPointerLeave: release },
  };
}
