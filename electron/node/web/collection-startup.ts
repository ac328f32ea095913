import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../collection/problems';

/** The part of the compile library's result the web host relies on. */
export interface BuildOutcome {
  ok: boolean;
  errors: Problem[];
  warnings: Problem[];
  /** The switched-in folder: the new build, or the previous one kept when this build failed. */
  outDir: string;
}

export type BuildFunction = (options: { source: string; out: string }) => Promise<BuildOutcome>;

/** One curator-readable line: `pieces/x/piece.yaml:12 production.date: message`. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.field ? `${where} ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

async function hasManifest(folder: string): Promise<boolean> {
  try {
    await access(path.join(folder, 'manifest.json'));
    return true;
  } catch {
    return false;
  }
}

/**
 * Compiles the collection folder and returns the folder to serve: the new build when it passed,
 * otherwise the last good build if one is still in place, otherwise null (the renderer then shows
 * its friendly "no collection" screen). Problems are printed, never thrown: a curator's typo must
 * not stop the host.
 */
export async function compileForServing(
  build: BuildFunction,
  options: { source: string; out: string },
  print: (line: string) => void,
): Promise<string | null> {
  let outcome: BuildOutcome;
  try {
    outcome = await build(options);
  } catch (error) {
    print(
      `Could not build the collection at ${options.source}: ${error instanceof Error ? error.message : error}`,
    );
    return null;
  }
  for (const warning of outcome.warnings) print(`warning ${formatProblem(warning)}`);
  if (outcome.ok) return outcome.outDir;

  print(`The collection at ${options.source} has ${outcome.errors.length} error(s):`);
  for (const error of outcome.errors) print(`error ${formatProblem(error)}`);
  if (outcome.outDir !== '' && (await hasManifest(outcome.outDir))) {
    print(`Serving the last good build from ${outcome.outDir}.`);
    return outcome.outDir;
  }
  print('No earlier good build exists: serving the app without a collection.');
  return null;
}
