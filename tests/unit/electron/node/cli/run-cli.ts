import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '../../../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/** What a CLI run printed and how it exited (non-zero exits are results here, not errors). */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's CLI scripts (path from the project root) under tsx, from the root. */
export async function runCli(script: string, ...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, [path.join(ROOT, script), ...args], {
      cwd: ROOT,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as CliRun;
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** `npm run collection -- ...args`. */
export const runCollection = (...args: string[]): Promise<CliRun> =>
  runCli('electron/node/cli/collection.ts', ...args);
