import type { ReactNode } from 'react';

/** One ranked line: what it is, how many, and the number in words. */
export interface RankedItem {
  key: string;
  label: string;
  /** Sets the bar's length against the largest count of the list. */
  count: number;
  /** The count as read ("opened 12 times"). */
  value: string;
  /** A second fact after the value ("45 s on average"). */
  note?: string;
  /** The label's language when it is not the page's (a language named in itself). */
  lang?: string;
}

export interface InsightsRankedBarsProps {
  id: string;
  title: string;
  items: readonly RankedItem[];
  /** Said instead of an empty list. */
  empty: string;
  /** Above the list: sentences that belong with it. */
  lead?: ReactNode;
}

/**
 * A card with a ranked list drawn as horizontal bars: plain CSS, no chart library. The bars are
 * decoration (hidden from screen readers); each line's label and value are text.
 */
export function InsightsRankedBars({ id, title, items, empty, lead }: InsightsRankedBarsProps) {
  const largest = Math.max(1, ...items.map((item) => item.count));
  return (
    <section className="insights-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {lead}
      {items.length === 0 ? (
        <p className="insights-card__empty">{empty}</p>
      ) : (
        <ol className="insights-bars">
          {items.map((item) => (
            <li key={item.key} className="insights-bars__row">
              <span className="insights-bars__label" lang={item.lang}>
                {item.label}
              </span>
              <span className="insights-bars__value">
                {item.value}
                {item.note && <span className="insights-bars__note">, {item.note}</span>}
              </span>
              <span className="insights-bars__track" aria-hidden="true">
                <span
                  className="insights-bars__bar"
                  style={{ inlineSize: `${Math.round((item.count / largest) * 1000) / 10}%` }}
                />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
