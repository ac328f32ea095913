import { useEffect, useRef, type RefObject } from 'react';
import { swipeDirection, type SwipeDirection } from '../../kit';

/**
 * Calls `onSwipe` when one finger swipes across `ref`'s element. Listeners are attached directly
 * (not as JSX props) because the element is a reading area, not a control: the previous/next
 * buttons are the accessible way to move. The element should have `touch-action: pan-y`, so the
 * browser keeps vertical scrolling and hands horizontal moves to us.
 */
export function useSwipe<T extends HTMLElement>(
  ref: RefObject<T | null>,
  onSwipe: (direction: SwipeDirection) => void,
): void {
  // The latest callback, so listeners are attached once per element rather than per render.
  const callback = useRef(onSwipe);
  useEffect(() => {
    callback.current = onSwipe;
  }, [onSwipe]);

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const down = new Map<number, { x: number; y: number }>();
    const start = (event: PointerEvent) => {
      if (event.pointerType === 'mouse') return;
      down.set(event.pointerId, { x: event.clientX, y: event.clientY });
    };
    const end = (event: PointerEvent) => {
      const from = down.get(event.pointerId);
      // A second finger makes it a pinch or a grab, not a swipe.
      const single = down.size === 1;
      down.delete(event.pointerId);
      if (!from || !single) return;
      const direction = swipeDirection(event.clientX - from.x, event.clientY - from.y);
      if (direction) callback.current(direction);
    };
    const cancel = (event: PointerEvent) => down.delete(event.pointerId);
    element.addEventListener('pointerdown', start);
    element.addEventListener('pointerup', end);
    element.addEventListener('pointercancel', cancel);
    return () => {
      element.removeEventListener('pointerdown', start);
      element.removeEventListener('pointerup', end);
      element.removeEventListener('pointercancel', cancel);
    };
  }, [ref]);
}
