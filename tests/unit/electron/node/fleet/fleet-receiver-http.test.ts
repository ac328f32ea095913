import { afterEach, describe, expect, it } from 'vitest';
import { AUTH, heartbeat, startTestReceiver, TOKEN, type TestReceiver } from './fleet-test-receiver';

// The receiver's HTTP contract over real sockets: statuses, the token's three carriers, the caps.

let receiver: TestReceiver;
afterEach(() => receiver?.dispose());

describe('fleet receiver: the token', () => {
  it('refuses a heartbeat without the token, with a wrong one, or with only the page cookie', async () => {
    receiver = await startTestReceiver();
    const missing = await receiver.post(heartbeat(), {});
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toMatch(/^Bearer/);
    // Same length as the real token: only the bytes differ.
    const wrong = TOKEN.slice(0, -1) + (TOKEN.endsWith('f') ? 'e' : 'f');
    expect((await receiver.post(heartbeat(), { authorization: `Bearer ${wrong}` })).status).toBe(401);
    expect((await receiver.post(heartbeat(), { authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await receiver.post(heartbeat(), { authorization: `Basic ${TOKEN}` })).status).toBe(401);

    const visit = await fetch(`${receiver.url}?token=${TOKEN}`, { redirect: 'manual' });
    const cookie = visit.headers.get('set-cookie')!.split(';')[0];
    expect((await receiver.post(heartbeat(), { cookie })).status).toBe(401);
    expect((await receiver.kiosks()).kiosks).toEqual([]);
    expect((await receiver.post(heartbeat())).status).toBe(204);
  });

  it('shows the page and the JSON only with the token, and trades ?token= for a cookie', async () => {
    receiver = await startTestReceiver();
    expect((await fetch(receiver.url)).status).toBe(401);
    expect((await fetch(new URL('api/kiosks', receiver.url))).status).toBe(401);
    expect((await fetch(`${receiver.url}?token=not-the-token-at-all`, { redirect: 'manual' })).status).toBe(
      401,
    );

    const visit = await fetch(`${receiver.url}?token=${TOKEN}`, { redirect: 'manual' });
    expect(visit.status).toBe(303);
    expect(visit.headers.get('location')).toBe('/');
    const setCookie = visit.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    // The cookie is derived from the token, not the token itself.
    expect(setCookie).not.toContain(TOKEN);
    const cookie = setCookie.split(';')[0];

    const page = await fetch(receiver.url, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<h1>Kiosk fleet</h1>');
    expect((await fetch(new URL('api/kiosks', receiver.url), { headers: { cookie } })).status).toBe(200);
    expect((await fetch(receiver.url, { headers: AUTH })).status).toBe(200);
    expect((await fetch(receiver.url, { headers: { cookie: `${cookie.slice(0, -2)}xx` } })).status).toBe(401);
  });
});

describe('fleet receiver: routes', () => {
  it('answers 404 for any other path and 405 for the wrong method', async () => {
    receiver = await startTestReceiver();
    for (const target of [
      'collection/manifest.json',
      'index.html',
      'api/kiosks/lobby-1',
      '..%2fheartbeats.json',
    ]) {
      expect((await fetch(new URL(target, receiver.url), { headers: AUTH })).status).toBe(404);
    }
    const get = await fetch(new URL('heartbeat', receiver.url), { headers: AUTH });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await fetch(receiver.url, { method: 'POST', headers: AUTH, body: '{}' })).status).toBe(405);
    expect(
      (await fetch(new URL('api/kiosks', receiver.url), { method: 'DELETE', headers: AUTH })).status,
    ).toBe(405);
  });
});

describe('fleet receiver: the body', () => {
  it('answers 400 with a sentence naming the wrong field, and stores nothing', async () => {
    receiver = await startTestReceiver();
    const cases: [unknown, RegExp][] = [
      ['{not json', /not JSON/],
      [[1, 2], /JSON object/],
      [{ ...heartbeat(), name: undefined }, /no "name" field/],
      [heartbeat({ name: '' }), /"name" must not be empty/],
      [heartbeat({ name: 'x'.repeat(65) }), /"name" must be at most 64 characters/],
      [{ ...heartbeat(), version: 'seven' }, /"version" must be a whole number or null/],
      [heartbeat({ verifiedAt: 'this morning' }), /"verifiedAt" must be an ISO date/],
      [heartbeat({ problems: Array.from({ length: 21 }, () => 'x') }), /"problems" must hold at most 20/],
      [heartbeat({ problems: ['ok', 'y'.repeat(501)] }), /"problems\.1" must be at most 500/],
      [{ ...heartbeat(), uptimeSeconds: -1 }, /"uptimeSeconds" must not be negative/],
    ];
    for (const [body, message] of cases) {
      const response = await receiver.post(body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      const text = await response.text();
      expect(text).toMatch(message);
      expect(text).toMatch(/^[A-Z].*\.\n$/);
    }
    expect((await receiver.kiosks()).kiosks).toEqual([]);
  });

  it('accepts the largest heartbeat the schema allows and refuses one over the byte cap with 413', async () => {
    receiver = await startTestReceiver({ ratePerMinute: 100 });
    const largest = heartbeat({
      name: 'n'.repeat(64),
      problems: Array.from({ length: 20 }, () => 'p'.repeat(500)),
    });
    expect((await receiver.post(largest)).status).toBe(204);

    const declared = await receiver.post(heartbeat({ name: 'too-big', problems: ['q'.repeat(17_000)] }));
    expect(declared.status).toBe(413);
    expect(declared.headers.get('connection')).toBe('close');
    expect(await declared.text()).toMatch(/at most 16384 bytes/);
    expect((await receiver.kiosks()).kiosks.map((k) => k.name)).toEqual(['n'.repeat(64)]);
  });

  it.each([
    ['passes the cap', AUTH, 413],
    ['comes without the token', {}, 401],
  ])('stops reading a streamed body that %s', async (_case, headers, status) => {
    receiver = await startTestReceiver();
    // 64 MB offered in 64 KB pieces, made only when the connection asks for them.
    const piece = new Uint8Array(64 * 1024).fill(0x20);
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled++ >= 1024) controller.close();
        else controller.enqueue(piece);
      },
    });
    const response = await fetch(new URL('heartbeat', receiver.url), {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(status);
    expect(response.headers.get('connection')).toBe('close');
    await response.text();
    // Socket buffers take a few pieces; the rest was never asked for.
    expect(pulled).toBeLessThan(200);
  });
});

describe('fleet receiver: the rate cap', () => {
  it('answers 429 once an address has used its requests, whatever they were, and refills over time', async () => {
    receiver = await startTestReceiver({ ratePerMinute: 5 });
    expect((await receiver.post(heartbeat())).status).toBe(204);
    for (let i = 0; i < 4; i++) expect((await fetch(receiver.url)).status).toBe(401);
    const limited = await receiver.post(heartbeat());
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
    // Guessing tokens is capped too: the right token is no way around it.
    expect((await fetch(receiver.url, { headers: AUTH })).status).toBe(429);
    // 5 a minute: one request's worth comes back every 12 s.
    receiver.advance(11_000);
    expect((await receiver.post(heartbeat())).status).toBe(429);
    receiver.advance(1_000);
    expect((await receiver.post(heartbeat())).status).toBe(204);
    expect((await receiver.post(heartbeat())).status).toBe(429);
  });
});
