/**
 * The kiosk's side of publishing: poll the pointer, verify its signature and expiry, refuse an
 * older version than the one held, download only the files not held yet (a few at a time, resuming
 * a broken one), check every file's hash, then assemble a build folder from them and switch to it
 * through the same atomic pointer swap and last-good keeping as a local build. Until all of that
 * has succeeded the kiosk goes on showing what it has.
 */
import { link, copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  currentBuild,
  findLiveBuild,
  lockBuilds,
  makePartialFolder,
  pruneBuilds,
  switchTo,
} from '../collection/build-folders';
import { digestFile, sha256, type FileDigest } from '../images/file-digest';
import { runPool } from '../images/job-pool';
import type { BuildHooks, BuildOutcome } from '../live-collection/collection-updater';
import {
  applyDelta,
  checkPointer,
  ListError,
  listText,
  parseList,
  type BundleFile,
  type BundlePointer,
} from './bundle-pointer';
import { SizeMismatch, SourceError, type BundleSource } from './bundle-source';
import { readPublishState, writePublishState, type PublishState } from './publish-state';
import type { PublicKey } from './signing-keys';

/** Downloaded files by hash, shared by every version the kiosk has held. */
export const STORE_DIR = 'bundle-store';
/** Files downloading at once: enough to fill a LAN, few enough for a busy kiosk. */
const DOWNLOADS_IN_FLIGHT = 4;

/** What `/api/status` and the admin page say about publishing. */
export interface PublishStatus {
  url: string;
  /** The `latest.json` version now live; null before the first. */
  version: number | null;
  /** When the live version's pointer and files were verified. */
  verifiedAt: string | null;
  /** The last problem, as a plain sentence; null when the last poll went well. */
  problem: string | null;
  /** When the publisher was last asked. */
  checkedAt: string | null;
}

export interface BundlePullerOptions {
  source: BundleSource;
  out: string;
  keys: readonly PublicKey[];
  now?: () => Date;
}

class PullProblem extends Error {}

const problemView = (message: string): BuildOutcome => ({
  ok: false,
  errors: [{ file: 'latest.json', field: '', kind: 'publish', message, severity: 'error' }],
  warnings: [],
});

export class BundlePuller {
  private state: PublishStatus;
  private readonly now: () => Date;

  constructor(private readonly options: BundlePullerOptions) {
    this.now = options.now ?? (() => new Date());
    this.state = {
      url: options.source.where,
      version: null,
      verifiedAt: null,
      problem: null,
      checkedAt: null,
    };
  }

  status(): PublishStatus {
    return { ...this.state };
  }

  /**
   * Reads what an earlier run verified, so the status is right before the first poll. A kiosk that
   * stopped after switching its pointer but before recording the switch serves a build the record
   * does not name: it claims no version until the next poll has verified one again.
   */
  async load(): Promise<void> {
    const held = await readPublishState(this.options.out);
    const live = currentBuild(this.options.out) && findLiveBuild(this.options.out);
    if (!held || !live) return;
    if (live.version !== held.collectionVersion) {
      this.state.problem =
        'The kiosk stopped while switching versions: the collection it serves is checked again at the next poll.';
      return;
    }
    this.state.version = held.version;
    this.state.verifiedAt = held.verifiedAt;
  }

  /** One poll: the build function the live collection runs instead of a compile. */
  async pull(hooks: Pick<BuildHooks, 'signal'>): Promise<BuildOutcome> {
    const { out } = this.options;
    this.state.checkedAt = this.now().toISOString();
    const release = await lockBuilds(out).catch(() => null);
    if (!release)
      return this.fail('Another update is writing to the collection folder; the next poll tries again.');
    try {
      const outcome = await this.pullLocked(hooks.signal);
      this.state.problem = null;
      return outcome;
    } catch (err) {
      if (err instanceof PullProblem || err instanceof SourceError) return this.fail(err.message);
      throw err;
    } finally {
      await release();
    }
  }

  private fail(problem: string): BuildOutcome {
    this.state.problem = problem;
    return problemView(problem);
  }

  private async pullLocked(signal: AbortSignal): Promise<BuildOutcome> {
    const { out, source } = this.options;
    const held = await readPublishState(out);
    const live = currentBuild(out);
    const holding = held !== null && live !== null && held.source === source.where;
    const read = await source.readPointer(holding ? held.etag : null, signal);
    if (read.kind === 'same') return unchanged(held!);
    const check = checkPointer(read.text, this.options.keys, this.now());
    if (!check.ok) throw new PullProblem(check.problem);
    const pointer = check.pointer;
    if (held && live && pointer.version < held.version) {
      throw new PullProblem(
        `The publisher offers version ${pointer.version}, older than version ${held.version} held here: refused (a replayed or rolled-back latest.json).`,
      );
    }
    if (holding && pointer.version === held.version && pointer.manifestSha256 === held.manifestSha256) {
      await writePublishState(out, { ...held, etag: read.etag });
      return unchanged(held);
    }
    const files = await this.fileList(pointer, holding ? held : null, signal);
    await this.fetchMissing(files, signal);
    await this.assemble(pointer, files);
    await pruneBuilds(out);
    await this.pruneStore(pointer, files);
    const state: PublishState = {
      source: source.where,
      version: pointer.version,
      collectionVersion: pointer.collectionVersion,
      manifestSha256: pointer.manifestSha256,
      listSha256: pointer.list.sha256,
      verifiedAt: this.now().toISOString(),
      etag: read.etag,
    };
    await writePublishState(out, state);
    this.state.version = state.version;
    this.state.verifiedAt = state.verifiedAt;
    return { ok: true, errors: [], warnings: [], version: pointer.collectionVersion };
  }

