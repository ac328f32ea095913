import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runPool } from '../images/job-pool';
import type { FolderDrawn } from './draw-folder';

/** One folder for a child to draw. */
export interface ChildTask {
  yaml: string;
  folder: string;
  families: Record<string, string>;
  force: boolean;
}

/** A child's answer for one task. */
export type ChildAnswer = ({ ok: true } & FolderDrawn) | { ok: false; message: string };

const CHILD_ENTRY = fileURLToPath(new URL('./draw-child.ts', import.meta.url));

/**
 * Draws `tasks` in `processes` child processes, each taking the next folder as soon as it is free
 * (pieces take far longer than motifs, so fixed shares would leave a core idle). Every folder is
 * drawn from its own seed, so the files are the same bytes as a serial draw's.
 */
export async function drawInChildren(
  tasks: readonly ChildTask[],
  processes: number,
  onAnswer: (index: number, answer: ChildAnswer) => void,
): Promise<void> {
  const children: ChildProcess[] = [];
  const next = { value: 0 };
  try {
    const lanes = Array.from({ length: Math.max(1, Math.min(processes, tasks.length)) }, (_, i) => i);
    await runPool(lanes, lanes.length, async () => {
      // The children are TypeScript run through tsx, as the CLI itself is.
      const child = fork(CHILD_ENTRY, [], {
        execArgv: ['--import', 'tsx'],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      children.push(child);
      while (next.value < tasks.length) {
        const index = next.value++;
        onAnswer(index, await ask(child, tasks[index]!));
      }
    });
  } finally {
    for (const child of children) child.kill();
  }
}

function ask(child: ChildProcess, task: ChildTask): Promise<ChildAnswer> {
  // A child that died on an earlier folder fails the rest of its lane's folders, not the whole draw.
  if (!child.connected) return Promise.resolve({ ok: false, message: 'the drawing process had stopped' });
  return new Promise((resolve) => {
    const done = (answer: ChildAnswer) => {
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(answer);
    };
    const onMessage = (answer: ChildAnswer) => done(answer);
    const onExit = (code: number | null) =>
      done({ ok: false, message: `the drawing process stopped (exit ${code})` });
    child.on('message', onMessage);
    child.on('exit', onExit);
    child.send(task);
  });
}
