import type { Problem } from '../collection/problems';
import { languagesText, summariseByKind } from '../collection/warning-summary';
import type { ProblemLike } from '../collection/warning-summary';
import type { BuildOutcome } from '../live-collection/collection-updater';

/** One curator-readable line: `pieces/x/piece.yaml:12 production.date: message`. */
export function formatProblem(problem: Pick<Problem, 'file' | 'field' | 'line' | 'message'>): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.field ? `${where} ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** Options for {@link buildOutcomeLines}. */
export interface BuildLinesOptions {
  /** Every warning on its own line instead of counts by kind (`npm run web -- --verbose`). */
  verbose?: boolean;
}

/**
 * The warnings of a build: each kind with its count and one example, or with `verbose` every one.
 * Hundreds of lines of one kind (the sample's 576 missing Javanese texts) would scroll the few
 * warnings worth a look, and the errors, off the terminal.
 */
function warningLines(warnings: readonly ProblemLike[], verbose: boolean): string[] {
  if (verbose) return warnings.map((warning) => `warning ${formatProblem(warning)}`);
  if (warnings.length === 0) return [];
  const lines = [
    `${warnings.length} warning(s) by kind; \`npm run web -- --verbose\` or \`npm run collection -- check DIR --verbose\` lists each one:`,
  ];
  for (const s of summariseByKind(warnings)) {
    const detail = s.languages ? ` (${languagesText(s.languages)})` : '';
    lines.push(`  ${s.kind}: ${s.count}${detail}, e.g. ${formatProblem(s.example)}`);
  }
  return lines;
}

/**
 * What the web host prints after a build of the curator folder: the warnings counted by kind, and
 * for a rejected build every error with file, field and line, so the curator can fix it from the
 * terminal.
 */
export function buildOutcomeLines(
  outcome: BuildOutcome,
  source: string,
  opts: BuildLinesOptions = {},
): string[] {
  const lines = warningLines(outcome.warnings, opts.verbose === true);
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
 * in the output folder, every image size is made from scratch, and the zoom tiles after that.
 */
export function buildStartLine(source: string, cached: boolean): string {
  return cached
    ? `Building the collection at ${source}...`
    : `Building the collection at ${source} for the first time: every picture size is made now and the kiosk is served as soon as they exist; deep-zoom tiles follow in the background (later builds reuse all of them)...`;
}

/** Says which compiled folder the host serves after a build: the new one, the last good one, or none. */
export function servingLine(root: string | null, passed: boolean, tilesPending = 0): string {
  if (passed && root && tilesPending > 0) {
    return `Serving ${root}; deep-zoom tiles of ${tilesPending} image${tilesPending === 1 ? '' : 's'} are being made meanwhile.`;
  }
  if (passed && root) return `Serving ${root}.`;
  return root
    ? `Serving the last good build from ${root}.`
    : 'No earlier good build exists: serving the app without a collection.';
}
