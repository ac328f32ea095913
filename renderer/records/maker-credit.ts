import type { MakerCredit } from '../../electron/shared/collection-records';

/** Fills one of the piece screen's maker templates (an i18next `t` bound to `piece.*` keys). */
export type MakerFormat = (
  key: 'certain' | 'attributed' | 'uncertain',
  values: { name: string; role: string },
) => string;

/**
 * One maker line as a visitor reads it: the name and role, with how sure the museum is - a piece
 * "attributed to" a workshop must not read as signed by it. `name` and `role` are already display
 * texts (maker record name, translated role).
 */
export function makerCreditText(
  credit: Pick<MakerCredit, 'certainty'>,
  name: string,
  role: string,
  format: MakerFormat,
): string {
  const values = { name, role };
  switch (credit.certainty) {
    case 'attributed':
      return format('attributed', values);
    case 'uncertain':
      return format('uncertain', values);
    default:
      return format('certain', values);
  }
}
