import { useTranslation } from 'react-i18next';
import { HeldBackTable } from './HeldBackTable';
import type { StatusReportModel } from './status-rows';

export interface StatusReportProps {
  /** Null while the first status is loading. */
  report: StatusReportModel | null;
  /** True when the host could not give a status (the page's own facts are still shown). */
  hostUnavailable: boolean;
}

/**
 * The admin status page: alerts first, then the facts, the records the live build holds back, the
 * curator errors of a rejected update and recent recoveries.
 */
export function StatusReport({ report, hostUnavailable }: StatusReportProps) {
  const { t } = useTranslation();
  return (
    <section className="admin-status" aria-labelledby="admin-status-title">
      <h2 id="admin-status-title">{t('admin.status')}</h2>
      {!report ? (
        <p role="status">{t('admin.loading')}</p>
      ) : (
        <>
          {(report.alerts.length > 0 || hostUnavailable) && (
            <ul className="admin-status__alerts">
              {hostUnavailable && <li>{t('admin.statusUnavailable')}</li>}
              {report.alerts.map((alert) => (
                <li key={alert}>{alert}</li>
              ))}
            </ul>
          )}
          <dl className="admin-status__facts">
            {report.rows.map((row) => (
              <div key={row.label} className="admin-status__fact">
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
          {report.heldBack.title && <h3>{report.heldBack.title}</h3>}
          {report.heldBack.rows.length > 0 && <HeldBackTable rows={report.heldBack.rows} />}
          {report.heldBack.more && <p>{report.heldBack.more}</p>}
          <h3>{report.rejectedTitle}</h3>
          {report.errors.length > 0 && (
            <table className="admin-status__errors">
              <thead>
                <tr>
                  <th scope="col">{t('admin.errorFile')}</th>
                  <th scope="col">{t('admin.errorField')}</th>
                  <th scope="col">{t('admin.errorMessage')}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((error, index) => (
                  <tr key={index}>
                    <td>{error.place}</td>
                    <td>{error.field || '-'}</td>
                    <td>{error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {report.moreErrors && <p>{report.moreErrors}</p>}
          {report.configProblems.length > 0 && (
            <>
              <h3>{t('admin.configProblems')}</h3>
              <ul className="admin-status__list">
                {report.configProblems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </>
          )}
          <h3>{t('admin.recoveries')}</h3>
          {report.recoveries.length === 0 ? (
            <p>{t('admin.recoveriesNone')}</p>
          ) : (
            <ul className="admin-status__list">
              {report.recoveries.map((recovery, index) => (
                <li key={index}>
                  <span className="admin-status__time">{recovery.at}</span> {recovery.what}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
