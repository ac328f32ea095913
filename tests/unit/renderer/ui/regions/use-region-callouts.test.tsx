// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MediaRecord } from '../../../../../electron/shared/collection-records';
import { record } from '../../../support/recorder-stand-in';
import { testI18n } from '../../../support/render-with-i18n';

vi.mock('../../../../../renderer/insights/recorder', () => import('../../../support/recorder-stand-in'));
// The live collection's fallback order, without a database.
vi.mock('../../../../../renderer/db/hooks', () => ({
  useCollectionInfo: () => ({ fallback: ['id', 'en'] }),
}));
const { useRegionCallouts } = await import('../../../../../renderer/ui/regions/use-region-callouts');

beforeEach(() => record.mockClear());
afterEach(cleanup);

const media = (id: string, regions?: MediaRecord['regions']): MediaRecord => ({
  id,
  view: 'full',
  alt: { id: 'Kain' },
  illustrative: true,
  width: 2000,
  height: 840,
  thumbs: [],
  display: `media/${id}.webp`,
  palette: [],
  regions,
});

const FULL = media('full', [
  {
    kind: 'part',
    key: 'kepala',
    label: { id: 'Kepala', en: 'Head' },
    box: { x: 0.4, y: 0, width: 0.2, height: 1 },
  },
  { kind: 'part', key: 'badan', label: { id: 'Badan' }, box: { x: 0, y: 0, width: 0.4, height: 1 } },
]);
const DETAIL = media('detail', [
  {
    kind: 'element',
    key: 'jlamprang/bintang',
    label: { id: 'Bintang' },
    box: { x: 0.2, y: 0.2, width: 0.5, height: 0.5 },
  },
]);

function hook(start: MediaRecord | undefined, language = 'en') {
  const i18n = testI18n(language);
  return renderHook((props: { media: MediaRecord | undefined }) => useRegionCallouts(props.media), {
    initialProps: { media: start },
    wrapper: ({ children }: { children: ReactNode }) => (
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    ),
  });
}

describe('useRegionCallouts', () => {
  it('offers the callouts and the viewer marks of the image, in the visitor language', () => {
    const { result } = hook(FULL);
    expect(result.current.callouts.map((c) => c.label.text)).toEqual(['Head', 'Badan']);
    expect(result.current.marks.map((m) => [m.id, m.label, m.lang])).toEqual([
      ['kepala', 'Head', undefined],
      ['badan', 'Badan', 'id'],
    ]);
    expect(result.current.selected).toBeUndefined();
  });

  it('selects a place, records it as a view switch in the visitor insights, and clears it', () => {
    const { result } = hook(FULL);
    act(() => result.current.select('kepala'));
    expect(result.current.selected).toBe('kepala');
    expect(record.mock.calls).toEqual([[{ kind: 'view', view: 'region:kepala' }]]);
    act(() => result.current.select(undefined));
    expect(result.current.selected).toBeUndefined();
    expect(record).toHaveBeenCalledOnce();
  });

  it('another view of the cloth starts with none, and so does coming back', () => {
    const { result, rerender } = hook(FULL);
    act(() => result.current.select('kepala'));
    rerender({ media: DETAIL });
    expect(result.current.selected).toBeUndefined();
    expect(result.current.callouts.map((c) => c.key)).toEqual(['jlamprang/bintang']);
    rerender({ media: FULL });
    expect(result.current.selected).toBeUndefined();
  });

  it('an image without regions, or none at all, has no callouts', () => {
    expect(hook(media('plain')).result.current.callouts).toEqual([]);
    expect(hook(undefined).result.current.marks).toEqual([]);
  });
});
