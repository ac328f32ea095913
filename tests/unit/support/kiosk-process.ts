/**
 * Starts `kiosk-puller-process.ts` in a network namespace and follows its JSON status lines: the
 * fleet integration tests wait for a line matching a condition (with a timeout), never for a time.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const REPO = path.resolve(import.meta.dirname, '../../..');
const RUNNER = path.join(REPO, 'tests/unit/support/kiosk-puller-process.ts');

/** One status line of the kiosk. */
export interface KioskLine {
  /** `opened` before any network, `line` while a poll runs, `poll` when one has settled. */
  event: 'opened' | 'line' | 'poll';
  version: number | null;
  verifiedAt: string | null;
  problem: string | null;
  root: string | null;
}

export interface KioskOptions {
  ns: string;
  url: string;
  keyFile: string;
  out: string;
  intervalMs: number;
}

export class KioskProcess {
  /** Every line since the start (of this process; a restart starts a new list). */
  lines: KioskLine[] = [];
  /** The signal that ended the last run, if one did. */
  exitSignal: NodeJS.Signals | null = null;
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private stderr = '';
  private waiters = new Set<() => void>();

  constructor(
    readonly name: string,
    readonly options: KioskOptions,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /**
   * Starts the kiosk (`ip netns exec` execs node, so the pid is the kiosk's own).
   * @param dieAt - a step of its next switch at which it kills itself (kiosk-puller-process.ts)
   */
  start(dieAt?: 'build-folder' | 'pointer' | 'pointer-swapped'): void {
    if (this.child) throw new Error(`${this.name} runs already`);
    const { ns, url, keyFile, out, intervalMs } = this.options;
    this.lines = [];
    this.stderr = '';
    this.exitSignal = null;
    const child = spawn(
      'ip',
      [
        'netns',
        'exec',
        ns,
        process.execPath,
        '--import',
        'tsx',
        RUNNER,
        '--url',
        url,
        '--key',
        keyFile,
        '--out',
        out,
        '--interval-ms',
        String(intervalMs),
        ...(dieAt ? ['--die-at', dieAt] : []),
      ],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    this.exited = new Promise((resolve) =>
      child.once('exit', (_code, signal) => {
        this.exitSignal = signal;
        resolve();
      }),
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-4000);
    });
    createInterface({ input: child.stdout! }).on('line', (text) => {
      try {
        this.lines.push(JSON.parse(text) as KioskLine);
      } catch {
        this.stderr += `\n(not a status line) ${text}`;
      }
      for (const wake of this.waiters) wake();
    });
    child.once('exit', () => {
      if (this.child === child) this.child = null;
      for (const wake of this.waiters) wake();
    });
  }

  /** The latest status line. */
  last(): KioskLine | undefined {
    return this.lines.at(-1);
  }

  /**
   * Resolves with the first line from index `from` on that satisfies `test`; rejects on timeout
   * or when the kiosk exits first, saying what it printed last.
   */
  waitFor(
    test: (line: KioskLine) => boolean,
    what: string,
    timeoutMs = 30_000,
    from = 0,
  ): Promise<KioskLine> {
    return new Promise((resolve, reject) => {
      let seen = from;
      const check = () => {
        for (; seen < this.lines.length; seen++) {
          const line = this.lines[seen]!;
          if (test(line)) return finish(() => resolve(line));
        }
        if (!this.child)
          return finish(() => reject(new Error(`${this.name} exited before ${what}: ${this.stderr}`)));
      };
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(
              new Error(
                `${this.name}: no ${what} within ${timeoutMs} ms; last line ${JSON.stringify(this.last())}; stderr ${this.stderr}`,
              ),
            ),
          ),
        timeoutMs,
      );
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        settle();
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Waits until the kiosk has ended by itself, at most `timeoutMs`; returns the signal that ended it. */
  async ended(what: string, timeoutMs = 30_000): Promise<NodeJS.Signals | null> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${this.name} did not end (${what}) within ${timeoutMs} ms: ${this.stderr}`)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([this.exited, late]);
    } finally {
      clearTimeout(timer);
    }
    return this.exitSignal;
  }

  /** Stops the kiosk (SIGTERM; SIGKILL to kill it as a power cut would) and waits for its end. */
  async stop(signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill(signal);
    const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await this.exited;
    clearTimeout(killer);
  }
}
