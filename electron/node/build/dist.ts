import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run dist [-- --e2e] [-- <electron-builder args>]`: builds the renderer and the Electron
 * bundles, draws the bundled collection's sample images, then packages with electron-builder.yml.
 * - `ELECTRON_DIST=<unpacked Electron>` is passed as `electronDist`, so no Electron zip is downloaded;
 *   without explicit targets only `--dir` is built then, the one target that needs no tool download.
 * - `--e2e` builds the test variant: the inspect fuse on (Playwright's `_electron` needs it), into
 *   `release/e2e`. Never ship that build.
 */

/** The electron-builder arguments for this environment and command line. */
export function distArgs(env: Record<string, string | undefined>, argv: readonly string[]): string[] {
  const e2e = argv.includes('--e2e');
  const passThrough = argv.filter((arg) => arg !== '--e2e');
  const args = ['--config', 'electron-builder.yml', '--publish', 'never'];
  if (env.ELECTRON_DIST) {
    args.push(`-c.electronDist=${path.resolve(env.ELECTRON_DIST)}`);
    const hasTarget = passThrough.some((arg) => /^--(dir|linux|win|mac|windows|macos)\b/.test(arg));
    if (!hasTarget) args.push('--dir');
  }
  if (e2e)
    args.push('-c.electronFuses.enableNodeCliInspectArguments=true', '-c.directories.output=release/e2e');
  return [...args, ...passThrough];
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run('npm', ['run', 'build']);
  // The collection ships as an extra resource: its generated sample images must exist first.
  run('npx', ['tsx', 'electron/node/cli/draw-command.ts', 'collection']);
  const args = distArgs(process.env, process.argv.slice(2));
  console.log(`electron-builder ${args.join(' ')}`);
  run('npx', ['electron-builder', ...args]);
}
