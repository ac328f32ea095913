import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TakeAwayQr, TouchButton } from '../../kit';
import type { PieceCardData } from '../../ui/cards/card-data';
import { ScrollCue } from '../../ui/ScrollCue';
import type { PieceRecordView } from '../../records/piece-record-view';
import { PieceRecordText } from './PieceRecordText';
import { PieceViewPicker, type PieceViewChoice } from './PieceViewPicker';
import { RelatedPieces } from './RelatedPieces';
import { useSwipe } from './use-swipe';
import './piece.css';

export interface PieceScreenProps {
  record: PieceRecordView;
  /**
   * The zoom viewer for the selected view (built by the container, which owns its lifetime);
   * undefined when the piece has no image yet.
   */
  viewer?: ReactNode;
  /** The places the selected view names (its layout parts, motif elements), beside the viewer. */
  callouts?: ReactNode;
  /** The selected image is a drawing, not a photograph: said over the viewer. */
  illustrative: boolean;
  views: readonly PieceViewChoice[];
  selectedView: string;
  onSelectView: (id: string) => void;
  /** Where the piece sits in the list the visitor walks ("3 / 24"); undefined when in none. */
  position?: { index: number; total: number };
  onPrevious?: () => void;
  onNext?: () => void;
  related: readonly PieceCardData[];
  onOpenPiece: (id: string) => void;
  onMotif: (id: string) => void;
  /** The piece's public address for the take-away QR code, when a public base URL is configured. */
  takeAwayUrl?: string;
  inCompare: boolean;
  /** The title of the piece in the compare tray waiting for a partner, when it is another one. */
  comparePartner?: string;
  onCompare: () => void;
}

/**
 * One piece: the zoomable image with its views beside (landscape) or above (portrait) the record.
 * Swiping across the record, or across the whole-cloth image, moves through the visitor's list;
 * on a zoomed-in image a drag pans instead (the container gives the viewer its `onSwipe`).
 */
export function PieceScreen(props: PieceScreenProps) {
  const { t } = useTranslation();
  const { record, position } = props;
  const recordRef = useRef<HTMLDivElement>(null);
  useSwipe(recordRef, (direction) => (direction === 'left' ? props.onNext : props.onPrevious)?.());
  const compareStatus = props.inCompare
    ? t('piece.compareChosen')
    : props.comparePartner
      ? t('piece.compareWaiting', { title: props.comparePartner })
      : '';

  return (
    <article className="piece-screen" aria-labelledby="piece-title">
      <div className="piece-toolbar">
        <nav className="piece-toolbar__list" aria-label={t('piece.listNav')}>
          <TouchButton
            aria-label={t('piece.previous')}
            disabled={!props.onPrevious}
            onClick={props.onPrevious}
          >
            <span aria-hidden="true">‹</span>
          </TouchButton>
          {position && <span className="piece-toolbar__position">{t('piece.position', position)}</span>}
          <TouchButton aria-label={t('piece.next')} disabled={!props.onNext} onClick={props.onNext}>
            <span aria-hidden="true">›</span>
          </TouchButton>
        </nav>
        <TouchButton variant="primary" aria-pressed={props.inCompare} onClick={props.onCompare}>
          {t('piece.compare')}
        </TouchButton>
      </div>
      <p className="piece-toolbar__status" aria-live="polite">
        {compareStatus}
      </p>
      <div className="piece-media">
        <div className="piece-media__viewer">
          {props.viewer ?? <p className="piece-media__empty">{t('piece.noImage')}</p>}
          {props.illustrative && <p className="piece-media__notice">{t('piece.illustrative')}</p>}
        </div>
        {props.callouts}
        <PieceViewPicker choices={props.views} selected={props.selectedView} onSelect={props.onSelectView} />
      </div>
      <div className="piece-record" ref={recordRef}>
        <PieceRecordText record={record} onMotif={props.onMotif} />
        {props.takeAwayUrl && (
          <section className="piece-takeaway">
            <TakeAwayQr url={props.takeAwayUrl} label={t('piece.qrLabel')} />
            <p className="piece-takeaway__url">{props.takeAwayUrl}</p>
          </section>
        )}
        <RelatedPieces cards={props.related} onOpen={props.onOpenPiece} />
        <ScrollCue target={recordRef} />
      </div>
    </article>
  );
}
