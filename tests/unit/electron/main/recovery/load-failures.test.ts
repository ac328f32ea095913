import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setupLoadFailures } from '../../../../../electron/main/recovery/load-failures';
import { PLACEHOLDER_URL } from '../../../../../electron/node/recovery/placeholder-page';
import { OUT_OF_ORDER_URL } from '../../../../../electron/node/security/navigation';
import { app, resetElectronMock } from '../../../../mocks/electron';
import { fakeContext } from '../fake-context';

const ERR_FAILED = -2;
const ERR_ABORTED = -3;

describe('did-fail-load: the kiosk page is never left blank', () => {
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

  const start = (serves: (url: string) => Promise<boolean> = async () => true) => {
    const setup = fakeContext();
    stop = setupLoadFailures(setup.window as never, setup.context, serves);
    const contents = setup.window.webContents;
    const failLoad = (url = 'kiosk://app/', code = ERR_FAILED, mainFrame = true) =>
      contents.emit('did-fail-load', {}, code, 'ERR_FAILED', url, mainFrame);
    const navigated = (url: string, status: number) => contents.emit('did-navigate', {}, url, status, '');
    return { ...setup, contents, failLoad, navigated };
  };
  // Let the retry's "does the handler serve the page" promise settle.
  const settle = () => vi.advanceTimersByTimeAsync(0);

  it('shows the calm placeholder at once and loads the page again after a second', async () => {
    const { contents, failLoad, journal } = start();
    failLoad();
    expect(contents.loadURL).toHaveBeenCalledWith(PLACEHOLDER_URL);
    expect(journal.list()[0]).toMatchObject({
      kind: 'load-failed',
      detail: expect.stringContaining('kiosk://app/'),
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(contents.loadURL).not.toHaveBeenCalledWith('kiosk://app/');
    await vi.advanceTimersByTimeAsync(1);
    expect(contents.loadURL).toHaveBeenLastCalledWith('kiosk://app/');
  });

  it('treats an error answer for the page (a 404 of index.html) as a failure too', () => {
    const { contents, navigated } = start();
    navigated('kiosk://app/', 404);
    expect(contents.loadURL).toHaveBeenCalledWith(PLACEHOLDER_URL);
  });

  it('ignores loads cancelled by a newer one, sub-frames, and foreign URLs', () => {
    const { contents, failLoad, navigated } = start();
    failLoad('kiosk://app/', ERR_ABORTED);
    failLoad('kiosk://app/frame.html', ERR_FAILED, false);
    failLoad('https://example.org/');
    navigated(PLACEHOLDER_URL, 200);
    expect(contents.loadURL).not.toHaveBeenCalled();
  });

  it('backs off while the page keeps failing, and starts over once it loads', async () => {
    const { contents, failLoad, navigated } = start();
    const retryAfter = async (ms: number) => {
      failLoad();
      vi.mocked(contents.loadURL).mockClear();
      await vi.advanceTimersByTimeAsync(ms - 1);
      expect(contents.loadURL).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(contents.loadURL).toHaveBeenCalledWith('kiosk://app/');
    };
    await retryAfter(1_000);
    await retryAfter(2_000);
    await retryAfter(4_000);
    navigated('kiosk://app/', 200);
    await retryAfter(1_000);
  });

  it('does not flash the window while the handler still cannot serve the page', async () => {
    let serving = false;
    const { contents, failLoad } = start(async () => serving);
    failLoad();
    vi.mocked(contents.loadURL).mockClear();
    await vi.advanceTimersByTimeAsync(1_000);
    await settle();
    // Still not served: the placeholder stays, the next look is later.
    expect(contents.loadURL).not.toHaveBeenCalledWith('kiosk://app/');
    serving = true;
    await vi.advanceTimersByTimeAsync(2_000);
    await settle();
    expect(contents.loadURL).toHaveBeenCalledWith('kiosk://app/');
  });

  it('relaunches the app after many failures in a row', async () => {
    const { failLoad } = start(async () => false);
    failLoad();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(app.relaunch).toHaveBeenCalledTimes(1);
  });

  it('retries the out-of-order page, not the app, when that is home', async () => {
    const { contents, context, failLoad } = start();
    context.outOfOrder = true;
    context.homeUrl = OUT_OF_ORDER_URL;
    failLoad(OUT_OF_ORDER_URL);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(contents.loadURL).toHaveBeenLastCalledWith(OUT_OF_ORDER_URL);
  });

  it('disarms the heartbeat watchdog while the placeholder (which never pings) is shown', () => {
    const { context, failLoad } = start();
    context.heartbeat.ping(Date.now());
    failLoad();
    expect(context.heartbeat.check(Date.now() + 60_000)).toBe('waiting-for-first-ping');
  });
});
