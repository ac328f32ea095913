import { useCallback, useEffect, useRef } from 'react';
import { insightsRecorder } from '../../insights/recorder';

/**
 * How deep a visitor zoomed into one view of a piece, for the visitor insights: the viewer reports
 * every frame of a pinch (`onZoom`, cheap: one comparison), and the deepest factor is recorded
 * once, when the visitor leaves that view (another view, another piece, or the screen) or the visit
 * ends on it. A viewer that never opened records nothing.
 */
export function useZoomDepth(pieceId: string, mediaId: string): { onZoom: (factor: number) => void } {
  const deepest = useRef(0);
  useEffect(() => {
    deepest.current = 0;
    const recorder = insightsRecorder();
    const recordDepth = () => {
      if (deepest.current > 0) {
        recorder.record({ kind: 'zoom', pieceId, depth: Math.round(deepest.current * 100) / 100 });
      }
      deepest.current = 0;
    };
    // A visit that ends here (the idle reset) records the depth before it ends, not after.
    const unregister = recorder.beforeEnd(recordDepth);
    return () => {
      unregister();
      recordDepth();
    };
  }, [pieceId, mediaId]);
  const onZoom = useCallback((factor: number) => {
    if (factor > deepest.current) deepest.current = factor;
  }, []);
  return { onZoom };
}
