import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { chooseHost } from '../../../../renderer/host/choose-host';
import { HEARTBEAT_MS, startHeartbeat } from '../../../../renderer/host/use-heartbeat';
import { fakeBridge } from './fake-bridge';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('startHeartbeat', () => {
  it("in Electron beats at once and every HEARTBEAT_MS, until stopped: main's watchdog waits for it", () => {
    const { kiosk } = fakeBridge();
    const stop = startHeartbeat(chooseHost(kiosk));
    expect(kiosk.heartbeat).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(HEARTBEAT_MS * 3);
    expect(kiosk.heartbeat).toHaveBeenCalledTimes(4);
    stop();
    vi.advanceTimersByTime(HEARTBEAT_MS * 3);
    expect(kiosk.heartbeat).toHaveBeenCalledTimes(4);
  });

  it('keeps beating, with a warning, when one beat fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { kiosk } = fakeBridge();
    kiosk.heartbeat.mockRejectedValueOnce(new Error('main busy'));
    const stop = startHeartbeat(chooseHost(kiosk));
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    expect(warn).toHaveBeenCalledWith('kiosk heartbeat failed', expect.any(Error));
    expect(kiosk.heartbeat).toHaveBeenCalledTimes(2);
    stop();
  });

  it('sends nothing under the web host, where nothing watches the page', () => {
    const { kiosk } = fakeBridge();
    const { admin: _admin, ...partial } = kiosk;
    const stop = startHeartbeat(chooseHost(partial as unknown as typeof kiosk));
    vi.advanceTimersByTime(HEARTBEAT_MS * 3);
    expect(kiosk.heartbeat).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });
});
