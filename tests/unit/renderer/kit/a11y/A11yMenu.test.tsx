// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { A11yMenu } from '../../../../../renderer/kit/a11y/A11yMenu';
import { DEFAULT_A11Y_MODES } from '../../../../../renderer/kit/a11y/a11y-modes';

afterEach(cleanup);

const pressed = (name: string) => screen.getByRole('button', { name }).getAttribute('aria-pressed');

describe('A11yMenu', () => {
  it('is a named group of three toggles, all off by default', () => {
    render(<A11yMenu modes={DEFAULT_A11Y_MODES} onToggle={() => {}} />);
    const group = screen.getByRole('group', { name: 'Aksesibilitas' });
    expect(group.querySelectorAll('button')).toHaveLength(3);
    for (const name of ['Teks besar', 'Kontras tinggi', 'Tombol lebih rendah'])
      expect(pressed(name)).toBe('false');
  });

  it('shows each mode that is on as pressed', () => {
    render(<A11yMenu modes={{ largeText: false, highContrast: true, lowered: true }} onToggle={() => {}} />);
    expect(pressed('Teks besar')).toBe('false');
    expect(pressed('Kontras tinggi')).toBe('true');
    expect(pressed('Tombol lebih rendah')).toBe('true');
  });

  it('asks the host to toggle the mode whose button was tapped', async () => {
    const user = userEvent.setup();
    const onToggle = vi.fn();
    render(<A11yMenu modes={DEFAULT_A11Y_MODES} onToggle={onToggle} />);
    await user.click(screen.getByRole('button', { name: 'Kontras tinggi' }));
    await user.click(screen.getByRole('button', { name: 'Tombol lebih rendah' }));
    await user.click(screen.getByRole('button', { name: 'Teks besar' }));
    expect(onToggle.mock.calls).toEqual([['highContrast'], ['lowered'], ['largeText']]);
  });

  it('takes translated labels, keeping the default for any it is not given', () => {
    render(
      <A11yMenu
        modes={DEFAULT_A11Y_MODES}
        onToggle={() => {}}
        labels={{ menu: 'Accessibility', largeText: 'Larger text', highContrast: 'High contrast' }}
      />,
    );
    expect(screen.getByRole('group', { name: 'Accessibility' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Larger text' }).textContent).toBe('Larger text');
    expect(screen.getByRole('button', { name: 'High contrast' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Tombol lebih rendah' })).toBeTruthy();
  });
});
