import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { webAdmin, webHost } from '../../../../renderer/host/web-host';
import { SETTINGS } from './fake-bridge';

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
    if (call.url === '/api/admin/sync-now') return json({ ok: true });
    return json({ mode: 'browser', versions: { app: '0.1.0', node: '22' } });
  });
  return { calls, fetchStub };
}

afterEach(() => vi.unstubAllGlobals());

describe('webAdmin (browser mode with a PIN on the web host)', () => {
  const setup = () => {
    const host = fakeHost();
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:5180/' });
    vi.stubGlobal('fetch', host.fetchStub);
    return host;
  };

  it('asks for the PIN when the host refuses the status without a session', async () => {
    setup();
    expect(await webAdmin().status()).toEqual({ kind: 'pin-required' });
  });

  it('keeps the token from a right PIN in memory and sends it as a bearer, never the PIN again', async () => {
    const { calls } = setup();
    const admin = webAdmin();
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
    expect(await webAdmin().status()).toEqual({ kind: 'pin-required' });
  });

  it('ends the session on the host when locked, and forgets the token', async () => {
    const { calls } = setup();
    const admin = webAdmin();
    await admin.unlock('2468');
    await admin.lock();
    expect(calls.at(-1)).toMatchObject({
      url: '/api/admin/lock',
      method: 'POST',
      authorization: 'Bearer dG9rZW4tb25l',
    });
    expect(await admin.status()).toEqual({ kind: 'pin-required' });
  });

  it('asks a pulling host to sync now with the session, and tells a locked or folder host apart', async () => {
    const { calls } = setup();
    const admin = webAdmin();
    expect(await admin.pullNow()).toEqual({ ok: false, reason: 'locked' });
    await admin.unlock('2468');
    expect(await admin.pullNow()).toEqual({ ok: true });
    expect(calls.at(-1)).toMatchObject({
      url: '/api/admin/sync-now',
      method: 'POST',
      authorization: 'Bearer dG9rZW4tb25l',
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 404 })),
    );
    expect(await webAdmin().pullNow()).toEqual({ ok: false, reason: 'unsupported' });
  });

  it('says unavailable when no web host answers', async () => {
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:5180/' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    expect(await webAdmin().status()).toEqual({ kind: 'unavailable' });
  });
});

describe('webHost settings (GET /api/settings)', () => {
  it("takes the host's settings, asked relative to the page", async () => {
    const fetched: string[] = [];
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:5180/kiosk/#/home' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: URL, init: RequestInit) => {
        fetched.push(`${url.href} ${init.cache}`);
        return new Response(JSON.stringify(SETTINGS), { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    await expect(webHost().settings()).resolves.toEqual(SETTINGS);
    expect(fetched).toEqual(['http://127.0.0.1:5180/kiosk/api/settings no-store']);
  });

  it('is null from a server without settings: an app shell, a 404 or a wrong shape', async () => {
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:5180/' });
    for (const response of [
      new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }),
      new Response('{"error":"not found"}', { status: 404, headers: { 'Content-Type': 'application/json' } }),
      new Response('{"idleTimeoutSec":"soon"}', { headers: { 'Content-Type': 'application/json' } }),
    ]) {
      vi.stubGlobal(
        'fetch',
        vi.fn(async () => response),
      );
      await expect(webHost().settings()).resolves.toBeNull();
    }
  });

  it('passes a failed request on, for the caller to fall back to defaults', async () => {
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:5180/' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(webHost().settings()).rejects.toThrow('Failed to fetch');
  });
});

/** A stand-in EventSource that records the sources the page opened. */
class FakeEventSource {
  static opened: FakeEventSource[] = [];
  readonly listeners = new Map<string, (event: MessageEvent<string>) => void>();
  closed = false;
  constructor(readonly url: URL) {
    FakeEventSource.opened.push(this);
  }
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, listener);
  }
  removeEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    if (this.listeners.get(type) === listener) this.listeners.delete(type);
  }
  close() {
    this.closed = true;
  }
  /** The host sending an event of `type` with `data`. */
  send(type: string, data: string) {
    this.listeners.get(type)?.({ data } as MessageEvent<string>);
  }
}

describe('webHost collection updates (server-sent events on /api/events)', () => {
  const setup = () => {
    FakeEventSource.opened = [];
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:5180/#/piece/x' });
    vi.stubGlobal('EventSource', FakeEventSource);
    const seen = vi.fn();
    const unsubscribe = webHost().onCollectionUpdated(seen);
    return { seen, unsubscribe, source: FakeEventSource.opened[0]! };
  };

  it("listens on the host's event stream and hands on the new version", () => {
    const { seen, source } = setup();
    expect(FakeEventSource.opened).toHaveLength(1);
    expect(source.url.href).toBe('http://127.0.0.1:5180/api/events');
    source.send('collection-updated', '{"version":"v7"}');
    expect(seen).toHaveBeenCalledWith({ version: 'v7' });
  });

  it('still says "something new" for a malformed event, and ignores other event types', () => {
    const { seen, source } = setup();
    source.send('collection-updated', 'not json');
    source.send('something-else', '{"version":"v8"}');
    expect(seen.mock.calls).toEqual([[{ version: null }]]);
  });

  it('stops listening and closes the stream when unsubscribed', () => {
    const { seen, source, unsubscribe } = setup();
    unsubscribe();
    expect(source.closed).toBe(true);
    source.send('collection-updated', '{"version":"v9"}');
    expect(seen).not.toHaveBeenCalled();
  });

  it('does nothing where the browser has no EventSource', () => {
    vi.stubGlobal('EventSource', undefined);
    const unsubscribe = webHost().onCollectionUpdated(vi.fn());
    expect(unsubscribe).toBeTypeOf('function');
    expect(() => unsubscribe()).not.toThrow();
  });
});

