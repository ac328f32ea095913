import { describe, expect, it } from 'vitest';
import { summariseTrace, type TraceEvent } from '../../../bench/ui/main-thread-tasks';

// A hand-made trace: renderer process 1 (main thread 10, raster worker 11), GPU process 2.
const meta = (pid: number, tid: number, kind: 'thread_name' | 'process_name', name: string): TraceEvent => ({
  name: kind,
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const task = (tid: number, ts: number, dur: number, tdur: number, pid = 1): TraceEvent => ({
  name: tid === 11 ? 'ThreadPool_RunTask' : 'ThreadControllerImpl::RunTask',
  ph: 'X',
  pid,
  tid,
  ts: ts * 1000,
  dur: dur * 1000,
  tdur: tdur * 1000,
});
const step = (name: string, ts: number, dur: number): TraceEvent => ({
  name,
  ph: 'X',
  pid: 1,
  tid: 10,
  ts: ts * 1000,
  dur: dur * 1000,
});

const base: TraceEvent[] = [
  meta(1, 0, 'process_name', 'Renderer'),
  meta(2, 0, 'process_name', 'GPU Process'),
  meta(1, 10, 'thread_name', 'CrRendererMain'),
  meta(1, 11, 'thread_name', 'ThreadPoolForegroundWorker'),
  meta(2, 20, 'thread_name', 'VizCompositorThread'),
  { name: 'ui-bench-traced-page', ph: 'R', pid: 1, tid: 10, ts: 0 },
  task(10, 0, 10, 9),
  task(10, 100, 60, 20),
  task(11, 0, 50, 45),
  task(11, 100, 30, 30),
  task(20, 0, 40, 12, 2),
  // Another renderer's main thread: not the traced page's.
  task(12, 0, 500, 500),
];

describe('summariseTrace', () => {
  it("lists the page's main-thread tasks longest first and the CPU time of the busiest threads", () => {
    const figures = summariseTrace(base);
    expect(figures.tasks).toEqual([60, 10]);
    expect(figures.threadCpuMs).toEqual({
      'Renderer/12': 500,
      'Renderer/ThreadPoolForegroundWorker': 75,
      'Renderer/CrRendererMain': 29,
      'GPU Process/VizCompositorThread': 12,
    });
    // Only task events were recorded: no breakdown.
    expect(figures.longTaskSteps).toEqual([]);
  });

  it('breaks each task over 35 ms into the self time of its steps, a parent before its children', () => {
    const figures = summariseTrace([
      ...base,
      // Inside the 60 ms task at 100: script 30 ms of which 20 are a layout it forced (same start),
      // then a paint of 8 ms; nothing inside the 10 ms task is reported.
      step('Layout', 100, 20),
      step('FunctionCall', 100, 30),
      step('Paint', 140, 8),
      step('FunctionCall', 2, 5),
    ]);
    expect(figures.longTaskSteps).toEqual(['60 ms (CPU 20 ms): Layout 20, FunctionCall 10, Paint 8']);
  });

  it('counts only the tasks between the window marks when the page made both', () => {
    const mark = (name: string, ts: number, tid = 10): TraceEvent => ({
      name,
      ph: 'R',
      pid: 1,
      tid,
      ts: ts * 1000,
    });
    // The 10 ms task at 0 ran before the window opened (a forced collection, say).
    const figures = summariseTrace([
      ...base,
      mark('ui-bench-window-start', 50),
      mark('ui-bench-window-end', 200),
    ]);
    expect(figures.tasks).toEqual([60]);
    // A window mark on another thread is not the page's: every task counts.
    expect(
      summariseTrace([...base, mark('ui-bench-window-start', 50, 11), mark('ui-bench-window-end', 200)])
        .tasks,
    ).toEqual([60, 10]);
  });

  it('names the missing mark rather than guessing the main thread', () => {
    expect(() => summariseTrace(base.filter((e) => e.name !== 'ui-bench-traced-page'))).toThrow(
      /left no mark/,
    );
  });
});
