import { spawn } from 'node:child_process';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeMinCollection, removeCollection } from '../../../support/fixture-helper';

const ROOT = path.resolve(import.meta.dirname, '../../../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'electron/node/cli/collection.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real CLI as `npm run collection -- ARGS | cat` does: its stdout is an operating-system
 * pipe (64 KB of room on Linux), which is what lost the end of the report. (A child's stdout that
 * Node itself creates is a socket pair with more room, and hid the loss.) With `readBytes`, stops
 * reading after that many bytes and closes the pipe, as `| head -c N` does.
 */
function runPiped(args: string[], readBytes?: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', 'set -o pipefail; "$@" | cat', 'bash', TSX, CLI, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    let read = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      out.push(chunk);
      read += chunk.length;
      if (readBytes !== undefined && read >= readBytes) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString(), stderr: err }));
  });
}

// A folder whose report is far over a pipe's 64 KB: 1,500 misspelt fields and a dangling motif.
const UNKNOWN = 1_500;
let dir: string;
beforeAll(async () => {
  dir = await makeMinCollection();
  const keys = Array.from({ length: UNKNOWN }, (_, i) => `catatan-kurator-${i}: teks`);
  await appendFile(path.join(dir, 'pieces/kawung-cap/piece.yaml'), `${keys.join('\n')}\n`);
  const piece = path.join(dir, 'pieces/jlamprang-tulis/piece.yaml');
  await writeFile(piece, (await readFile(piece, 'utf8')).replace('motif: jlamprang', 'motif: jelamprang'));
});
afterAll(async () => {
  await removeCollection(dir);
});

describe('npm run collection through a pipe', () => {
  it('delivers the whole --json report, however large', async () => {
    const { code, stdout } = await runPiped(['check', dir, '--json']);
    // Before the fix exactly 65,536 bytes arrived and the JSON did not parse.
    expect(stdout.length).toBeGreaterThan(2 * 65_536);
    const report = JSON.parse(stdout) as { errors: { kind: string }[]; warnings: { kind: string }[] };
    expect(report.warnings.filter((w) => w.kind === 'unknown-field')).toHaveLength(UNKNOWN);
    expect(report.errors).toEqual([expect.objectContaining({ kind: 'dangling-motif' })]);
    expect(code).toBe(1);
  }, 60_000);

  it('counts the warnings by kind in the text report, and lists them all with --verbose', async () => {
    const summary = await runPiped(['check', dir]);
    expect(summary.stdout).toContain(`  unknown-field (${UNKNOWN})\n`);
    expect(summary.stdout).toContain(
      '"jelamprang" is not a motif folder under motifs/. Did you mean "jlamprang"?',
    );
    expect(summary.stdout.split('\n').length).toBeLessThan(20);
    const verbose = await runPiped(['check', dir, '--verbose']);
    expect(verbose.stdout.match(/\[unknown-field\]/g)).toHaveLength(UNKNOWN);
    // The one error is in a piece's own file: that piece is held back, the rest goes live.
    expect(verbose.stdout.trimEnd()).toMatch(/holds back 1 piece .* and shows everything else\.$/);
    expect(verbose.code).toBe(1);
  }, 60_000);

  it('stops quietly when the reader closes the pipe early', async () => {
    const { stdout, stderr } = await runPiped(['check', dir, '--json'], 1_000);
    expect(stdout.length).toBeGreaterThan(0);
    expect(stderr).not.toMatch(/EPIPE|stopped unexpectedly|\bat .*:\d+/);
  }, 60_000);
});
