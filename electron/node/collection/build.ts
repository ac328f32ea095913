import { rm } from 'node:fs/promises';
import path from 'node:path';
import { lockBuilds, makePartialFolder, pruneBuilds, sameTextFiles, switchTo } from './build-folders';
import { cleanLeftovers } from './build-leftovers';
import { verifyBuildFolder } from './build-record';
import { runCheck } from './check';
import type { CheckOptions, CheckStats } from './check';
import { writeChunksAndManifest } from './chunks';
import { compileRecords } from './compile';
import type { DerivativesByKey } from './compile';
import { NOTHING_LIVE, publishable, ProblemsByRecord, withoutHeldBack } from './hold-back';
import type { HeldBackRecord } from './hold-back';
import { buildDerivatives, ImageProblem, inspectImage, OutputProblem } from './image-adapter';
import type { DeriveFn, ImageJob } from './image-adapter';
import { imageProblemMessage, outputProblemMessage } from './image-messages';
import { mediaJobs, mediaKey } from './media-jobs';
import { describeUnexpected, formatField, ProblemList } from './problems';
import type { Problem } from './problems';
import type { ParsedCollection } from './read-collection';
import type { CheckedMedia } from './media-check';
import { findLiveBuild } from './live-build';
import { LinkPlan } from '../images/link-plan';
import { SourceInspections } from '../images/source-inspections';
import { orderPendingTiles, type PendingTiles } from './tile-order';
import { YamlMemo } from './yaml-memo';

export { currentBuild } from './build-folders';

/** Where a build is; `done`/`total` count images during `images` and `tiles`, else steps. */
export interface BuildProgress {
  phase: 'check' | 'images' | 'records' | 'switch' | 'tiles';
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
  /**
   * Deep-zoom tiles: made now (default true; tests turn them off for speed), or `'cached'`: only
   * those made before are published and the rest listed in `pendingTiles` (see `buildThenTiles`).
   */
  tiles?: boolean | 'cached';
  onProgress?: (progress: BuildProgress) => void;
  /** The image pipeline; injectable so tests can fake or break it. */
  derive?: DeriveFn;
  /** Image inspection for the check; injectable like `derive`. */
  inspect?: CheckOptions['inspect'];
  /**
   * The check's `onInspected` (each image's header read or found remembered), so a kiosk's watchdog
   * hears from a long check. Kept by the quiet rebuilds of `buildThenTiles`.
   */
  onInspected?: CheckOptions['onInspected'];
}

export interface BuildResult {
  /** True when this build is live (possibly with records held back); false: nothing changed. */
  ok: boolean;
  /** Every error found; when `ok`, each one belongs to a record in `heldBack`. */
  errors: Problem[];
  warnings: Problem[];
  stats: CheckStats;
  /** The live build folder after this call: the new one, or the last good one (null if none) on failure. */
  outDir: string | null;
  /** Manifest version of `outDir`, when there is one. */
  version: string | null;
  /** Pieces and motifs this build did not publish as the folder has them, and why (empty on failure). */
  heldBack: HeldBackRecord[];
  /** Published images whose deep-zoom tiles are still to be made, most-viewed first (`tiles: 'cached'`). */
  pendingTiles: PendingTiles[];
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
  links: LinkPlan,
): Promise<{ derived: DerivativesByKey; pending: Map<string, ImageJob> }> {
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
    links,
    onProgress: (done, total) => opts.onProgress?.({ phase: 'images', done, total }),
  });
  const derived: DerivativesByKey = new Map();
  const pending = new Map<string, ImageJob>();
  let outputFailed = false;
  for (const m of media) {
    const key = mediaKey(m.kind, m.itemId, m.index);
    const id = idByKey.get(key)!;
    const result = results.get(id);
    if (result && !(result instanceof Error)) {
      derived.set(key, { id, derivatives: result });
      if (result.tilesPending) pending.set(id, { source: m.source, id });
      continue;
    }
    // Not the photo's fault: said once, for the whole build, and never against a photo.
    if (result instanceof OutputProblem) {
      if (!outputFailed) {
        problems.add({
          file: '',
          field: '',
          kind: 'cannot-write-output',
          message: outputProblemMessage(result),
        });
      }
      outputFailed = true;
      continue;
    }
    const name = m.entry.file;
    problems.add({
      file: m.file,
      field: formatField(['media', m.index, 'file']),
      ...(m.line === undefined ? {} : { line: m.line }),
      ...(result instanceof ImageProblem
        ? { kind: result.kind, message: imageProblemMessage(result, name) }
        : {
            kind: 'image-processing' as const,
            message: `The kiosk could not make its picture sizes from "${name}", although the file reads as an image. This is a fault of the kiosk software or this computer, not of the photo: build again, and if it keeps failing, tell the kiosk's maintainers.`,
          }),
    });
  }
  return { derived, pending };
}

