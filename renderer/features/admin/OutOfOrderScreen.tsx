import { useTranslation } from 'react-i18next';

/** The notice's languages, in order: Indonesian first, English below it. */
const NOTICE_LANGUAGES = ['id', 'en'] as const;

/**
 * What visitors see while the kiosk is out of order: a calm notice, Indonesian first and English
 * below it, with no error text (the reason is on the technician's status page and in the log).
 */
export function OutOfOrderScreen() {
  const { t } = useTranslation();
  return (
    <div className="out-of-order__notice">
      {NOTICE_LANGUAGES.map((lng, index) => {
        // One page heading; the same notice in the next language is a part of it.
        const Heading = index === 0 ? 'h1' : 'h2';
        return (
          <div key={lng} lang={lng}>
            <Heading className="out-of-order__title">{t('outOfOrder.title', { lng })}</Heading>
            <p className="out-of-order__body">{t('outOfOrder.body', { lng })}</p>
          </div>
        );
      })}
    </div>
  );
}
