import { useTranslation } from 'react-i18next';
import { TouchButton } from '../../kit';

export interface NothingFoundProps {
  /** The label of the filter set last (e.g. "Cap"); absent when no filter is set. */
  lastFilter?: string;
  onRemoveLast: () => void;
  onClearAll: () => void;
}

/** The empty result: says so plainly and offers the two ways back to pieces. */
export function NothingFound({ lastFilter, onRemoveLast, onClearAll }: NothingFoundProps) {
  const { t } = useTranslation();
  return (
    <div className="nothing-found">
      <h2 className="nothing-found__title">{t('browse.nothingTitle')}</h2>
      <p>{t('browse.nothingHint')}</p>
      {lastFilter !== undefined && (
        <div className="nothing-found__actions">
          <TouchButton variant="primary" size="large" onClick={onRemoveLast}>
            {t('browse.removeLast', { label: lastFilter })}
          </TouchButton>
          <TouchButton size="large" onClick={onClearAll}>
            {t('browse.clearAll')}
          </TouchButton>
        </div>
      )}
    </div>
  );
}
