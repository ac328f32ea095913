import { useFormatNumber } from '../../i18n/numbers';

export interface InsightsSearchTableProps {
  id: string;
  title: string;
  /** Under the title: what the list is for. */
  note?: string;
  rows: ReadonlyArray<{ text: string; count: number }>;
  /** Said instead of an empty table. */
  empty: string;
  textHeader: string;
  countHeader: string;
}

/** Search texts and how often each was searched for, as a table (the words themselves matter here). */
export function InsightsSearchTable({
  id,
  title,
  note,
  rows,
  empty,
  textHeader,
  countHeader,
}: InsightsSearchTableProps) {
  const formatNumber = useFormatNumber();
  return (
    <section className="insights-card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {note && <p className="insights-card__note">{note}</p>}
      {rows.length === 0 ? (
        <p className="insights-card__empty">{empty}</p>
      ) : (
        <table className="insights-table">
          <thead>
            <tr>
              <th scope="col">{textHeader}</th>
              <th scope="col" className="insights-table__count">
                {countHeader}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.text}>
                <td>{row.text}</td>
                <td className="insights-table__count">{formatNumber(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