/**
 * The build's own check reads image headers only: deriveAll decodes every new image anyway and
 * reports a damaged one in the check's words, and an unchanged image (a cache hit) was decoded
 * when it was first rendered. `collection check` decodes every image.
 */
const inspectHeaders: NonNullable<BuildOptions['inspect']> = (file) => inspectImage(file, { decode: false });

/**
 * Checks the collection and compiles it into a new build folder, then switches
 * `<out>/current.json` to it atomically. Errors confined to one piece or motif hold back that
 * record only (its last good version stays live when it can; see `hold-back.ts`); any other error
 * rejects the update. On a rejection the live build is untouched and returned as `outDir`. Never
 * throws.
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
  const cacheDir = opts.cacheDir ?? path.join(out, 'cache');
  // An unchanged photo's header is remembered, not read again (the whole file, at museum scale GBs),
  // and an unchanged YAML file's data is not parsed again.
  const inspections = opts.inspect ? null : await SourceInspections.open(cacheDir);
  const yamlMemo = await YamlMemo.open(cacheDir);
  const checked = await runCheck(opts.source, {
    inspect: opts.inspect ?? inspections!.remembering(inspectHeaders),
    yamlMemo,
    ...(opts.onInspected ? { onInspected: opts.onInspected } : {}),
  });
  await inspections?.save().catch(() => undefined);
  await yamlMemo.save().catch(() => undefined);
  const { report, parsed, media } = checked;
  const fail = async (errors: Problem[]): Promise<BuildResult> => ({
    ok: false,
    errors,
    warnings: report.warnings,
    stats: report.stats,
    ...(await current(out)),
    heldBack: [],
    pendingTiles: [],
  });
  const held = new ProblemsByRecord();
  if (held.add(report.errors) > 0 || !parsed?.config) return fail(report.errors);

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
    await cleanLeftovers(out, cacheDir);
    partial = await makePartialFolder(out);
    const toDerive = withoutHeldBack(parsed, media, held);
    // The images' cache files are linked only once this build is known to switch (below).
    const links = new LinkPlan();
    const { derived, pending } = await deriveAll(
      toDerive.parsed,
      toDerive.media,
      partial,
      opts,
      problems,
      links,
    );
    const errors = [...report.errors, ...problems.errors];
    // An image the pipeline could not process holds back its record, as a check error would.
    if (held.add(problems.errors) > 0) return await fail(errors);

    onProgress({ phase: 'records', done: 0, total: 1 });
    const config = parsed.config.data;
    const fresh = compileRecords(withoutHeldBack(parsed, [], held).parsed, derived);
    const { records, heldBack } = await publishable({ fresh, held, parsed, derived, out, partial });
    if (records.pieces.length === 0) return await fail([...errors, NOTHING_LIVE]);
    const pendingTiles = pending.size > 0 ? orderPendingTiles(records, pending) : [];
    const now = new Date();
    const live = await current(out);
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
      live.outDir,
    );
    if (
      live.outDir &&
      live.version === manifest.version &&
      (await sameTextFiles(live.outDir, partial)) &&
      (await verifyBuildFolder(live.outDir, { sameContentAs: partial, planned: links })) === undefined
    ) {
      // Nothing changed and the live folder is intact: keep serving it instead of churning folders.
      // A damaged one (a file missing or changed on disk) is replaced by the fresh copy below.
      return {
        ok: true,
        errors,
        warnings: report.warnings,
        stats: report.stats,
        ...live,
        heldBack,
        pendingTiles,
      };
    }
    onProgress({ phase: 'switch', done: 0, total: 1 });
    await links.apply(partial);
    const outDir = await switchTo(out, partial, manifest.version, now, links.knownDigests());
    partial = null;
    await pruneBuilds(out);
    return {
      ok: true,
      errors,
      warnings: report.warnings,
      stats: report.stats,
      outDir,
      version: manifest.version,
      heldBack,
      pendingTiles,
    };
  } catch (err) {
    problems.add({
      file: '',
      field: '',
      kind: 'internal',
      message: `The build stopped unexpectedly (${describeUnexpected(err, {
        'the output folder': out,
        'the collection folder': path.resolve(opts.source),
      })}). The last good collection stays live; build again, and if it keeps failing, tell the kiosk's maintainers.`,
    });
    return await fail(problems.errors);
  } finally {
    if (partial) await rm(partial, { recursive: true, force: true }).catch(() => undefined);
    await release();
  }
}
