import type { ReactNode } from 'react';
import { TouchButton } from '../../kit';
import type { CompareRow } from './compare-rows';
import './compare.css';

export interface CompareSide {
  id: string;
  /** The piece's title, or the "not found" text when the collection lacks it. */
  title: string;
  /** The side's zoom viewer (the container owns its lifetime), or a message. */
  viewer: ReactNode;
  removeLabel: string;
}

export interface CompareScreenLabels {
  heading: string;
  back: string;
  swap: string;
  clear: string;
  remove: string;
  factsCaption: string;
  fact: string;
  differs: string;
}

export interface CompareScreenProps {
  sides: readonly [CompareSide, CompareSide];
  rows: readonly CompareRow[];
  labels: CompareScreenLabels;
  onBack: () => void;
  onSwap: () => void;
  onClear: () => void;
  onRemove: (id: string) => void;
  onOpen: (id: string) => void;
}

/**
 * Two pieces side by side (stacked in portrait), each zoomable, then their key facts in one table
 * so each fact lines up with its counterpart and the rows that differ stand out.
 */
export function CompareScreen({ sides, rows, labels, ...on }: CompareScreenProps) {
  return (
    <article className="compare-screen" aria-labelledby="compare-heading">
      <div className="compare-toolbar">
        <TouchButton onClick={on.onBack}>
          <span aria-hidden="true">←</span> {labels.back}
        </TouchButton>
        <h1 id="compare-heading">{labels.heading}</h1>
        <div className="compare-toolbar__actions">
          <TouchButton onClick={on.onSwap}>
            <span aria-hidden="true">⇄</span> {labels.swap}
          </TouchButton>
          <TouchButton onClick={on.onClear}>{labels.clear}</TouchButton>
        </div>
      </div>
      <div className="compare-pair">
        {sides.map((side, i) => (
          <section key={`${side.id}-${i}`} className="compare-side" aria-labelledby={`compare-side-${i}`}>
            <div className="compare-side__head">
              <h2 id={`compare-side-${i}`}>
                <button type="button" className="compare-side__title" onClick={() => on.onOpen(side.id)}>
                  {side.title}
                </button>
              </h2>
              <TouchButton aria-label={side.removeLabel} onClick={() => on.onRemove(side.id)}>
                {labels.remove}
              </TouchButton>
            </div>
            <div className="compare-side__viewer">{side.viewer}</div>
          </section>
        ))}
      </div>
      <table className="compare-facts">
        <caption>{labels.factsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{labels.fact}</th>
            <th scope="col">{sides[0].title}</th>
            <th scope="col">{sides[1].title}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-differs={row.differs || undefined}>
              <th scope="row">
                {row.label}
                {row.differs && <span className="compare-facts__differs">{labels.differs}</span>}
              </th>
              <td>{row.a}</td>
              <td>{row.b}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
