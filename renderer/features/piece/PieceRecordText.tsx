import { useTranslation } from 'react-i18next';
import { Chip } from '../../ui/chips/Chip';
import { ContentText, FallbackMarker } from '../../ui/FallbackMarker';
import { ReadingNotes } from '../../ui/ReadingNotes';
import { ReadingText } from '../../ui/ReadingText';
import type { PieceRecordView } from '../../records/piece-record-view';

export interface PieceRecordTextProps {
  record: PieceRecordView;
  onMotif: (id: string) => void;
}

/**
 * The record laid out for reading at a standing distance: the title, motif chips (each opens its
 * motif page), the key facts as a definition list, then the long texts in a narrow column.
 */
export function PieceRecordText({ record, onMotif }: PieceRecordTextProps) {
  const { t } = useTranslation();
  return (
    <>
      <h1 id="piece-title" className="piece-record__title">
        <ContentText picked={record.titleInfo} />
      </h1>
      {record.motifs.length > 0 && (
        <nav className="piece-record__motifs" aria-label={t('piece.motif')}>
          <ul>
            {record.motifs.map((motif, i) => (
              <li key={`${motif.id}-${i}`}>
                <Chip onClick={() => onMotif(motif.id)}>{motif.label}</Chip>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {record.summary.text && (
        <ReadingText
          className="piece-record__summary"
          text={record.summary.text}
          lang={record.summary.lang}
          marker={<FallbackMarker picked={record.summary} />}
        />
      )}
      {record.printed && <p className="piece-record__notice">{t('piece.printedNote')}</p>}
      <dl className="piece-record__facts">
        {record.facts.map((fact) => (
          <div key={fact.key} className="piece-record__fact" data-fact={fact.key}>
            <dt>{fact.label}</dt>
            {fact.values.map((value, i) => (
              <dd key={i}>{value}</dd>
            ))}
          </div>
        ))}
      </dl>
      {record.description.text.trim() && (
        <section className="piece-record__section">
          <h2>
            {t('piece.about')} <FallbackMarker picked={record.description} />
          </h2>
          <ReadingText text={record.description.text} lang={record.description.lang} />
        </section>
      )}
      {record.inscriptions.length > 0 && (
        <section className="piece-record__section">
          <h2>{t('piece.inscriptions')}</h2>
          <ul className="piece-record__list">
            {record.inscriptions.map((inscription, i) => (
              <li key={i}>
                <q>{inscription.text}</q>
                {inscription.location && (
                  <span> {t('piece.inscriptionAt', { location: inscription.location })}</span>
                )}
                {inscription.translation && (
                  <span> {t('piece.inscriptionMeaning', { translation: inscription.translation })}</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {record.notes.length > 0 && (
        <section className="piece-record__section">
          <h2>{t('piece.notes')}</h2>
          <ReadingNotes className="piece-record__list" notes={record.notes} />
        </section>
      )}
      <dl className="piece-record__facts piece-record__facts--small">
        <div className="piece-record__fact">
          <dt>{t('piece.whereabouts')}</dt>
          <dd>{record.whereabouts}</dd>
        </div>
        {record.credit && (
          <div className="piece-record__fact">
            <dt>{t('piece.credit')}</dt>
            <dd>{record.credit}</dd>
          </div>
        )}
        {record.rights && (
          <div className="piece-record__fact">
            <dt>{t('piece.rights')}</dt>
            <dd>{record.rights}</dd>
          </div>
        )}
      </dl>
    </>
  );
}
