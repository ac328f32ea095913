// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NothingFound } from '../../../../../renderer/features/browse/NothingFound';
import { inLanguage } from '../../../support/i18n-wrapper';

afterEach(cleanup);

describe('NothingFound', () => {
  it('says plainly that nothing matches and how to get pieces back', () => {
    render(<NothingFound onRemoveLast={() => {}} onClearAll={() => {}} />, inLanguage('en'));
    expect(screen.getByRole('heading', { level: 2, name: 'No piece matches' })).toBeTruthy();
    expect(
      screen.getByText(
        'No piece meets all of these choices at once. Take one choice away to see pieces again.',
      ),
    ).toBeTruthy();
    // Without a filter there is nothing to take away: no buttons then.
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });

  it('offers to remove the last filter, naming it, or all of them', async () => {
    const user = userEvent.setup();
    const onRemoveLast = vi.fn();
    const onClearAll = vi.fn();
    render(
      <NothingFound lastFilter="Cap" onRemoveLast={onRemoveLast} onClearAll={onClearAll} />,
      inLanguage('id'),
    );
    expect(screen.getByRole('heading', { name: 'Tidak ada kain yang cocok' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Hapus saringan terakhir: Cap' }));
    expect(onRemoveLast).toHaveBeenCalledTimes(1);
    expect(onClearAll).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Hapus semua saringan' }));
    expect(onClearAll).toHaveBeenCalledTimes(1);
  });
});
