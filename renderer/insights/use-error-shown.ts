import { useEffect } from 'react';
import { insightsRecorder } from './recorder';

/**
 * Records, once per showing, that the visitor was shown an error notice: `what` names which notice
 * (`piece-not-found`, `zoom-failed`...), never the error's text. Pass null while none is shown.
 */
export function useErrorShown(what: string | null): void {
  useEffect(() => {
    if (what) insightsRecorder().record({ kind: 'error', what });
  }, [what]);
}
