import { describe, expect, it } from 'vitest';
import {
  createSessionMachine,
  MAX_EVENTS_PER_SESSION,
  type SessionMachineOptions,
} from '../../../../renderer/insights/session-machine';

/** A machine on a hand-moved clock starting at 14:05 local time, ids s1, s2... */
function machine(options: SessionMachineOptions = {}) {
  const clock = { t: new Date(2025, 2, 9, 14, 5, 0).getTime() };
  let n = 0;
  const m = createSessionMachine({
    now: () => clock.t,
    newId: () => `s${++n}`,
    orientation: () => 'portrait',
    ...options,
  });
  const wait = (ms: number) => (clock.t += ms);
  return { m, clock, wait };
}

describe('session machine', () => {
  it('opens a visit at the first touch, with the local day and hour of its start', () => {
    const { m, clock, wait } = machine();
    expect(m.isOpen).toBe(false);
    const start = clock.t;
    m.touch();
    expect(m.isOpen).toBe(true);
    wait(1000);
    m.touch();
    wait(4000);
    const s = m.end('start-again');
    expect(s).toMatchObject({
      id: 's1',
      start,
      end: start + 5000,
      day: '2025-03-09',
      hour: 14,
      orientation: 'portrait',
      interactions: 2,
      glance: false,
      endedBy: 'start-again',
    });
    expect(m.isOpen).toBe(false);
  });

  it('ends a visit closed by the idle reset at its last touch, the page open then too', () => {
    const { m, clock, wait } = machine();
    const start = clock.t;
    m.touch();
    m.route('piece', 'p1');
    wait(30_000);
    m.touch();
    wait(120_000); // nobody there: the idle wait and the "still there?" countdown
    const s = m.end('idle')!;
    expect(s).toMatchObject({ start, end: start + 30_000, endedBy: 'idle' });
    expect(s.events.find((e) => e.kind === 'piece')).toMatchObject({ id: 'p1', dwellMs: 30_000 });
  });

  it('calls a visit of fewer than two touches a glance', () => {
    const { m } = machine();
    m.touch();
    expect(m.end('idle')).toMatchObject({ interactions: 1, glance: true });
  });

  it('ending with no visit open does nothing', () => {
    const { m } = machine();
    expect(m.end('start-again')).toBeUndefined();
    m.touch();
    m.end('start-again');
    expect(m.end('page-closed')).toBeUndefined();
  });

  it('opens a new visit (new id) at the first touch after the last one ended', () => {
    const { m } = machine();
    m.touch();
    const first = m.end('start-again');
    m.touch();
    const second = m.end('idle');
    expect([first?.id, second?.id]).toEqual(['s1', 's2']);
  });

  it('drops events, languages and modes reported while no visit is open', () => {
    const { m } = machine();
    m.record({ kind: 'qr', target: 'p1' });
    m.a11yMode('large-text');
    m.route('browse');
    m.touch();
    m.touch();
    const s = m.end('idle')!;
    expect(s.a11yModes).toEqual([]);
    // The visit opened on browse: that screen is its first, and nothing else came before.
    expect(s.events.map((e) => e.kind)).toEqual(['screen']);
    expect(s.events[0]).toMatchObject({ screen: 'browse' });
  });

  it('records one screen per route entered, but not attract or admin, nor the same route twice', () => {
    const { m } = machine();
    m.touch();
    for (const name of ['home', 'home', 'browse', 'attract', 'search']) m.route(name);
    m.touch();
    const screens = m.end('idle')!.events.flatMap((e) => (e.kind === 'screen' ? [e.screen] : []));
    expect(screens).toEqual(['home', 'browse', 'search']);
  });

  it('times a piece from entering it to leaving it, and a motif open at the end until the end', () => {
    const { m, clock, wait } = machine();
    m.route('home');
    m.touch();
    wait(2000);
    m.route('piece', 'p7');
    const entered = clock.t;
    wait(45_000);
    m.touch();
    m.route('piece', 'p8');
    wait(10_000);
    m.route('motif', 'kawung');
    wait(30_000);
    const s = m.end('start-again')!;
    const dwell = s.events.filter((e) => e.kind === 'piece' || e.kind === 'motif');
    expect(dwell).toEqual([
      { kind: 'piece', at: entered + 45_000, id: 'p7', dwellMs: 45_000 },
      { kind: 'piece', at: entered + 55_000, id: 'p8', dwellMs: 10_000 },
      { kind: 'motif', at: entered + 85_000, id: 'kawung', dwellMs: 30_000 },
    ]);
  });

  it('times a piece page a visit opened on from the visit start, not from when it was shown', () => {
    const { m, clock, wait } = machine();
    m.route('piece', 'p1');
    wait(600_000); // left on screen by the last visitor
    const start = clock.t;
    m.touch();
    m.touch();
    wait(20_000);
    m.route('home');
    const s = m.end('idle')!;
    expect(s.events.find((e) => e.kind === 'piece')).toEqual({
      kind: 'piece',
      at: start + 20_000,
      id: 'p1',
      dwellMs: 20_000,
    });
  });

  it('stamps recorded events with the clock and keeps their fields', () => {
    const { m, clock } = machine();
    m.touch();
    m.record({ kind: 'search', text: 'parang', results: 0 });
    m.record({ kind: 'zoom', pieceId: 'p1', depth: 3 });
    const s = m.end('idle')!;
    expect(s.events).toEqual([
      { kind: 'search', at: clock.t, text: 'parang', results: 0 },
      { kind: 'zoom', at: clock.t, pieceId: 'p1', depth: 3 },
    ]);
  });

  it('lists languages in the order first used, the language current at the start first', () => {
    const { m } = machine({ language: 'id' });
    m.language('en'); // before the visit: only makes English current
    m.touch();
    m.touch();
    m.language('jv');
    m.language('en');
    m.language('jv');
    m.a11yMode('high-contrast');
    m.a11yMode('high-contrast');
    m.a11yMode('large-text');
    const s = m.end('idle')!;
    expect(s.languages).toEqual(['en', 'jv']);
    expect(s.a11yModes).toEqual(['high-contrast', 'large-text']);
  });

  it("takes a language chosen with the visit's first touch as its start language, not a switch", () => {
    const { m } = machine({ language: 'id' });
    m.touch(); // "English" on the attract screen: the touch opens the visit, then the language changes
    m.language('en');
    m.touch();
    m.language('id');
    expect(m.end('start-again')!.languages).toEqual(['en', 'id']);
  });

  it('starts with no language when none was ever reported', () => {
    const { m } = machine();
    m.touch();
    expect(m.end('idle')!.languages).toEqual([]);
  });

  it('never opens or counts a visit on the admin screen, and entering it drops the open one', () => {
    const { m } = machine();
    m.route('admin');
    m.touch();
    m.touch();
    m.record({ kind: 'error', what: 'x' });
    expect(m.isOpen).toBe(false);
    expect(m.end('idle')).toBeUndefined();

    m.route('attract');
    m.touch(); // the staff's taps on the hidden door open a visit...
    m.touch();
    m.route('admin'); // ...which is not a visit
    expect(m.isOpen).toBe(false);
    expect(m.end('idle')).toBeUndefined();

    m.route('home');
    m.touch();
    m.touch();
    expect(m.end('idle')).toMatchObject({ id: 's2', interactions: 2 });
  });

  it('caps the events of one visit', () => {
    const { m } = machine();
    m.touch();
    for (let i = 0; i < MAX_EVENTS_PER_SESSION + 50; i++) m.record({ kind: 'view', view: 'grid' });
    expect(m.end('idle')!.events).toHaveLength(MAX_EVENTS_PER_SESSION);
  });

  it('cuts a long search text', () => {
    const { m } = machine();
    m.touch();
    m.record({ kind: 'search', text: 'x'.repeat(500), results: 1 });
    const search = m.end('idle')!.events.find((e) => e.kind === 'search');
    expect(search).toMatchObject({ text: 'x'.repeat(60) });
  });

  it('makes random ids by default', () => {
    const m = createSessionMachine();
    m.touch();
    const a = m.end('idle')!.id;
    m.touch();
    const b = m.end('idle')!.id;
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
    expect(a).not.toBe(b);
  });
});
