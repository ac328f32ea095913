import { useEffect, useState } from 'react';
import type { CollectionProgressEvent } from '../../../electron/shared/kiosk-api';
import { currentHost } from '../../host';

/**
 * How long a build's last report stays on screen. Reports come with every image (seconds apart
 * even for large photographs); silence this long means the build ended without going live (it
 * failed, or the host stopped), and the page falls back to its "not available yet" screen.
 */
export const BUILD_PROGRESS_STALE_MS = 30_000;

/** The host's latest collection-build report while builds report, else null. */
export function useBuildProgress(): CollectionProgressEvent | null {
  const [progress, setProgress] = useState<CollectionProgressEvent | null>(null);
  useEffect(() => currentHost().onCollectionProgress(setProgress), []);
  useEffect(() => {
    if (!progress) return undefined;
    const timer = setTimeout(() => setProgress(null), BUILD_PROGRESS_STALE_MS);
    return () => clearTimeout(timer);
  }, [progress]);
  return progress;
}
