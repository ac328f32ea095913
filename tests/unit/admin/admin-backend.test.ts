import { afterEach, describe, expect, it, vi } from 'vitest';
import { adminBackend, hostAdmin } from '../../../renderer/features/admin/admin-backend';

interface Call {
  url: string;
  method: string;
  authorization: string | null;
  body: string | null;
}

/** A stand-in web host with PIN 2468 that records what the page sent. */
function fakeHost() {
  const calls: Call[] = [];
  let session: string | null = null;
  const json = (body: unknown, status = 200) =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  const fetchStub = vi.fn(async (url: URL, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    const call = {
      url: url.pathname,
      method: init.method ?? 'GET',
      authorization: headers.get('authorization'),
      body: (init.body as string | undefined) ?? null,
    };
    calls.push(call);
    if (call.url === '/api/admin/unlock') {
      if (JSON.parse(call.body ?? '{}').pin !== '2468') return json({ ok: false, reason: 'wrong-pin' });
      session = 'dG9rZW4tb25l';
      return json({ ok: true, token: session });
    }
    if (call.url === '/api/admin/lock') {
      session = null;
      return json({ ok: true });
    }
    if (call.authorization !== `Bearer ${session}` || session === null)
      return json({ error: 'admin session required' }, 401);
    return json({ mode: 'browser', versions: { app: '0.1.0', node: '22' } });
  });
  return { calls, fetchStub };
}

afterEach(() => vi.unstubAllGlobals());

describe('hostAdmin (browser mode with a PIN on the web host)', () => {
  const setup = () => {
    const host = fakeHost();
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:5180/' });
    vi.stubGlobal('fetch', host.fetchStub);
    return host;
  };

  it('asks for the PIN when the host refuses the status without a session', async () => {
    setup();
    expect(await hostAdmin().status()).toEqual({ kind: 'pin-required' });
  });

  it('keeps the token from a right PIN in memory and sends it as a bearer, never the PIN again', async () => {
    const { calls } = setup();
    const admin = hostAdmin();
    expect(await admin.unlock('1111')).toEqual({ ok: false, reason: 'wrong-pin' });
    // The answer handed to the pad carries no token.
    expect(await admin.unlock('2468')).toEqual({ ok: true });
    expect(await admin.status()).toMatchObject({ kind: 'status', status: { mode: 'browser' } });
    const statusCall = calls.at(-1)!;
    expect(statusCall).toMatchObject({
      url: '/api/status',
      authorization: 'Bearer dG9rZW4tb25l',
      body: null,
    });
    // Another admin screen (another tab) has no token of its own.
    expect(await hostAdmin().status()).toEqual({ kind: 'pin-required' });
  });

  it('ends the session on the host when locked, and forgets the token', async () => {
    const { calls } = setup();
    const admin = hostAdmin();
    await admin.unlock('2468');
    await admin.lock();
    expect(calls.at(-1)).toMatchObject({
      url: '/api/admin/lock',
      method: 'POST',
      authorization: 'Bearer dG9rZW4tb25l',
    });
    expect(await admin.status()).toEqual({ kind: 'pin-required' });
  });

  it('says unavailable when no web host answers', async () => {
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:5180/' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await hostAdmin().status()).toEqual({ kind: 'unavailable' });
  });

  it('is the backend in a plain browser; the Electron bridge wins where it exists', () => {
    vi.stubGlobal('window', {});
    expect(adminBackend().mode).toBe('browser');
    vi.stubGlobal('window', { kiosk: { admin: { unlock: async () => ({ ok: true }) } } });
    expect(adminBackend().mode).toBe('kiosk');
  });
});
