import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupCrashRecovery } from '../../../../../electron/main/recovery/crash-backoff';
import { app, resetElectronMock } from '../../../../mocks/electron';
import { fakeContext } from '../fake-context';

describe('setupCrashRecovery', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    resetElectronMock();
    vi.useFakeTimers();
    delete process.env.KIOSK_SUPERVISED;
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  const start = () => {
    const setup = fakeContext();
    stop = setupCrashRecovery(setup.window as never, setup.context);
    return setup;
  };

  it('reloads the start page after a renderer crash, later each time', () => {
    const { window, journal } = start();
    const gone = () => window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    gone();
    vi.advanceTimersByTime(999);
    expect(window.webContents.loadURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(window.webContents.loadURL).toHaveBeenCalledWith('kiosk://app/');
    gone();
    vi.advanceTimersByTime(1999);
    expect(window.webContents.loadURL).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(window.webContents.loadURL).toHaveBeenCalledTimes(2);
    expect(journal.list()[0].kind).toBe('reload');
  });

  it('relaunches the app on a crash loop', () => {
    const { window, context } = start();
    for (let i = 0; i < 6; i += 1)
      window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(app.relaunch).toHaveBeenCalledTimes(1);
    expect(app.exit).toHaveBeenCalledWith(0);
    expect(context.exitRequested).toBe(true);
  });

  it('lets a supervisor restart it when KIOSK_SUPERVISED=1', () => {
    process.env.KIOSK_SUPERVISED = '1';
    const { window } = start();
    for (let i = 0; i < 6; i += 1)
      window.webContents.emit('render-process-gone', {}, { reason: 'oom', exitCode: 1 });
    expect(app.relaunch).not.toHaveBeenCalled();
    expect(app.exit).toHaveBeenCalledWith(75);
  });

  it('force-crashes a page that stays unresponsive, but not one that recovers', () => {
    const { window } = start();
    window.emit('unresponsive');
    vi.advanceTimersByTime(5_000);
    window.emit('responsive');
    vi.advanceTimersByTime(20_000);
    expect(window.webContents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    window.emit('unresponsive');
    vi.advanceTimersByTime(10_000);
    expect(window.webContents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
  });

  it('relaunches after repeated child process losses only', () => {
    start();
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed' });
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'clean-exit' });
    app.emit('child-process-gone', {}, { type: 'GPU', reason: 'crashed' });
    expect(app.relaunch).not.toHaveBeenCalled();
    app.emit('child-process-gone', {}, { type: 'Utility', reason: 'crashed' });
    expect(app.relaunch).toHaveBeenCalledTimes(1);
  });
});
