import { beforeAll, describe, expect, it } from 'vitest';
import type { KioskApi } from '../../../../electron/preload/index';
import { contextBridge, ipcRenderer } from '../../../mocks/electron';

describe('preload bridge', () => {
  let kiosk: KioskApi;
  beforeAll(async () => {
    await import('../../../../electron/preload/index');
    kiosk = contextBridge.exposed.kiosk as KioskApi;
  });

  it('exposes exactly one object, window.kiosk, of named functions', () => {
    expect(Object.keys(contextBridge.exposed)).toEqual(['kiosk']);
    expect(Object.keys(kiosk).sort()).toEqual([
      'admin',
      'heartbeat',
      'insights',
      'onCollectionProgress',
      'onCollectionUpdated',
      'settings',
      'version',
    ]);
    expect(Object.keys(kiosk.admin).sort()).toEqual([
      'exit',
      'lock',
      'reload',
      'restart',
      'saveInsights',
      'status',
      'syncNow',
      'unlock',
    ]);
  });

  it('exposes no raw ipcRenderer, invoke or channel strings', () => {
    const flat = JSON.stringify(kiosk, (_k, v) => (typeof v === 'function' ? 'fn' : v));
    expect(flat).not.toMatch(/ipcRenderer|invoke|send|kiosk:|admin:/);
    const values = [...Object.values(kiosk), ...Object.values(kiosk.admin), ...Object.values(kiosk.insights)];
    expect(values.every((v) => typeof v === 'function' || typeof v === 'object')).toBe(true);
    expect(values).not.toContain(ipcRenderer);
  });

  it('maps each function to its channel with a typed payload', async () => {
    ipcRenderer.invoke.mockClear();
    await kiosk.admin.unlock('1234');
    await kiosk.admin.exit();
    await kiosk.heartbeat();
    const day = {
      day: '2026-05-01',
      sessions: 1,
      glances: 0,
      totalMs: 1,
      searches: 0,
      zeroResultSearches: 0,
    };
    await kiosk.insights.report([day]);
    const files = [{ name: 'sessions.csv', bytes: new Uint8Array([1]) }];
    await kiosk.admin.saveInsights(files);
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      ['admin:unlock', { pin: '1234' }],
      ['admin:exit'],
      ['heartbeat:ping'],
      ['insights:report', [day]],
      ['admin:insights-save', files],
    ]);
  });

  it('onCollectionUpdated delivers a sanitised event and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = kiosk.onCollectionUpdated((event) => seen.push(event));
    ipcRenderer.emit('sync:collection-updated', {}, { version: 'abc', extra: 'dropped' });
    ipcRenderer.emit('sync:collection-updated', {}, { version: 42 });
    off();
    ipcRenderer.emit('sync:collection-updated', {}, { version: 'late' });
    expect(seen).toEqual([{ version: 'abc' }, { version: null }]);
    expect(ipcRenderer.listenerCount('sync:collection-updated')).toBe(0);
  });

  it('onCollectionProgress delivers checked build reports only, and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = kiosk.onCollectionProgress((event) => seen.push(event));
    ipcRenderer.emit('sync:collection-progress', {}, { step: 'images', done: 3, total: 9, extra: 'x' });
    ipcRenderer.emit('sync:collection-progress', {}, { step: 'rm -rf', done: 1, total: 2 });
    ipcRenderer.emit('sync:collection-progress', {}, { step: 'check', done: -1, total: 0 });
    ipcRenderer.emit('sync:collection-progress', {}, null);
    off();
    ipcRenderer.emit('sync:collection-progress', {}, { step: 'check', done: 1, total: 0 });
    expect(seen).toEqual([{ step: 'images', done: 3, total: 9 }]);
    expect(ipcRenderer.listenerCount('sync:collection-progress')).toBe(0);
  });
});
