import { stat } from 'node:fs/promises';
import path from 'node:path';
import { inspectImage } from './image-adapter';
import type { InspectFn } from './image-adapter';
import { checkMedia } from './media-check';
import type { CheckedMedia } from './media-check';
import { describeUnexpected, ProblemList } from './problems';
import type { Problem } from './problems';
import { readCollection } from './read-collection';
import type { ParsedCollection } from './read-collection';
import { checkReferences } from './references';
import { checkRegions } from './region-check';
import type { YamlMemo } from './yaml-memo';

/** Counts shown under the check's report. */
export interface CheckStats {
  /** Piece folders found under pieces/ (valid or not). */
  pieces: number;
  /** Motif folders found under motifs/ (valid or not). */
  motifs: number;
  /** Media entries listed by the pieces and motifs that could be read. */
  images: number;
  /** Languages the collection offers, from collection.yaml, in order. */
  languages: string[];
}

/** What `checkCollection` returns and `collection check --json` prints. */
export interface CheckReport {
  errors: Problem[];
  warnings: Problem[];
  stats: CheckStats;
}

export interface CheckOptions {
  /** Image inspection; the pipeline's `inspectImage` unless a test injects a fake. */
  inspect?: InspectFn;
  /**
   * Called after each image has been inspected (whether it passed or not): the check reads every
   * image before anything else is reported, so this is what a progress bar, or a kiosk's build
   * watchdog, hears from a long check.
   */
  onInspected?: () => void;
  /** What unchanged YAML files parsed to before (a build keeps one in its cache); none: parse all. */
  yamlMemo?: YamlMemo;
}

const EMPTY_STATS: CheckStats = { pieces: 0, motifs: 0, images: 0, languages: [] };

/** A check's report plus what it read, for the compiler to reuse without reading twice. */
export interface CheckResult {
  report: CheckReport;
  parsed: ParsedCollection | null;
  media: CheckedMedia[];
}

/** Runs every check and keeps what was read; never throws. */
export async function runCheck(dir: string, opts: CheckOptions = {}): Promise<CheckResult> {
  const root = path.resolve(dir);
  const problems = new ProblemList();
  let parsed: ParsedCollection | null = null;
  let media: CheckedMedia[] = [];
  try {
    const info = await stat(root).catch(() => null);
    if (!info?.isDirectory()) {
      problems.add({
        file: '',
        field: '',
        kind: 'missing-file',
        message: info
          ? `${dir} is a file, not a collection folder: give the folder that holds collection.yaml.`
          : `There is no collection folder at ${dir}: check the path (and that the drive is plugged in).`,
      });
      return { report: { errors: problems.errors, warnings: [], stats: EMPTY_STATS }, parsed, media };
    }
    parsed = await readCollection(root, problems, opts.yamlMemo);
    checkReferences(parsed, problems);
    const inspect = opts.inspect ?? inspectImage;
    const { onInspected } = opts;
    const counted: InspectFn = onInspected ? (...args) => inspect(...args).finally(onInspected) : inspect;
    media = await checkMedia(parsed, counted, problems);
    checkRegions(parsed, media, problems);
  } catch (err) {
    // A checker bug must still end in a report the curator can act on, not a stack trace.
    problems.add({
      file: '',
      field: '',
      kind: 'internal',
      message: `The check stopped unexpectedly (${describeUnexpected(err, { 'the collection folder': root })}). Please report this to the kiosk's maintainers.`,
    });
  }
  const stats: CheckStats = {
    pieces: parsed?.found.pieces ?? 0,
    motifs: parsed?.found.motifs ?? 0,
    images: [...(parsed?.checkable.pieces ?? []), ...(parsed?.checkable.motifs ?? [])].reduce(
      (n, item) => n + (item.data.media?.length ?? 0),
      0,
    ),
    languages: parsed?.languages ?? [],
  };
  return { report: { errors: problems.errors, warnings: problems.warnings, stats }, parsed, media };
}

/**
 * Preflight check of a collection folder: every problem with file, field, line, kind and a
 * message for the curator. Never throws; a collection with `errors` must not be built.
 */
export async function checkCollection(dir: string, opts: CheckOptions = {}): Promise<CheckReport> {
  return (await runCheck(dir, opts)).report;
}
