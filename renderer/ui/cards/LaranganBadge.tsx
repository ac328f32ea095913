import { useTranslation } from 'react-i18next';
import './cards.css';

/** The mark of a restricted (larangan) court motif, on its card and at the head of its page. */
export function LaranganBadge() {
  const { t } = useTranslation();
  return <span className="larangan-badge">{t('motif.restrictedBadge')}</span>;
}
