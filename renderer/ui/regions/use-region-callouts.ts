import { useCallback, useMemo, useState } from 'react';
import type { MediaRecord } from '../../../electron/shared/collection-records';
import { useContentTextInfo } from '../../i18n/content-text';
import { insightsRecorder } from '../../insights/recorder';
import type { ZoomMark } from '../../kit';
import { calloutMarks, regionCallouts, type RegionCallout } from './region-callouts';

export interface RegionCalloutsState {
  /** The image's callouts, in order; empty when it names no place. */
  callouts: RegionCallout[];
  /** The same as the zoom viewer's marks. */
  marks: ZoomMark[];
  /** The key of the callout the viewer is zoomed to, if any. */
  selected?: string;
  /** Selects a callout (recorded in the visitor insights), or clears the selection (undefined). */
  select: (key: string | undefined) => void;
}

/**
 * The callouts of the image on screen and the one the visitor picked. The pick belongs to that
 * image: another view of the cloth starts with none, and leaving the screen (the idle reset takes
 * the page to the attract screen) forgets it with the screen's state.
 */
export function useRegionCallouts(media: MediaRecord | undefined): RegionCalloutsState {
  const textInfo = useContentTextInfo();
  const callouts = useMemo(() => regionCallouts(media?.regions, textInfo), [media?.regions, textInfo]);
  const aspect = media && media.width > 0 ? media.height / media.width : 1;
  const marks = useMemo(() => calloutMarks(callouts, aspect), [callouts, aspect]);
  const [pick, setPick] = useState<{ media: string; key: string } | null>(null);
  const mediaId = media?.id;
  // Another view of the cloth forgets the pick, so coming back to the first view starts whole too.
  if (pick && pick.media !== mediaId) setPick(null);
  const selected =
    pick && pick.media === mediaId && callouts.some((c) => c.key === pick.key) ? pick.key : undefined;
  const select = useCallback(
    (key: string | undefined) => {
      if (key === undefined || mediaId === undefined) {
        setPick(null);
        return;
      }
      setPick({ media: mediaId, key });
      // A switch of what the viewer shows, like a view or a sort order: kept in the raw visits only.
      insightsRecorder().record({ kind: 'view', view: `region:${key}` });
    },
    [mediaId],
  );
  return { callouts, marks, selected, select };
}
