import type { Problem } from '../collection/problems';

/** The part of the compile library's result the web host relies on. */
export interface BuildOutcome {
  ok: boolean;
  errors: Problem[];
  warnings: Problem[];
  /** The live build folder after the call: the new one, or on failure the last good one (null if none). */
  outDir: string | null;
}

/** The compile library as the web host uses it; injected so the logic here is testable alone. */
export interface CollectionCompiler {
  build(options: { source: string; out: string }): Promise<BuildOutcome>;
  /** The live build under `out` (the last one that passed), or null: asked when `build` throws. */
  lastGood(out: string): string | null;
}

/** One curator-readable line: `pieces/x/piece.yaml:12 production.date: message`. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.field ? `${where} ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** Warnings at start-up are a reminder, not a report: the first few, then where to see them all. */
export const WARNINGS_SHOWN = 5;

function printWarnings(warnings: Problem[], print: (line: string) => void): void {
  for (const warning of warnings.slice(0, WARNINGS_SHOWN)) print(`warning ${formatProblem(warning)}`);
  if (warnings.length > WARNINGS_SHOWN) {
    print(
      `...and ${warnings.length - WARNINGS_SHOWN} more warning(s); \`npm run collection -- check\` lists them all.`,
    );
  }
}

/**
 * Compiles the collection folder and returns the folder to serve: the new build when it passed,
 * otherwise the last good build if one is still in place, otherwise null (the renderer then shows
 * its friendly "no collection" screen). Problems are printed, never thrown: a curator's typo must
 * not stop the host.
 */
export async function compileForServing(
  compiler: CollectionCompiler,
  options: { source: string; out: string },
  print: (line: string) => void,
): Promise<string | null> {
  let fallback: string | null;
  try {
    const outcome = await compiler.build(options);
    printWarnings(outcome.warnings, print);
    if (outcome.ok) return outcome.outDir;
    print(`The collection at ${options.source} has ${outcome.errors.length} error(s):`);
    for (const error of outcome.errors) print(`error ${formatProblem(error)}`);
    fallback = outcome.outDir;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    print(`Could not build the collection at ${options.source}: ${reason}`);
    fallback = compiler.lastGood(options.out);
  }
  print(
    fallback
      ? `Serving the last good build from ${fallback}.`
      : 'No earlier good build exists: serving the app without a collection.',
  );
  return fallback;
}
