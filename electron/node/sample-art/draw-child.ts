/**
 * Child-process entry of the parallel draw ({@link drawInChildren}): draws one folder per message
 * and answers with what it did. A process, not a worker thread: the drawing spends its time in
 * the SVG renderer and in JavaScript, neither of which runs side by side inside one process.
 */
import { readArtSpec } from './art-spec';
import { drawFolder } from './draw-folder';
import type { ChildAnswer, ChildTask } from './draw-children';

process.on('message', (task: ChildTask) => {
  void (async () => {
    let answer: ChildAnswer;
    try {
      const spec = await readArtSpec(task.yaml);
      answer = { ok: true, ...(await drawFolder(spec, task.families, task.folder, task.force)) };
    } catch (error) {
      answer = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    process.send?.(answer);
  })();
});