describe('webHost build progress (the same event stream)', () => {
  it('hands on well-formed reports of the collection build and drops the rest', () => {
    FakeEventSource.opened = [];
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:5180/' });
    vi.stubGlobal('EventSource', FakeEventSource);
    const seen = vi.fn();
    const unsubscribe = webHost().onCollectionProgress(seen);
    const source = FakeEventSource.opened[0]!;
    expect(source.url.href).toBe('http://127.0.0.1:5180/api/events');
    source.send('collection-progress', '{"step":"images","done":4,"total":179}');
    source.send('collection-progress', 'not json');
    source.send('collection-progress', '{"step":"images","done":"4","total":179}');
    source.send('collection-updated', '{"version":"v1"}');
    expect(seen.mock.calls).toEqual([[{ step: 'images', done: 4, total: 179 }]]);
    unsubscribe();
    expect(source.closed).toBe(true);
  });
});

describe('webHost insights', () => {
  const DAYS = [
    { day: '2026-05-01', sessions: 12, glances: 4, totalMs: 2_160_000, searches: 6, zeroResultSearches: 1 },
  ];

  it('reports the counts as JSON to /api/insights/summary, relative to the page', async () => {
    const sent: { url: string; method?: string; type: string | null; body: unknown }[] = [];
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:5180/kiosk/#/home' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: URL, init: RequestInit) => {
        sent.push({
          url: url.href,
          method: init.method,
          type: new Headers(init.headers).get('content-type'),
          body: JSON.parse(init.body as string),
        });
        return new Response('{"ok":true,"days":1}', { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    await expect(webHost().insights.report(DAYS)).resolves.toBeUndefined();
    expect(sent).toEqual([
      {
        url: 'http://127.0.0.1:5180/kiosk/api/insights/summary',
        method: 'POST',
        type: 'application/json',
        body: DAYS,
      },
    ]);
  });

  it('rejects when the host refuses the counts, but not on a server without the endpoint', async () => {
    vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:5180/' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{"error":"expected a JSON array"}', { status: 400 })),
    );
    await expect(webHost().insights.report(DAYS)).rejects.toThrow('400');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('Not found', { status: 404 })),
    );
    await expect(webHost().insights.report(DAYS)).resolves.toBeUndefined();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 405 })),
    );
    await expect(webHost().insights.report(DAYS)).resolves.toBeUndefined();
  });

  it('asks nothing when no day has been counted yet', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await expect(webHost().insights.report([])).resolves.toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });

  /** A stand-in page: the link the export clicks, and the Blob URL it makes. */
  function fakePage() {
    const link = { href: '', download: '', hidden: false, click: vi.fn(), remove: vi.fn() };
    const append = vi.fn();
    vi.stubGlobal('document', {
      baseURI: 'http://127.0.0.1:5180/',
      createElement: vi.fn(() => link),
      body: { append },
    });
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:http://127.0.0.1:5180/export-1';
    });
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    return { link, append, blobs, create, revoke };
  }

  it('downloads one zip of the files through a clicked link, and lets the Blob URL go later', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date'] });
    vi.setSystemTime(new Date(2026, 4, 1, 14, 30));
    const page = fakePage();
    try {
      const fetchSpy = vi.fn();
      vi.stubGlobal('fetch', fetchSpy);
      const files = [
        { name: 'sessions.csv', bytes: new TextEncoder().encode('day,sessions\n2026-05-01,12\n') },
        { name: 'days.json', bytes: new TextEncoder().encode(JSON.stringify(DAYS)) },
      ];
      await expect(webHost().insights.save(files)).resolves.toEqual({
        ok: true,
        where: 'kiosk-insights-2026-05-01.zip',
      });
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(page.link).toMatchObject({
        href: 'blob:http://127.0.0.1:5180/export-1',
        download: 'kiosk-insights-2026-05-01.zip',
      });
      expect(page.append).toHaveBeenCalledWith(page.link);
      expect(page.link.click).toHaveBeenCalledTimes(1);
      expect(page.link.remove).toHaveBeenCalledTimes(1);
      const [blob] = page.blobs;
      expect(blob!.type).toBe('application/zip');
      const unzipped = unzipSync(new Uint8Array(await blob!.arrayBuffer()));
      expect(unzipped['sessions.csv']).toEqual(files[0]!.bytes);
      expect(unzipped['days.json']).toEqual(files[1]!.bytes);
      expect(page.revoke).not.toHaveBeenCalled();
      vi.advanceTimersByTime(60_000);
      expect(page.revoke).toHaveBeenCalledWith('blob:http://127.0.0.1:5180/export-1');
    } finally {
      page.create.mockRestore();
      page.revoke.mockRestore();
      vi.useRealTimers();
    }
  });

  it('answers failed, downloading nothing, for files the zip cannot hold', async () => {
    const page = fakePage();
    try {
      const answer = await webHost().insights.save([{ name: '../x.csv', bytes: new Uint8Array(1) }]);
      expect(answer).toEqual({
        ok: false,
        reason: 'failed',
        detail: expect.stringMatching(/plain file name/),
      });
      expect(page.create).not.toHaveBeenCalled();
      expect(page.link.click).not.toHaveBeenCalled();
    } finally {
      page.create.mockRestore();
      page.revoke.mockRestore();
    }
  });
});
