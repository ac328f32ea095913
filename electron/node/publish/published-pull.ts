/**
 * A kiosk host's pull of a published bundle, shared by the web host and Electron main: the keys and
 * the source opened once (at the first poll, or before it with `open()` where a bad key file should
 * stop the host), the puller as the live collection's build, a status before the first poll, and a
 * poll timer that never interrupts a running pull.
 */
import type { PublishStatusView } from '../../shared/web-host-status';
import type { BuildHooks, BuildOutcome } from '../live-collection/collection-updater';
import { BundlePuller } from './bundle-puller';
import { folderSource, httpSource } from './bundle-source';
import { readPublicKey } from './signing-keys';

export interface PublishedPull {
  /** Reads the keys and the held version now; rejects on a key file that cannot be used. */
  open(): Promise<void>;
  /** One poll: the build function of the live collection. A key problem is its failed outcome. */
  build(hooks: Pick<BuildHooks, 'signal'>): Promise<BuildOutcome>;
  status(): PublishStatusView;
}

export interface PublishedPullOptions {
  /** `http(s)://` URL of the bundle, or a bundle folder. */
  url: string;
  keyFiles: readonly string[];
  out: string;
  /** Set when the bundle must not be pulled (no keys to check it by): every poll fails with it. */
  refusal?: string;
}

export function publishedPull(options: PublishedPullOptions): PublishedPull {
  let puller: BundlePuller | null = null;
  const open = async (): Promise<BundlePuller> => {
    if (options.refusal) throw new Error(options.refusal);
    if (puller) return puller;
    const keys = await Promise.all(options.keyFiles.map((file) => readPublicKey(file)));
    const source = /^https?:\/\//i.test(options.url) ? httpSource(options.url) : folderSource(options.url);
    const opened = new BundlePuller({ source, out: options.out, keys });
    await opened.load();
    puller = opened;
    return opened;
  };
  return {
    open: async () => void (await open()),
    async build(hooks) {
      let opened: BundlePuller;
      try {
        opened = await open();
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          errors: [{ file: 'latest.json', field: '', kind: 'publish', message, severity: 'error' }],
          warnings: [],
        };
      }
      return opened.pull(hooks);
    },
    status: () =>
      puller?.status() ?? {
        url: options.url,
        version: null,
        verifiedAt: null,
        problem: options.refusal ?? null,
        checkedAt: null,
      },
  };
}

/**
 * Asks for a poll every `intervalMs`, but not while a pull runs: a request then aborts it (the
 * updater's give-way), downloads and all. Returns the function that stops the timer.
 */
export function pollWhileIdle(
  live: { status(): { building: boolean } },
  poll: () => void,
  intervalMs: number,
): () => void {
  const timer = setInterval(() => live.status().building || poll(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
