import type { PointerEvent, ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import {
  PressableButton,
  type PressableButtonProps,
} from '../../../../../renderer/kit/touch/PressableButton';
import { TouchButton } from '../../../../../renderer/kit/touch/TouchButton';

/** Renders the button once on the server and hands back the element it returned, handlers and all. */
function rendered(props: PressableButtonProps): ReactElement<PressableButtonProps> {
  let element: ReactElement<PressableButtonProps> | undefined;
  function Probe() {
    element = PressableButton(props) as ReactElement<PressableButtonProps>;
    return element;
  }
  renderToStaticMarkup(<Probe />);
  return element!;
}

describe('PressableButton', () => {
  it('is a plain button that is not pressed until touched, with the kit class before the caller’s', () => {
    const html = renderToStaticMarkup(<PressableButton className="colour-tile">Indigo</PressableButton>);
    expect(html).toBe('<button type="button" class="kit-pressable colour-tile">Indigo</button>');
  });

  it('keeps the caller’s type and other props', () => {
    const html = renderToStaticMarkup(<PressableButton type="submit" aria-pressed="true" disabled />);
    expect(html).toBe(
      '<button type="submit" class="kit-pressable" aria-pressed="true" disabled=""></button>',
    );
  });

  it('still calls the caller’s pointer handlers, which its own pressed handling wraps', () => {
    const down = vi.fn();
    const up = vi.fn();
    const cancel = vi.fn();
    const leave = vi.fn();
    const button = rendered({
      onPointerDown: down,
      onPointerUp: up,
      onPointerCancel: cancel,
      onPointerLeave: leave,
    });
    const event = { button: 0 } as PointerEvent<HTMLButtonElement>;
    button.props.onPointerDown!(event);
    button.props.onPointerUp!(event);
    button.props.onPointerCancel!(event);
    button.props.onPointerLeave!(event);
    expect(down).toHaveBeenCalledWith(event);
    expect(up).toHaveBeenCalledWith(event);
    expect(cancel).toHaveBeenCalledWith(event);
    expect(leave).toHaveBeenCalledWith(event);
  });

  it('is what TouchButton is built on', () => {
    const html = renderToStaticMarkup(<TouchButton variant="primary">Go</TouchButton>);
    expect(html).toBe(
      '<button type="button" class="kit-pressable kit-touch-button" data-variant="primary" data-size="normal">Go</button>',
    );
  });
});
