import { useRef, type ReactNode } from 'react';
import { TouchButton } from '../../kit';
import type { PieceCardData } from '../../ui/cards/card-data';
import { ScrollCue } from '../../ui/ScrollCue';
import type { PieceRecordView } from '../../records/piece-record-view';
import { PieceRecordText, type PieceRecordTextLabels } from './PieceRecordText';
import { PieceViewPicker, type PieceViewChoice } from './PieceViewPicker';
import { RelatedPieces } from './RelatedPieces';
import { useSwipe } from './use-swipe';
import './piece.css';

interface PieceScreenLabels extends PieceRecordTextLabels {
  listNav: string;
  previous: string;
  next: string;
  /** "3 / 24"; empty when the piece is in no list. */
  position: string;
  views: string;
  related: string;
  compare: string;
  /** What the compare tray holds, e.g. "Chosen to compare: ... Pick one more." */
  compareStatus: string;
}

export interface PieceScreenProps {
  record: PieceRecordView;
  labels: PieceScreenLabels;
  /** The zoom viewer for the selected view (built by the container, which owns its lifetime). */
  viewer: ReactNode;
  /** Shown over the viewer when the selected image is a drawing, not a photograph. */
  illustrativeNotice?: string;
  views: readonly PieceViewChoice[];
  selectedView: string;
  onSelectView: (id: string) => void;
  onPrevious?: () => void;
  onNext?: () => void;
  related: readonly PieceCardData[];
  onOpenPiece: (id: string) => void;
  onMotif: (id: string) => void;
  /** The take-away QR code, when a public base URL is configured. */
  takeAway?: ReactNode;
  inCompare: boolean;
  onCompare: () => void;
}

/**
 * One piece: the zoomable image with its views beside (landscape) or above (portrait) the record.
 * Swiping across the record, or across the whole-cloth image, moves through the visitor's list;
 * on a zoomed-in image a drag pans instead (the container gives the viewer its `onSwipe`).
 */
export function PieceScreen(props: PieceScreenProps) {
  const { record, labels } = props;
  const recordRef = useRef<HTMLDivElement>(null);
  useSwipe(recordRef, (direction) => (direction === 'left' ? props.onNext : props.onPrevious)?.());

  return (
    <article className="piece-screen" aria-labelledby="piece-title">
      <div className="piece-toolbar">
        <nav className="piece-toolbar__list" aria-label={labels.listNav}>
          <TouchButton aria-label={labels.previous} disabled={!props.onPrevious} onClick={props.onPrevious}>
            <span aria-hidden="true">‹</span>
          </TouchButton>
          {labels.position && <span className="piece-toolbar__position">{labels.position}</span>}
          <TouchButton aria-label={labels.next} disabled={!props.onNext} onClick={props.onNext}>
            <span aria-hidden="true">›</span>
          </TouchButton>
        </nav>
        <TouchButton variant="primary" aria-pressed={props.inCompare} onClick={props.onCompare}>
          {labels.compare}
        </TouchButton>
      </div>
      <p className="piece-toolbar__status" aria-live="polite">
        {labels.compareStatus}
      </p>
      <div className="piece-media">
        <div className="piece-media__viewer">
          {props.viewer}
          {props.illustrativeNotice && <p className="piece-media__notice">{props.illustrativeNotice}</p>}
        </div>
        <PieceViewPicker
          label={labels.views}
          choices={props.views}
          selected={props.selectedView}
          onSelect={props.onSelectView}
        />
      </div>
      <div className="piece-record" ref={recordRef}>
        <PieceRecordText record={record} labels={labels} onMotif={props.onMotif} />
        {props.takeAway}
        <RelatedPieces heading={labels.related} cards={props.related} onOpen={props.onOpenPiece} />
        <ScrollCue target={recordRef} />
      </div>
    </article>
  );
}
