import cliProgress, { type GenericFormatter } from 'cli-progress';

// A CommonJS package whose `Format` Node's ESM loader cannot see as a named export.
const { Format, Presets, SingleBar } = cliProgress;

/** Where progress goes: a stream that may or may not be a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** One long step's progress in the terminal. */
export interface TerminalProgress {
  /** `total` 0 means "not known yet": the count alone is shown. */
  update(done: number, total: number, detail?: string): void;
  /** Ends the bar (a final newline on a terminal); safe to call twice or without any update. */
  stop(): void;
}

/**
 * A progress bar (cli-progress) when `stream` is a terminal; otherwise plain lines, one per tenth
 * of the work and one at the end, so CI logs, pipes and tests stay readable and never hold
 * carriage returns. Progress always goes to its own stream (stderr in the CLIs), never into
 * output another program parses, such as `--json`.
 */
export function terminalProgress(label: string, stream: ProgressStream): TerminalProgress {
  return stream.isTTY === true ? barProgress(label, stream) : lineProgress(label, stream);
}

function barProgress(label: string, stream: ProgressStream): TerminalProgress {
  const bar = new SingleBar(
    {
      format: countedFormat(label),
      stream: stream as NodeJS.WriteStream,
      hideCursor: true,
      etaBuffer: 20,
    },
    Presets.legacy,
  );
  let started = false;
  let stopped = false;
  return {
    update(done, total, detail = '') {
      if (stopped) return;
      if (!started) bar.start(total, done, { detail });
      else {
        if (total !== bar.getTotal()) bar.setTotal(total);
        bar.update(done, { detail });
      }
      started = true;
    },
    stop() {
      if (started && !stopped) bar.stop();
      stopped = true;
    },
  };
}

/** A bar with `done/total`, or while the total is not known (0) the count alone: no full bar for "37/0". */
function countedFormat(label: string): GenericFormatter {
  return (options, params, payload) =>
    Format.Formatter(
      {
        ...options,
        format: params.total > 0 ? `${label} [{bar}] {value}/{total} {detail}` : `${label}: {value} {detail}`,
      },
      params,
      payload,
    );
}

function lineProgress(label: string, stream: ProgressStream): TerminalProgress {
  let lastStep = -1;
  let lastTotal = -1;
  let stopped = false;
  return {
    update(done, total) {
      if (stopped) return;
      // With no total known yet, a line per hundred items still shows the step is moving.
      const step = total > 0 ? Math.floor((done / total) * 10) : Math.floor(done / 100);
      if (step !== lastStep || total !== lastTotal)
        stream.write(total > 0 ? `${label}: ${done}/${total}\n` : `${label}: ${done}\n`);
      lastStep = step;
      lastTotal = total;
    },
    stop() {
      stopped = true;
    },
  };
}
