import type { ReactNode } from 'react';
import { PressableButton, TouchButton } from '../../kit';
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

interface CompareScreenLabels {
  heading: string;
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
        <h1 id="compare-heading">{labels.heading}</h1>
        <TouchButton onClick={on.onClear}>{labels.clear}</TouchButton>
      </div>
      <div className="compare-pair">
        <CompareSideView
          side={sides[0]}
          index={0}
          labels={labels}
          onRemove={on.onRemove}
          onOpen={on.onOpen}
        />
        <div className="compare-pair__middle">
          <TouchButton onClick={on.onSwap}>
            <span aria-hidden="true">⇄</span> {labels.swap}
          </TouchButton>
        </div>
        <CompareSideView
          side={sides[1]}
          index={1}
          labels={labels}
          onRemove={on.onRemove}
          onOpen={on.onOpen}
        />
      </div>
      {/* The fact names sit in the middle column, between the two pieces they describe. */}
      <table className="compare-facts">
        <caption>{labels.factsCaption}</caption>
        <colgroup>
          <col />
          <col className="compare-facts__label-column" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{sides[0].title}</th>
            <th scope="col">{labels.fact}</th>
            <th scope="col">{sides[1].title}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-differs={row.differs || undefined}>
              <td>{row.a}</td>
              <th scope="row">
                {row.label}
                {row.differs && <span className="compare-facts__differs">{labels.differs}</span>}
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
  labels: CompareScreenLabels;
  onRemove: (id: string) => void;
  onOpen: (id: string) => void;
}

/** One piece of the pair: its title (tap to open it), a remove button, and its own zoom viewer. */
function CompareSideView({ side, index, labels, onRemove, onOpen }: CompareSideViewProps) {
  const headingId = `compare-side-${index}`;
  return (
    <section className="compare-side" aria-labelledby={headingId}>
      <div className="compare-side__head">
        <h2 id={headingId}>
          <PressableButton className="compare-side__title" onClick={() => onOpen(side.id)}>
            {side.title}
          </PressableButton>
        </h2>
        <TouchButton aria-label={side.removeLabel} onClick={() => onRemove(side.id)}>
          {labels.remove}
        </TouchButton>
      </div>
      <div className="compare-side__viewer">{side.viewer}</div>
    </section>
  );
}
