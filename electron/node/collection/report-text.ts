import type { CheckReport } from './check';
import { whatTheKioskDoes } from './held-back-text';
import type { Problem } from './problems';

function problemLine(p: Problem): string {
  const severity = p.severity === 'error' ? 'ERROR  ' : 'warning';
  const line = p.line === undefined ? '' : `line ${p.line}: `;
  const field = p.field ? `${p.field}: ` : '';
  return `  ${severity} ${line}${field}${p.message} [${p.kind}]`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One line per language for a file's untranslated fields: a collection that offers a language
 * not yet written would otherwise bury its real problems under hundreds of near-identical lines.
 */
function untranslatedLines(problems: Problem[]): string[] {
  const byLanguage = new Map<string, string[]>();
  for (const p of problems) {
    const language = p.field.slice(p.field.lastIndexOf('.') + 1);
    const field = p.field.slice(0, p.field.lastIndexOf('.'));
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), field]);
  }
  return [...byLanguage].map(
    ([language, fields]) =>
      `  warning no "${language}" text in ${plural(fields.length, 'field')}: ${fields.join(', ')} [untranslated]`,
  );
}

/**
 * The check report as a curator reads it in a terminal: problems grouped by file (errors first
 * within each file, then by line), then a summary with what the kiosk will do. The JSON report
 * keeps every problem separately.
 */
export function formatReport(report: CheckReport, dir: string): string {
  const all = [...report.errors, ...report.warnings];
  const byFile = new Map<string, Problem[]>();
  for (const p of all) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines: string[] = [];
  for (const file of [...byFile.keys()].sort()) {
    lines.push(file || '(collection)');
    const problems = byFile
      .get(file)!
      .sort(
        (a, b) =>
          (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || (a.line ?? 0) - (b.line ?? 0),
      );
    for (const p of problems) if (p.kind !== 'untranslated') lines.push(problemLine(p));
    lines.push(...untranslatedLines(problems.filter((p) => p.kind === 'untranslated')));
    lines.push('');
  }
  const { stats } = report;
  lines.push(
    `Checked ${dir}: ${plural(stats.pieces, 'piece')}, ${plural(stats.motifs, 'motif')}, ${plural(stats.images, 'image')}, ` +
      `languages ${stats.languages.join(', ') || '(none)'}.`,
  );
  lines.push(`${plural(report.errors.length, 'error')}, ${plural(report.warnings.length, 'warning')}.`);
  lines.push(whatTheKioskDoes(report.errors));
  return lines.join('\n');
}
