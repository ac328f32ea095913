// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReadingDialog } from '../../../../renderer/ui/ReadingDialog';
import { inLanguage } from '../../support/i18n-wrapper';

afterEach(cleanup);

function open(language: string, onClose = vi.fn()) {
  render(
    <>
      <button type="button">Before</button>
      <ReadingDialog title="Pesisiran" onClose={onClose}>
        <p>The whole description.</p>
      </ReadingDialog>
    </>,
    inLanguage(language),
  );
  return onClose;
}

describe('ReadingDialog', () => {
  it('is a modal dialog named by its title, with its own close button and "more below" note', () => {
    open('en');
    const dialog = screen.getByRole('dialog', { name: 'Pesisiran' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('The whole description.');
    expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
    expect(dialog.querySelector('.scroll-cue')!.textContent).toBe('More below');
  });

  it('speaks the visitor language: Indonesian and Javanese', () => {
    open('id');
    expect(screen.getByRole('button', { name: 'Tutup' })).toBeTruthy();
    cleanup();
    open('jv');
    expect(document.querySelector('.scroll-cue')!.textContent).toBe('Taksih wonten lajengipun ing ngandhap');
  });

  it('moves focus to the close button, which closes it, as do Escape and a tap beside the box', async () => {
    const user = userEvent.setup();
    const onClose = open('en');
    const close = screen.getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    await user.click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(2);
    await user.click(screen.getByText('The whole description.'));
    expect(onClose).toHaveBeenCalledTimes(2);
    await user.click(document.querySelector('.reading-dialog')!);
    expect(onClose).toHaveBeenCalledTimes(3);
  });
});
