import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupHeartbeatCheck } from '../../../../../electron/main/recovery/heartbeat';
import { resetElectronMock } from '../../../../mocks/electron';
import { fakeContext } from '../fake-context';

describe('setupHeartbeatCheck', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    resetElectronMock();
    vi.useFakeTimers();
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  const start = () => {
    const setup = fakeContext();
    stop = setupHeartbeatCheck(setup.window as never, setup.context);
    return setup;
  };

  it('reloads a page whose heartbeat stopped', () => {
    const { window, context } = start();
    vi.advanceTimersByTime(10_000);
    expect(window.webContents.loadURL).not.toHaveBeenCalled();
    context.heartbeat.ping(Date.now());
    vi.advanceTimersByTime(3_000);
    expect(window.webContents.loadURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(window.webContents.loadURL).toHaveBeenCalledWith('kiosk://app/');
  });
});
