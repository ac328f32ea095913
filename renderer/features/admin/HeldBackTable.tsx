import { useTranslation } from 'react-i18next';
import type { HeldBackRow } from './held-back-rows';

/** The records the live build holds back: one row each, its problems listed with file and field. */
export function HeldBackTable({ rows }: { rows: readonly HeldBackRow[] }) {
  const { t } = useTranslation();
  return (
    <table className="admin-status__errors admin-status__held-back">
      <thead>
        <tr>
          <th scope="col">{t('admin.heldBackRecord')}</th>
          <th scope="col">{t('admin.heldBackShown')}</th>
          <th scope="col">{t('admin.errorMessage')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.record}>
            <th scope="row">{row.record}</th>
            <td>{row.shown}</td>
            <td>
              <ul className="admin-status__problems">
                {row.problems.map((problem, index) => (
                  <li key={index}>
                    <span className="admin-status__place">{problem.place}</span>
                    {problem.field && ` ${problem.field}`}: {problem.message}
                  </li>
                ))}
                {row.more && <li>{row.more}</li>}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
