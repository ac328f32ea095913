/**
 * Resolves once everything written so far to stdout and stderr has been handed to the operating
 * system. A write to a pipe that is full (64 KB on Linux) is queued inside Node, and
 * `process.exit()` does not wait for the queue: a 128 KB `check --json` report piped into another
 * program arrived as exactly its first 65,536 bytes. A stream whose reader has gone away (`| head`)
 * counts as flushed.
 */
function flushStdio(): Promise<void> {
  const flushed = (stream: NodeJS.WriteStream): Promise<void> =>
    new Promise((resolve) => {
      if (stream.destroyed || stream.writableLength === 0) {
        resolve();
        return;
      }
      // Write callbacks run in order, so this one runs after every earlier write has gone out.
      stream.write('', () => resolve());
    });
  return Promise.all([flushed(process.stdout), flushed(process.stderr)]).then(() => undefined);
}

/**
 * Ends a command-line tool with `code` once its output has been flushed. Setting
 * `process.exitCode` first means a tool whose event loop empties on its own exits the same way.
 */
export function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  void flushStdio().then(() => process.exit(code));
}

/**
 * A reader that closes the pipe early (`check --json | head -c 100`) is no error of the tool: the
 * rest of the output has nowhere to go. Without this, the EPIPE would surface as an uncaught error.
 */
export function ignoreClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
    });
  }
}
