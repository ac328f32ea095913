import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PickedText } from '../../i18n/content-text';
import { TouchButton } from '../../kit';
import type { MotifCardData, PieceCardData } from '../../ui/cards/card-data';
import { LaranganBadge } from '../../ui/cards/LaranganBadge';
import { MotifCard } from '../../ui/cards/MotifCard';
import { PieceCard } from '../../ui/cards/PieceCard';
import { FallbackMarker } from '../../ui/FallbackMarker';
import { ReadingNotes } from '../../ui/ReadingNotes';
import { ReadingText } from '../../ui/ReadingText';
import type { Swatch } from './motif-view';

export interface MotifScreenProps {
  name: string;
  otherNames: readonly string[];
  family: string;
  image?: { src: string; alt: string; illustrative: boolean };
  /** The zoom viewer in place of the plain picture, when the drawing names its elements. */
  viewer?: ReactNode;
  /** The elements to tap beside the viewer (renders nothing when the drawing names none). */
  callouts?: ReactNode;
  /** Reading texts, whole, with the language each is really in (it may have fallen back). */
  meaning: PickedText;
  history: PickedText;
  elements: readonly string[];
  swatches: readonly Swatch[];
  era: string;
  origins: readonly string[];
  /** Present for a restricted (larangan) court motif; `rule` is the curator's rule text. */
  larangan?: { rule: PickedText };
  notes: readonly PickedText[];
  related: readonly MotifCardData[];
  /** Every piece of the collection that carries the motif. */
  pieces: readonly PieceCardData[];
  onOpenMotif: (id: string) => void;
  onOpenPiece: (id: string) => void;
  onList: () => void;
}

/** One motif laid out for reading: the drawing beside its names, meaning, history and pieces. */
export function MotifScreen(props: MotifScreenProps) {
  const { t } = useTranslation();
  const restricted = t('motif.restrictedBadge');
  return (
    <article className="motif-page">
      <header className="motif-page__header">
        <h1>{props.name}</h1>
        {props.larangan && <LaranganBadge />}
        <p className="motif-page__family">
          {t('motif.family')}: {props.family}
        </p>
        {props.otherNames.length > 0 && (
          <p className="motif-page__names">
            {t('motif.alsoWritten', { names: props.otherNames.join(', ') })}
          </p>
        )}
      </header>
      <div className="motif-page__body">
        {props.image && (
          <div className="motif-page__picture">
            <figure className="motif-page__figure">
              {props.viewer ? (
                <div className="motif-page__viewer">{props.viewer}</div>
              ) : (
                <img src={props.image.src} alt={props.image.alt} draggable={false} />
              )}
              {props.image.illustrative && <figcaption>{t('motif.illustrative')}</figcaption>}
            </figure>
            {props.callouts}
          </div>
        )}
        <div className="motif-page__text">
          {props.larangan && (
            <section className="motif-page__larangan" aria-labelledby="motif-larangan">
              <h2 id="motif-larangan">{restricted}</h2>
              <p>{t('motif.restrictedExplain')}</p>
              <p>
                <strong>{t('motif.rule')}</strong>{' '}
                <span lang={props.larangan.rule.lang || undefined}>{props.larangan.rule.text}</span>{' '}
                <FallbackMarker picked={props.larangan.rule} />
              </p>
            </section>
          )}
          <Long id="meaning" title={t('motif.meaning')} text={props.meaning} />
          <Long id="history" title={t('motif.history')} text={props.history} />
          <Part id="elements" title={t('motif.elements')} show={props.elements.length > 0}>
            <ul>
              {props.elements.map((e, i) => (
                <li key={i}>{e}</li>
              ))}
            </ul>
          </Part>
          <Part id="colours" title={t('motif.colours')} show={props.swatches.length > 0}>
            <ul className="swatch-list">
              {props.swatches.map((s) => (
                <li key={s.key}>
                  <span
                    className="swatch"
                    style={s.hex ? { background: s.hex } : undefined}
                    aria-hidden="true"
                  />
                  {s.label}
                </li>
              ))}
            </ul>
          </Part>
          <Part id="era" title={t('motif.era')} show={props.era !== ''}>
            <p>{props.era}</p>
          </Part>
          <Part id="origins" title={t('motif.origins')} show={props.origins.length > 0}>
            <p>{props.origins.join(', ')}</p>
          </Part>
          <Part id="notes" title={t('motif.notes')} show={props.notes.length > 0}>
            <ReadingNotes notes={props.notes} />
          </Part>
        </div>
      </div>
      <Part id="pieces" title={t('motif.pieces', { total: props.pieces.length })} show>
        {props.pieces.length === 0 ? (
          <p>{t('motif.noPieces')}</p>
        ) : (
          <ul className="card-grid">
            {props.pieces.map((card) => (
              <li key={card.id}>
                <PieceCard card={card} onOpen={props.onOpenPiece} />
              </li>
            ))}
          </ul>
        )}
      </Part>
      <Part id="related" title={t('motif.related')} show={props.related.length > 0}>
        <ul className="card-grid card-grid--motifs">
          {props.related.map((card) => (
            <li key={card.id}>
              <MotifCard card={card} onOpen={props.onOpenMotif} />
            </li>
          ))}
        </ul>
      </Part>
      <TouchButton variant="primary" className="motif-page__to-list" onClick={props.onList}>
        {t('motif.toList')}
      </TouchButton>
    </article>
  );
}

/** A titled curator text in its own language, marked when it fell back to another. */
function Long({ id, title, text }: { id: string; title: string; text: PickedText }) {
  return (
    <Part id={id} title={title} marker={<FallbackMarker picked={text} />} show={text.text.trim() !== ''}>
      <ReadingText text={text.text} lang={text.lang} />
    </Part>
  );
}

/** A titled section, left out entirely when the motif has nothing for it. */
function Part({
  id,
  title,
  marker,
  show,
  children,
}: {
  id: string;
  title: string;
  /** Shown after the heading, outside the section's accessible name (e.g. a fallback marker). */
  marker?: ReactNode;
  show: boolean;
  children: ReactNode;
}) {
  if (!show) return null;
  return (
    <section className={`motif-page__part motif-page__${id}`} aria-labelledby={`motif-part-${id}`}>
      <h2>
        <span id={`motif-part-${id}`}>{title}</span> {marker}
      </h2>
      {children}
    </section>
  );
}
