import type { Problem } from '../collection/problems';
import type { BuildOutcome } from '../kiosk/collection-updater';

/** One curator-readable line: `pieces/x/piece.yaml:12 production.date: message`. */
export function formatProblem(problem: Pick<Problem, 'file' | 'field' | 'line' | 'message'>): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.field ? `${where} ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** Warnings are a reminder, not a report: the first few, then where to see them all. */
export const WARNINGS_SHOWN = 5;

/**
 * What the web host prints after a build of the curator folder: the first warnings, and for a
 * rejected build every error with file, field and line, so the curator can fix it from the terminal.
 */
export function buildOutcomeLines(outcome: BuildOutcome, source: string): string[] {
  const lines = outcome.warnings
    .slice(0, WARNINGS_SHOWN)
    .map((warning) => `warning ${formatProblem(warning)}`);
  if (outcome.warnings.length > WARNINGS_SHOWN) {
    lines.push(
      `...and ${outcome.warnings.length - WARNINGS_SHOWN} more warning(s); \`npm run collection -- check\` lists them all.`,
    );
  }
  if (outcome.ok) {
    lines.push(`Built the collection at ${source} (version ${outcome.version ?? 'unknown'}).`);
  } else {
    lines.push(`The collection at ${source} has ${outcome.errors.length} error(s):`);
    for (const error of outcome.errors) lines.push(`error ${formatProblem(error)}`);
  }
  return lines;
}

/**
 * Printed when a build starts, so a terminal is never silent for minutes: with nothing built yet
 * in the output folder, every image size and zoom tile is made from scratch.
 */
export function buildStartLine(source: string, cached: boolean): string {
  return cached
    ? `Building the collection at ${source}...`
    : `Building the collection at ${source} for the first time: every image size and zoom tile is made now (minutes for a few hundred pieces; later builds reuse them)...`;
}

/** Says which compiled folder the host serves after a build: the new one, the last good one, or none. */
export function servingLine(root: string | null, passed: boolean): string {
  if (passed && root) return `Serving ${root}.`;
  return root
    ? `Serving the last good build from ${root}.`
    : 'No earlier good build exists: serving the app without a collection.';
}
