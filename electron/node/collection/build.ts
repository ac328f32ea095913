import { rm } from 'node:fs/promises';
import path from 'node:path';
import { lockBuilds, makePartialFolder, pruneBuilds, switchTo } from './build-folders';
import { cleanLeftovers } from './build-leftovers';
import { verifyBuildFolder } from './build-record';
import { runCheck } from './check';
import type { CheckOptions, CheckStats } from './check';
import { writeChunksAndManifest } from './chunks';
import { compileRecords } from './compile';
import type { DerivativesByKey } from './compile';
import { buildDerivatives } from './image-adapter';
import type { DeriveFn } from './image-adapter';
import { mediaJobs, mediaKey } from './media-jobs';
import { describeError, formatField, ProblemList } from './problems';
import type { Problem } from './problems';
import type { ParsedCollection } from './read-collection';
import type { CheckedMedia } from './media-check';
import { findLiveBuild } from './live-build';

export { currentBuild } from './build-folders';

/** Where a build is; `done`/`total` count images during `images`, else steps. */
export interface BuildProgress {
  phase: 'check' | 'images' | 'records' | 'switch';
  done: number;
  total: number;
}

export interface BuildOptions {
  /** The curator's collection folder. */
  source: string;
  /** Output root: holds `current.json`, `builds/` and (by default) the image cache. */
  out: string;
  /** Derivative cache kept across builds; default `<out>/cache`. */
  cacheDir?: string;
  /** Deep-zoom tiles (default true; tests turn them off for speed). */
  tiles?: boolean;
  onProgress?: (progress: BuildProgress) => void;
  /** The image pipeline; injectable so tests can fake or break it. */
  derive?: DeriveFn;
  /** Image inspection for the check; injectable like `derive`. */
  inspect?: CheckOptions['inspect'];
}

export interface BuildResult {
  ok: boolean;
  errors: Problem[];
  warnings: Problem[];
  stats: CheckStats;
  /** The live build folder after this call: the new one, or the last good one (null if none) on failure. */
  outDir: string | null;
  /** Manifest version of `outDir`, when there is one. */
  version: string | null;
}

async function current(out: string): Promise<{ outDir: string | null; version: string | null }> {
  const live = findLiveBuild(out);
  return { outDir: live?.dir ?? null, version: live?.version ?? null };
}

async function deriveAll(
  parsed: ParsedCollection,
  media: CheckedMedia[],
  partial: string,
  opts: BuildOptions,
  problems: ProblemList,
): Promise<DerivativesByKey> {
  const { jobs, idByKey } = mediaJobs(media);
  const colourFamilies: Record<string, string> = {};
  for (const [key, term] of Object.entries(parsed.terms.get('colour')?.data.terms ?? {})) {
    if (term.hex) colourFamilies[key] = term.hex.toLowerCase();
  }
  const results = await (opts.derive ?? buildDerivatives)(jobs, {
    outDir: partial,
    cacheDir: opts.cacheDir ?? path.join(opts.out, 'cache'),
    colourFamilies,
    tiles: opts.tiles ?? true,
    onProgress: (done, total) => opts.onProgress?.({ phase: 'images', done, total }),
  });
  const derived: DerivativesByKey = new Map();
  for (const m of media) {
    const key = mediaKey(m.kind, m.itemId, m.index);
    const id = idByKey.get(key)!;
    const result = results.get(id);
    const file = `${m.kind}/${m.itemId}/${m.kind === 'pieces' ? 'piece' : 'motif'}.yaml`;
    if (result && !(result instanceof Error)) {
      derived.set(key, { id, derivatives: result });
      continue;
    }
    problems.add({
      file,
      field: formatField(['media', m.index, 'file']),
      kind: 'image-processing',
      message: `The image "${m.entry.file}" could not be processed: ${result ? describeError(result) : 'no result'}.`,
    });
  }
  return derived;
}

/**
 * Checks the collection and, only if it has no errors, compiles it into a new build folder and
 * switches `<out>/current.json` to it atomically. On any failure the live build is untouched and
 * returned as `outDir`. Never throws.
 */
export async function buildCollection(options: BuildOptions): Promise<BuildResult> {
  const out = path.resolve(options.out);
  // A failing progress display (a closed terminal, say) must not abort the build.
  const onProgress = (p: BuildProgress): void => {
    try {
      options.onProgress?.(p);
    } catch {
      // ignored on purpose
    }
  };
  const opts: BuildOptions = { ...options, onProgress };
  onProgress({ phase: 'check', done: 0, total: 1 });
  const checked = await runCheck(opts.source, { inspect: opts.inspect });
  const { report, parsed, media } = checked;
  const fail = async (errors: Problem[]): Promise<BuildResult> => ({
    ok: false,
    errors,
    warnings: report.warnings,
    stats: report.stats,
    ...(await current(out)),
  });
  if (report.errors.length > 0 || !parsed?.config) return fail(report.errors);

  const problems = new ProblemList();
  const release = await lockBuilds(out).catch(() => null);
  if (!release) {
    problems.add({
      file: '',
      field: '',
      kind: 'build-in-progress',
      message: `Another build is writing to ${out}; try again when it ends.`,
    });
    return fail(problems.errors);
  }
  let partial: string | null = null;
  try {
    await cleanLeftovers(out, opts.cacheDir ?? path.join(out, 'cache'));
    partial = await makePartialFolder(out);
    const derived = await deriveAll(parsed, media, partial, opts, problems);
    if (problems.errors.length > 0) return await fail(problems.errors);

    onProgress({ phase: 'records', done: 0, total: 1 });
    const config = parsed.config.data;
    const records = compileRecords(parsed, derived);
    const now = new Date();
    const manifest = await writeChunksAndManifest(
      partial,
      records,
      {
        museum: config.museum,
        title: config.title,
        languages: config.languages,
        defaultLanguage: config.defaultLanguage,
        fallback: config.fallback ?? [config.defaultLanguage],
        synonyms: parsed.synonyms,
      },
      now,
    );
    const live = await current(out);
    if (
      live.outDir &&
      live.version === manifest.version &&
      (await verifyBuildFolder(live.outDir, { sameContentAs: partial })) === undefined
    ) {
      // Nothing changed and the live folder is intact: keep serving it instead of churning folders.
      // A damaged one (a file missing or changed on disk) is replaced by the fresh copy below.
      return { ok: true, errors: [], warnings: report.warnings, stats: report.stats, ...live };
    }
    onProgress({ phase: 'switch', done: 0, total: 1 });
    const outDir = await switchTo(out, partial, manifest.version, now);
    partial = null;
    await pruneBuilds(out);
    return {
      ok: true,
      errors: [],
      warnings: report.warnings,
      stats: report.stats,
      outDir,
      version: manifest.version,
    };
  } catch (err) {
    problems.add({
      file: '',
      field: '',
      kind: 'internal',
      message: `The build stopped: ${describeError(err)}. The last good collection stays live.`,
    });
    return await fail(problems.errors);
  } finally {
    if (partial) await rm(partial, { recursive: true, force: true }).catch(() => undefined);
    await release();
  }
}
