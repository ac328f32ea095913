import type { TFunction } from 'i18next';
import type { StatusReportLabels } from './StatusReport';

/** The status page's labels, shared by the admin screen and the out-of-order page's admin view. */
export function statusReportLabels(t: TFunction): StatusReportLabels {
  return {
    heading: t('admin.status'),
    loading: t('admin.loading'),
    unavailable: t('admin.statusUnavailable'),
    errorFile: t('admin.errorFile'),
    errorField: t('admin.errorField'),
    errorMessage: t('admin.errorMessage'),
    heldBackRecord: t('admin.heldBackRecord'),
    heldBackShown: t('admin.heldBackShown'),
    recoveries: t('admin.recoveries'),
    recoveriesNone: t('admin.recoveriesNone'),
    configProblems: t('admin.configProblems'),
  };
}
