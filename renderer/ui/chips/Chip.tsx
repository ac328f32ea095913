import { TouchButton, type TouchButtonProps } from '../../kit';
import './chips.css';

/** Every `<button>` prop; `aria-pressed` for a chip that toggles a choice. */
export type ChipProps = Omit<TouchButtonProps, 'variant' | 'size'>;

/**
 * A chip: a short choice or shortcut in a row of others - a facet value, an active filter, a
 * search suggestion, a motif family, a piece's motif. A TouchButton (pill shape, pressed look,
 * focus ring, 48 px at least) whose chosen state (`aria-pressed="true"`) is filled indigo.
 */
export function Chip({ className, ...rest }: ChipProps) {
  return <TouchButton className={['chip', className].filter(Boolean).join(' ')} {...rest} />;
}
