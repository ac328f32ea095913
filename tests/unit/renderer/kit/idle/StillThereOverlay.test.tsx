// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  StillThereOverlay,
  type StillThereOverlayProps,
} from '../../../../../renderer/kit/idle/StillThereOverlay';

afterEach(cleanup);

function renderOverlay(props: Partial<StillThereOverlayProps> = {}) {
  const onContinue = vi.fn();
  const onStartAgain = vi.fn();
  const view = render(
    <>
      <button type="button">Lihat kain</button>
      <StillThereOverlay
        open
        remainingSec={30}
        onContinue={onContinue}
        onStartAgain={onStartAgain}
        {...props}
      />
    </>,
  );
  return { ...view, onContinue, onStartAgain };
}

const dialog = () => screen.getByRole('dialog', { name: 'Masih di sana?' });

describe('StillThereOverlay', () => {
  it('shows nothing while closed', () => {
    renderOverlay({ open: false });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('timer')).toBeNull();
  });

  it('asks "still there?" as a modal dialog that explains what happens at zero', () => {
    renderOverlay();
    expect(dialog().getAttribute('aria-modal')).toBe('true');
    expect(screen.getByText('Jika tidak ada sentuhan, layar akan kembali ke awal.').id).toBe(
      dialog().getAttribute('aria-describedby'),
    );
  });

  it('shows the seconds left as digits and names them for screen readers', () => {
    renderOverlay({ remainingSec: 12 });
    const timer = screen.getByRole('timer', { name: '12 detik' });
    expect(timer.textContent).toBe('12');
  });

  it('"continue" and "start again" each call their own callback', async () => {
    const user = userEvent.setup();
    const { onContinue, onStartAgain } = renderOverlay();
    await user.click(screen.getByRole('button', { name: 'Lanjutkan' }));
    expect(onContinue).toHaveBeenCalledOnce();
    expect(onStartAgain).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Mulai lagi' }));
    expect(onStartAgain).toHaveBeenCalledOnce();
    expect(onContinue).toHaveBeenCalledOnce();
  });

  it('puts focus on "continue", the likely answer, and Escape continues', async () => {
    const user = userEvent.setup();
    const { onContinue, onStartAgain } = renderOverlay();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Lanjutkan' }));
    await user.keyboard('{Escape}');
    expect(onContinue).toHaveBeenCalledOnce();
    expect(onStartAgain).not.toHaveBeenCalled();
  });

  it('keeps Tab inside the dialog, both ways', async () => {
    const user = userEvent.setup();
    renderOverlay();
    const [continueButton, startAgain] = [
      screen.getByRole('button', { name: 'Lanjutkan' }),
      screen.getByRole('button', { name: 'Mulai lagi' }),
    ];
    await user.tab();
    expect(document.activeElement).toBe(startAgain);
    await user.tab();
    expect(document.activeElement).toBe(continueButton);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(startAgain);
  });

  it('gives focus back to where it was when it closes', () => {
    const { rerender, onContinue, onStartAgain } = renderOverlay({ open: false });
    const behind = screen.getByRole('button', { name: 'Lihat kain' });
    behind.focus();
    const overlay = (open: boolean) => (
      <>
        <button type="button">Lihat kain</button>
        <StillThereOverlay
          open={open}
          remainingSec={30}
          onContinue={onContinue}
          onStartAgain={onStartAgain}
        />
      </>
    );
    rerender(overlay(true));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Lanjutkan' }));
    rerender(overlay(false));
    expect(document.activeElement).toBe(behind);
  });

  it('takes translated labels, the spoken countdown included', () => {
    renderOverlay({
      remainingSec: 1,
      labels: {
        title: 'Still there?',
        message: 'If nobody touches the screen, it will go back to the start.',
        continue: 'Continue',
        startAgain: 'Start again',
        seconds: (count) => (count === 1 ? '1 second' : `${count} seconds`),
      },
    });
    expect(screen.getByRole('dialog', { name: 'Still there?' })).toBeTruthy();
    expect(screen.getByText('If nobody touches the screen, it will go back to the start.')).toBeTruthy();
    expect(screen.getByRole('timer', { name: '1 second' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start again' })).toBeTruthy();
  });

  it('writes the countdown in the digits of the given locale', () => {
    renderOverlay({ remainingSec: 25, locale: 'ar-EG' });
    expect(screen.getByRole('timer').textContent).toBe('٢٥');
  });
});
