import type { CheckReport } from './check';
import { whatTheKioskDoes } from './held-back-text';
import type { Problem } from './problems';
import { languagesText, summariseByKind } from './warning-summary';

function problemLine(p: Problem): string {
  const severity = p.severity === 'error' ? 'ERROR  ' : 'warning';
  return `  ${severity} ${where(p)}${p.message} [${p.kind}]`;
}

function where(p: Problem): string {
  const line = p.line === undefined ? '' : `line ${p.line}: `;
  const field = p.field ? `${p.field}: ` : '';
  return `${line}${field}`;
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
    const fields = byLanguage.get(language);
    if (fields) fields.push(field);
    else byLanguage.set(language, [field]);
  }
  return [...byLanguage].map(
    ([language, fields]) =>
      `  warning no "${language}" text in ${plural(fields.length, 'field')}: ${fields.join(', ')} [untranslated]`,
  );
}

/** Problems grouped by file in name order; within a file errors first, then by line. */
function byFileLines(problems: readonly Problem[]): string[] {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) {
    const list = byFile.get(p.file);
    if (list) list.push(p);
    else byFile.set(p.file, [p]);
  }
  const lines: string[] = [];
  for (const file of [...byFile.keys()].sort()) {
    lines.push(file || '(collection)');
    const sorted = byFile
      .get(file)!
      .sort(
        (a, b) =>
          (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || (a.line ?? 0) - (b.line ?? 0),
      );
    for (const p of sorted) if (p.kind !== 'untranslated') lines.push(problemLine(p));
    lines.push(...untranslatedLines(sorted.filter((p) => p.kind === 'untranslated')));
    lines.push('');
  }
  return lines;
}

/** Warnings as counts per kind, each with one example: what a curator reads first. */
function warningSummaryLines(warnings: readonly Problem[]): string[] {
  if (warnings.length === 0) return [];
  const lines = ['Warnings by kind (add --verbose to list every one):'];
  for (const s of summariseByKind(warnings)) {
    const detail = s.languages ? `: ${languagesText(s.languages)}` : '';
    lines.push(`  ${s.kind} (${s.count})${detail}`);
    lines.push(`    e.g. ${s.example.file} ${where(s.example)}${s.example.message}`);
  }
  lines.push('');
  return lines;
}

/** The warnings part of a report: counted by kind, or with `verbose` listed under their files. */
export function warningLines(warnings: readonly Problem[], verbose: boolean): string[] {
  return verbose ? byFileLines(warnings) : warningSummaryLines(warnings);
}

/** Options for {@link formatReport}. */
export interface ReportTextOptions {
  /** List every warning under its file instead of counting them by kind. */
  verbose?: boolean;
}

/**
 * The check report as a curator reads it in a terminal: errors in full, grouped by file (errors
 * first within each file, then by line); warnings counted by kind with one example each, or
 * listed under their files with `verbose`; then a summary with what the kiosk will do. The JSON
 * report always keeps every problem separately.
 */
export function formatReport(report: CheckReport, dir: string, opts: ReportTextOptions = {}): string {
  const lines = opts.verbose
    ? byFileLines([...report.errors, ...report.warnings])
    : [...byFileLines(report.errors), ...warningSummaryLines(report.warnings)];
  const { stats } = report;
  lines.push(
    `Checked ${dir}: ${plural(stats.pieces, 'piece')}, ${plural(stats.motifs, 'motif')}, ${plural(stats.images, 'image')}, ` +
      `languages ${stats.languages.join(', ') || '(none)'}.`,
  );
  lines.push(`${plural(report.errors.length, 'error')}, ${plural(report.warnings.length, 'warning')}.`);
  lines.push(whatTheKioskDoes(report.errors));
  return lines.join('\n');
}
