// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ScrollCue } from '../../../../renderer/ui/ScrollCue';
import { inLanguage } from '../../support/i18n-wrapper';

afterEach(cleanup);

function Panel() {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref} data-testid="panel">
      <p>Text</p>
      <ScrollCue target={ref} />
    </div>
  );
}

/** happy-dom lays nothing out: the panel's measures are set by hand, then it scrolls. */
function scrollTo(panel: HTMLElement, top: number) {
  for (const [name, value] of Object.entries({ scrollTop: top, clientHeight: 500, scrollHeight: 1_200 }))
    Object.defineProperty(panel, name, { configurable: true, value });
  act(() => {
    panel.dispatchEvent(new Event('scroll'));
  });
}

describe('ScrollCue', () => {
  it("writes its own note in the visitor's language, hidden from screen readers", () => {
    render(<Panel />, inLanguage('en'));
    const cue = document.querySelector('.scroll-cue')!;
    expect(cue.textContent).toBe('More below');
    expect(cue.getAttribute('aria-hidden')).toBe('true');
    cleanup();
    render(<Panel />, inLanguage('id'));
    expect(document.querySelector('.scroll-cue')!.textContent).toBe('Masih ada lanjutannya di bawah');
  });

  it('shows while there is more below and goes at the end of the panel', () => {
    const { getByTestId } = render(<Panel />, inLanguage('en'));
    const panel = getByTestId('panel');
    const cue = () => panel.querySelector('.scroll-cue')!.getAttribute('data-more');
    expect(cue()).toBeNull();
    scrollTo(panel, 0);
    expect(cue()).toBe('true');
    scrollTo(panel, 700);
    expect(cue()).toBeNull();
  });
});
