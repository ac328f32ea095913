import type { Translate } from '../../i18n/ui-keys';
import type { StatusFormat } from './status-rows';
import { problemPlace, type StatusView } from './status-view';

/** One held-back piece or motif, in words: which, what visitors see of it, and why. */
export interface HeldBackRow {
  record: string;
  shown: string;
  problems: { place: string; field: string; message: string }[];
  /** "…and N more" when the host sent only its first problems. */
  more: string | null;
}

/** The status page's section on the records the live build holds back. */
export interface HeldBackReport {
  /** Its heading with the count, or the "nothing held back" line; null while no build is live. */
  title: string | null;
  /** Shown among the alerts while anything is held back: the curator has something to fix. */
  alert: string | null;
  rows: HeldBackRow[];
  more: string | null;
}

/**
 * The held-back records of the live build: each with whether its last good version stays on the
 * screens or it is not shown, and its problems with file, line and field.
 */
export function heldBackReport(view: StatusView | null, t: Translate, format: StatusFormat): HeldBackReport {
  const held = view?.heldBack ?? null;
  if (!held) return { title: null, alert: null, rows: [], more: null };
  const count = format.number(held.count);
  return {
    title: held.count > 0 ? t('admin.heldBackTitle', { count }) : t('admin.heldBackNone'),
    // A plural key: i18next picks the form by the number and formats it itself.
    alert: held.count > 0 ? t('admin.heldBackAlert', { count: held.count }) : null,
    rows: held.records.map((record) => ({
      record: t(record.kind === 'motifs' ? 'admin.heldBackMotif' : 'admin.heldBackPiece', { id: record.id }),
      shown: record.previousKept ? t('admin.heldBackKept') : t('admin.heldBackLeftOut'),
      problems: record.problems.map((problem) => ({
        place: problemPlace(problem),
        field: problem.field,
        message: problem.message,
      })),
      more:
        (record.problemCount ?? 0) > record.problems.length
          ? t('admin.moreErrors', {
              count: format.number(record.problemCount! - record.problems.length),
            })
          : null,
    })),
    more:
      held.count > held.records.length
        ? t('admin.moreHeldBack', { count: format.number(held.count - held.records.length) })
        : null,
  };
}
