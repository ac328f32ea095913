// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchStatus, type SearchStatusProps } from '../../../../../renderer/features/search/SearchStatus';
import { inLanguage } from '../../../support/i18n-wrapper';

afterEach(cleanup);

const status = (props: Partial<SearchStatusProps>, language = 'en') => {
  render(
    <SearchStatus index="complete" phase="empty" query="" motifs={0} pieces={0} {...props} />,
    inLanguage(language),
  );
  const text = screen.getByRole('status').textContent;
  cleanup();
  return text;
};

describe('SearchStatus', () => {
  it('says why there are no results yet: the index is loading, missing, or nothing is typed', () => {
    expect(status({ index: 'loading', phase: 'results' })).toBe('Getting the search ready…');
    expect(status({ index: 'missing', phase: 'results' })).toBe(
      'Search is not ready yet. Please browse the collection or the motif list.',
    );
    expect(status({ phase: 'empty' })).toBe(
      'Type on the keyboard on the screen; results appear as you type.',
    );
    expect(status({ index: 'names', phase: 'short' })).toBe('Type one more letter.');
  });

  it('quotes what the results answer when nothing matched', () => {
    expect(status({ phase: 'none', query: 'kawungx ' })).toBe('Nothing matches “kawungx”.');
    expect(status({ phase: 'none', query: 'kawungx' }, 'id')).toBe('Tidak ada yang cocok dengan “kawungx”.');
  });

  it("counts what matched in the visitor's digits", () => {
    expect(status({ phase: 'results', motifs: 3, pieces: 1234 })).toBe('Found 3 motifs and 1,234 cloths.');
    expect(status({ phase: 'results', motifs: 3, pieces: 1234 }, 'id')).toBe(
      'Ditemukan 3 motif dan 1.234 kain.',
    );
  });
});