  /**
   * The pointer's file list: from the delta when this kiosk holds the list it starts from (a few
   * kilobytes for a one-photo change), else whole. Either way checked against the signed hash.
   */
  private async fileList(
    pointer: BundlePointer,
    held: PublishState | null,
    signal: AbortSignal,
  ): Promise<BundleFile[]> {
    const store = path.join(this.options.out, STORE_DIR);
    await mkdir(store, { recursive: true });
    const text = async (ref: { sha256: string; size: number }, what: string) => {
      const file = path.join(store, ref.sha256);
      if ((await stat(file).catch(() => null))?.size !== ref.size) {
        await this.fetchOne({ path: what, ...ref }, store, signal);
      }
      return readFile(file, 'utf8');
    };
    try {
      const delta = pointer.delta;
      if (delta && held?.listSha256 === delta.fromList) {
        const base = await readFile(path.join(store, delta.fromList), 'utf8').catch(() => null);
        if (base !== null) {
          const files = applyDelta(
            parseList(base, delta.fromList),
            await text(delta, 'the list delta'),
            delta.sha256,
          );
          const list = listText(files);
          // Kept in the store: the next version's delta starts from it.
          if (sha256(list) === pointer.list.sha256) {
            await writeFile(path.join(store, pointer.list.sha256), list);
            return files;
          }
        }
      }
      return parseList(await text(pointer.list, 'the file list'), pointer.list.sha256);
    } catch (err) {
      if (err instanceof ListError || err instanceof SyntaxError)
        throw new PullProblem(`${err.message} Nothing was switched.`);
      throw err;
    }
  }

  /** Downloads every file the store lacks; each is checked against its hash before it is kept. */
  private async fetchMissing(files: readonly BundleFile[], signal: AbortSignal): Promise<void> {
    const store = path.join(this.options.out, STORE_DIR);
    await mkdir(store, { recursive: true });
    const byHash = new Map(files.map((file) => [file.sha256, file]));
    const missing: BundleFile[] = [];
    for (const file of byHash.values()) {
      const there = await stat(path.join(store, file.sha256)).catch(() => null);
      if (there?.size !== file.size) missing.push(file);
    }
    const stop = new AbortController();
    const both = AbortSignal.any([signal, stop.signal]);
    let failure: Error | null = null;
    await runPool(missing, DOWNLOADS_IN_FLIGHT, async (file) => {
      if (failure || both.aborted) return;
      try {
        await this.fetchOne(file, store, both);
      } catch (err) {
        failure ??= err as Error;
        stop.abort();
      }
    });
    if (failure) throw failure;
    if (signal.aborted) throw new PullProblem('The update was interrupted; the next poll carries on.');
  }

  private async fetchOne(file: BundleFile, store: string, signal: AbortSignal): Promise<void> {
    const part = path.join(store, `${file.sha256}.part`);
    // A part already whole (the kiosk stopped between download and rename) needs only its check.
    const whole =
      (await stat(part).catch(() => null))?.size === file.size &&
      (await digestFile(part)).sha256 === file.sha256;
    if (whole) {
      await rename(part, path.join(store, file.sha256));
      return;
    }
    try {
      await this.options.source.download(file, part, signal);
    } catch (err) {
      if (!(err instanceof SizeMismatch)) throw err;
      await rm(part, { force: true });
      throw new PullProblem(
        `${err.message} It does not match latest.json: the file was altered at the source. Nothing was switched.`,
      );
    }
    const digest = await digestFile(part);
    if (digest.size !== file.size || digest.sha256 !== file.sha256) {
      // A part longer than the file, or of other bytes: nothing of it can be resumed.
      if (digest.size >= file.size) await rm(part, { force: true });
      if (digest.size < file.size) {
        throw new SourceError(
          `${file.path} arrived incomplete (${digest.size} of ${file.size} bytes); it resumes next time.`,
        );
      }
      throw new PullProblem(
        `${file.path} from the publisher does not match its SHA-256 in latest.json: the file was altered at the source. Nothing was switched.`,
      );
    }
    await rename(part, path.join(store, file.sha256));
  }

  /** A build folder of hard links into the store (copies where links cannot be made), switched in. */
  private async assemble(pointer: BundlePointer, files: readonly BundleFile[]): Promise<string> {
    const { out } = this.options;
    const store = path.join(out, STORE_DIR);
    const partial = await makePartialFolder(out);
    const known = new Map<string, FileDigest>();
    await runPool(files, 16, async (file) => {
      const target = path.join(partial, ...file.path.split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await link(path.join(store, file.sha256), target).catch(() =>
        copyFile(path.join(store, file.sha256), target),
      );
      known.set(file.path, { size: file.size, sha256: file.sha256 });
    });
    return switchTo(out, partial, pointer.collectionVersion, this.now(), known);
  }

  /**
   * Drops store files the live version does not name (the previous build keeps its own links); the
   * live list stays, for the next version's delta to start from.
   */
  private async pruneStore(pointer: BundlePointer, files: readonly BundleFile[]): Promise<void> {
    const store = path.join(this.options.out, STORE_DIR);
    const keep = new Set([...files.map((file) => file.sha256), pointer.list.sha256]);
    for (const name of await readdir(store).catch(() => [] as string[])) {
      if (!keep.has(name) && !name.endsWith('.part')) await rm(path.join(store, name), { force: true });
    }
  }
}

function unchanged(held: PublishState): BuildOutcome {
  return { ok: true, errors: [], warnings: [], version: held.collectionVersion };
}
