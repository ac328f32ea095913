import type { ComponentProps } from 'react';
import { usePressed } from '../../kit';

/**
 * A plain-looking `<button>` (chip, thumbnail, card) that still shows it was touched the moment a
 * finger lands: the kit's `usePressed` sets `data-pressed`, which the screen's CSS styles. Used where
 * the kit's pill-shaped TouchButton would not fit the look.
 */
export function PressableButton({ type = 'button', ...rest }: ComponentProps<'button'>) {
  const { pressed, handlers } = usePressed();
  return <button type={type} data-pressed={pressed || undefined} {...handlers} {...rest} />;
}
