import { describe, expect, it, vi } from 'vitest';
import { electronHost } from '../../../../renderer/host/electron-host';
import { ADMIN_STATUS, SETTINGS, fakeBridge } from './fake-bridge';

describe('electronHost (over the preload bridge)', () => {
  it("asks main for the settings and passes main's refusal on", async () => {
    const { kiosk } = fakeBridge();
    await expect(electronHost(kiosk).settings()).resolves.toEqual(SETTINGS);
    kiosk.settings.mockRejectedValueOnce(new Error('no handler'));
    await expect(electronHost(kiosk).settings()).rejects.toThrow('no handler');
  });

  it('beats through the bridge', async () => {
    const { kiosk } = fakeBridge();
    await electronHost(kiosk).heartbeat();
    expect(kiosk.heartbeat).toHaveBeenCalledTimes(1);
  });

  it("hands main's collection announcements to the page, until unsubscribed", () => {
    const { kiosk, emit, listeners } = fakeBridge();
    const seen = vi.fn();
    const unsubscribe = electronHost(kiosk).onCollectionUpdated(seen);
    emit({ version: 'v2' });
    expect(seen).toHaveBeenCalledWith({ version: 'v2' });
    unsubscribe();
    expect(listeners.size).toBe(0);
    emit({ version: 'v3' });
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it("hands main's build progress to the page, until unsubscribed", () => {
    const { kiosk, emitProgress } = fakeBridge();
    const seen = vi.fn();
    const unsubscribe = electronHost(kiosk).onCollectionProgress(seen);
    emitProgress({ step: 'images', done: 1, total: 2 });
    unsubscribe();
    emitProgress({ step: 'images', done: 2, total: 2 });
    expect(seen.mock.calls).toEqual([[{ step: 'images', done: 1, total: 2 }]]);
  });

  it('checks the PIN in main and locks there', async () => {
    const { kiosk } = fakeBridge();
    const { admin } = electronHost(kiosk);
    await expect(admin.unlock('1111')).resolves.toEqual({ ok: false, reason: 'wrong-pin' });
    await expect(admin.unlock('2468')).resolves.toEqual({ ok: true });
    await expect(admin.lock()).resolves.toBeUndefined();
    expect(kiosk.admin.unlock.mock.calls).toEqual([['1111'], ['2468']]);
    expect(kiosk.admin.lock).toHaveBeenCalledTimes(1);
  });

  it("gives main's status, and asks for the PIN when main has no session or cannot answer", async () => {
    const { kiosk } = fakeBridge();
    const { admin } = electronHost(kiosk);
    await expect(admin.status()).resolves.toEqual({ kind: 'status', status: ADMIN_STATUS });
    kiosk.admin.status.mockResolvedValueOnce(null);
    await expect(admin.status()).resolves.toEqual({ kind: 'pin-required' });
    kiosk.admin.status.mockRejectedValueOnce(new Error('main gone'));
    await expect(admin.status()).resolves.toEqual({ kind: 'pin-required' });
  });

  it("runs the kiosk actions in main and returns main's answer", async () => {
    const { kiosk } = fakeBridge();
    const { admin } = electronHost(kiosk);
    await expect(admin.exit()).resolves.toEqual({ ok: true });
    await expect(admin.reload()).resolves.toEqual({ ok: true });
    await expect(admin.restart()).resolves.toEqual({ ok: false, reason: 'locked' });
    await expect(admin.syncNow()).resolves.toEqual({ ok: true });
    for (const action of [kiosk.admin.exit, kiosk.admin.reload, kiosk.admin.restart, kiosk.admin.syncNow])
      expect(action).toHaveBeenCalledTimes(1);
  });

  it("hands main the insights brief, and passes main's refusal on", async () => {
    const { kiosk } = fakeBridge();
    const days = [
      { day: '2026-05-01', sessions: 4, glances: 2, totalMs: 120_000, searches: 3, zeroResultSearches: 1 },
    ];
    await expect(electronHost(kiosk).insights.report(days)).resolves.toBeUndefined();
    expect(kiosk.insights.report.mock.calls).toEqual([[days]]);
    kiosk.insights.report.mockRejectedValueOnce(new Error('Refused: invalid payload for insights:report'));
    await expect(electronHost(kiosk).insights.report(days)).rejects.toThrow('invalid payload');
  });

  it("saves an export through main's admin call and turns a refused call into a failure", async () => {
    const { kiosk } = fakeBridge();
    const files = [{ name: 'sessions.csv', bytes: new Uint8Array([104, 105]) }];
    const { insights } = electronHost(kiosk);
    await expect(insights.save(files)).resolves.toEqual({
      ok: true,
      where: '/media/usb/kiosk-insights-2026-05-01-1430',
    });
    expect(kiosk.admin.saveInsights.mock.calls).toEqual([[files]]);
    kiosk.admin.saveInsights.mockResolvedValueOnce({ ok: false, reason: 'locked' });
    await expect(insights.save(files)).resolves.toEqual({ ok: false, reason: 'locked' });
    kiosk.admin.saveInsights.mockRejectedValueOnce(new Error('Refused: invalid payload'));
    await expect(insights.save(files)).resolves.toEqual({
      ok: false,
      reason: 'failed',
      detail: 'Refused: invalid payload',
    });
  });
});
