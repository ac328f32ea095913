import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PressableButton, TouchButton } from '../../kit';
import type { CompareRow } from './compare-rows';
import './compare.css';

export interface CompareSide {
  id: string;
  /** The piece's title; undefined when the collection lacks the piece (the side says so). */
  title?: string;
  /** The side's zoom viewer (the container owns its lifetime); undefined when there is no image. */
  viewer?: ReactNode;
}

export interface CompareScreenProps {
  sides: readonly [CompareSide, CompareSide];
  rows: readonly CompareRow[];
  onSwap: () => void;
  onClear: () => void;
  onRemove: (id: string) => void;
  onOpen: (id: string) => void;
}

/**
 * Two pieces side by side (stacked in portrait), each zoomable, then their key facts in one table
 * so each fact lines up with its counterpart and the rows that differ stand out.
 */
export function CompareScreen({ sides, rows, ...on }: CompareScreenProps) {
  const { t } = useTranslation();
  const titles = sides.map((side) => side.title ?? t('compare.notFound'));
  return (
    <article className="compare-screen" aria-labelledby="compare-heading">
      <div className="compare-toolbar">
        <h1 id="compare-heading">{t('compare.heading')}</h1>
        <TouchButton onClick={on.onClear}>{t('compare.clear')}</TouchButton>
      </div>
      <div className="compare-pair">
        <CompareSideView side={sides[0]} index={0} onRemove={on.onRemove} onOpen={on.onOpen} />
        <div className="compare-pair__middle">
          <TouchButton onClick={on.onSwap}>
            <span aria-hidden="true">⇄</span> {t('compare.swap')}
          </TouchButton>
        </div>
        <CompareSideView side={sides[1]} index={1} onRemove={on.onRemove} onOpen={on.onOpen} />
      </div>
      {/* The fact names sit in the middle column, between the two pieces they describe. */}
      <table className="compare-facts">
        <caption>{t('compare.factsCaption')}</caption>
        <colgroup>
          <col />
          <col className="compare-facts__label-column" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{titles[0]}</th>
            <th scope="col">{t('compare.fact')}</th>
            <th scope="col">{titles[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-differs={row.differs || undefined}>
              <td>{row.a}</td>
              <th scope="row">
                {row.label}
                {row.differs && <span className="compare-facts__differs">{t('compare.differs')}</span>}
              </th>
              <td>{row.b}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}

interface CompareSideViewProps {
  side: CompareSide;
  index: number;
  onRemove: (id: string) => void;
  onOpen: (id: string) => void;
}

/** One piece of the pair: its title (tap to open it), a remove button, and its own zoom viewer. */
function CompareSideView({ side, index, onRemove, onOpen }: CompareSideViewProps) {
  const { t } = useTranslation();
  const headingId = `compare-side-${index}`;
  const title = side.title ?? t('compare.notFound');
  return (
    <section className="compare-side" aria-labelledby={headingId}>
      <div className="compare-side__head">
        <h2 id={headingId}>
          <PressableButton className="compare-side__title" onClick={() => onOpen(side.id)}>
            {title}
          </PressableButton>
        </h2>
        <TouchButton aria-label={t('compare.removeNamed', { title })} onClick={() => onRemove(side.id)}>
          {t('compare.remove')}
        </TouchButton>
      </div>
      <div className="compare-side__viewer">
        {side.viewer ?? (
          <p className="compare-side__empty">
            {side.title === undefined ? t('compare.notFound') : t('piece.noImage')}
          </p>
        )}
      </div>
    </section>
  );
}
