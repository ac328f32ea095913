import { useTranslation } from 'react-i18next';
import type { ZoomViewerLabels } from '../kit';

/** The zoom viewer's texts in the visitor's language (the piece and compare screens share them). */
export function useZoomLabels(): ZoomViewerLabels {
  const { t } = useTranslation();
  return {
    viewer: t('piece.zoomViewer'),
    zoomIn: t('piece.zoomIn'),
    zoomOut: t('piece.zoomOut'),
    reset: t('piece.zoomReset'),
    loading: t('piece.zoomLoading'),
    failed: t('piece.zoomFailed'),
    marks: t('piece.zoomMarks'),
  };
}
