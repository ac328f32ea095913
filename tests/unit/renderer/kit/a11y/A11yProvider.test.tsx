// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { A11yMenu } from '../../../../../renderer/kit/a11y/A11yMenu';
import { A11yProvider, useA11yModes } from '../../../../../renderer/kit/a11y/A11yProvider';

/** The host's wiring: the menu reads and toggles the provider's modes; the idle reset turns them off. */
function MenuWithReset() {
  const { modes, toggle, resetA11y } = useA11yModes();
  return (
    <>
      <A11yMenu modes={modes} onToggle={toggle} />
      <button type="button" onClick={resetA11y}>
        Mulai lagi
      </button>
    </>
  );
}

const ATTRIBUTES = ['data-large-text', 'data-high-contrast', 'data-lowered'];
const root = document.documentElement;
const modeAttributes = (element: Element) =>
  Object.fromEntries(
    ATTRIBUTES.filter((name) => element.hasAttribute(name)).map((name) => [name, element.getAttribute(name)]),
  );
const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

afterEach(() => {
  cleanup();
  for (const name of ATTRIBUTES) root.removeAttribute(name);
});

describe('A11yProvider with A11yMenu', () => {
  it('starts with every mode off and no mode attribute on the page', () => {
    render(
      <A11yProvider>
        <MenuWithReset />
      </A11yProvider>,
    );
    expect(modeAttributes(root)).toEqual({});
    expect(pressed('Teks besar')).toBe('false');
  });

  it('tapping a mode turns it on for the whole page and shows its button pressed; tapping again turns it off', async () => {
    const user = userEvent.setup();
    render(
      <A11yProvider>
        <MenuWithReset />
      </A11yProvider>,
    );
    const cases = [
      ['Teks besar', 'data-large-text'],
      ['Kontras tinggi', 'data-high-contrast'],
      ['Tombol lebih rendah', 'data-lowered'],
    ] as const;
    for (const [name, attribute] of cases) {
      await user.click(screen.getByRole('button', { name }));
      expect(pressed(name)).toBe('true');
      expect(modeAttributes(root)).toEqual({ [attribute]: 'true' });
      await user.click(screen.getByRole('button', { name }));
      expect(pressed(name)).toBe('false');
      expect(modeAttributes(root)).toEqual({});
    }
  });

  it('keeps several modes on at once', async () => {
    const user = userEvent.setup();
    render(
      <A11yProvider>
        <MenuWithReset />
      </A11yProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Teks besar' }));
    await user.click(screen.getByRole('button', { name: 'Tombol lebih rendah' }));
    expect(modeAttributes(root)).toEqual({ 'data-large-text': 'true', 'data-lowered': 'true' });
    expect(pressed('Kontras tinggi')).toBe('false');
  });

  it('the idle reset turns every mode off for the next visitor', async () => {
    const user = userEvent.setup();
    render(
      <A11yProvider>
        <MenuWithReset />
      </A11yProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Teks besar' }));
    await user.click(screen.getByRole('button', { name: 'Kontras tinggi' }));
    await user.click(screen.getByRole('button', { name: 'Mulai lagi' }));
    expect(modeAttributes(root)).toEqual({});
    expect(pressed('Teks besar')).toBe('false');
    expect(pressed('Kontras tinggi')).toBe('false');
  });

  it('puts the attributes on the target it is given instead of the page root', async () => {
    const user = userEvent.setup();
    const target = document.createElement('section');
    render(
      <A11yProvider target={target}>
        <MenuWithReset />
      </A11yProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Kontras tinggi' }));
    expect(modeAttributes(target)).toEqual({ 'data-high-contrast': 'true' });
    expect(modeAttributes(root)).toEqual({});
  });

  it('takes its attributes away when it unmounts', async () => {
    const user = userEvent.setup();
    const { unmount } = render(
      <A11yProvider>
        <MenuWithReset />
      </A11yProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Teks besar' }));
    unmount();
    expect(modeAttributes(root)).toEqual({});
  });
});
