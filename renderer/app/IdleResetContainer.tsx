import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { StillThereOverlay, useA11yModes, useIdleReset } from '../kit';
import { pageIsZoomed, unzoomedReloadUrl } from './page-zoom';
import { forgetHistory, navigate, routeHash } from '../navigation/router';
import { useIdleTimings } from './use-idle-timings';
import { insightsRecorder } from '../insights/recorder';
import { resetVisit } from '../navigation/visit-state';
import { useStillThereLabels } from '../ui/still-there-labels';

export interface IdleResetContainerProps {
  /** False on the attract screen (nothing to reset) and while no collection is live. */
  enabled: boolean;
  /** The language the next visitor starts in (the kiosk config's, else the collection's default). */
  defaultLanguage: string;
}

/**
 * The walk-away reset: after the idle time the "still there?" question counts down; at zero (or on
 * "start again") the visit state, the accessibility modes, the language and Back's history are
 * cleared and the attract screen returns. Leaving the visitor's screen unmounts it, which closes any
 * zoom viewer it held. A page still magnified by pinch (which the kiosk prevents, but a browser may
 * force) is loaded afresh on the attract screen instead, so the next visitor meets it at scale 1.
 */
export function IdleResetContainer({ enabled, defaultLanguage }: IdleResetContainerProps) {
  const { i18n } = useTranslation();
  const labels = useStillThereLabels();
  const { resetA11y } = useA11yModes();
  const { idleMs, countdownSec } = useIdleTimings();

  const onReset = useCallback(() => {
    // A no-op after "start again", which has ended the visit already with its own reason.
    insightsRecorder().end('idle');
    resetVisit();
    resetA11y();
    forgetHistory();
    if (i18n.language !== defaultLanguage) void i18n.changeLanguage(defaultLanguage);
    if (pageIsZoomed(window.visualViewport)) {
      window.location.replace(unzoomedReloadUrl(window.location.href, routeHash({ name: 'attract' })));
      return;
    }
    navigate({ name: 'attract' }, { replace: true });
  }, [resetA11y, i18n, defaultLanguage]);

  const idle = useIdleReset({ idleMs, countdownSec, onReset, enabled });
  return (
    <StillThereOverlay
      open={idle.phase === 'warning'}
      remainingSec={idle.remainingSec}
      onContinue={idle.continueSession}
      onStartAgain={() => {
        insightsRecorder().end('start-again');
        idle.startAgain();
      }}
      locale={i18n.language}
      labels={labels}
    />
  );
}
