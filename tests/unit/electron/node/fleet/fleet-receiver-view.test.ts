import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AUTH, heartbeat, START, startTestReceiver, type TestReceiver } from './fleet-test-receiver';

// What the operator sees: the page and /api/kiosks, behind and silent, and the published version.

let receiver: TestReceiver;
afterEach(() => receiver?.dispose());

const MINUTE = 60_000;

/** The page's row for a kiosk, by its (escaped) name cell. */
function row(page: string, name: string): string {
  const match = new RegExp(`<tr[^>]*>\\s*<td class="state">[^<]*</td>\\s*<td>${name}</td>`).exec(page);
  if (!match) throw new Error(`no row for ${name}`);
  return match[0];
}

describe('fleet receiver: a heartbeat on the page and in /api/kiosks', () => {
  it('keeps the last heartbeat of each kiosk, stamped with the receiver clock', async () => {
    receiver = await startTestReceiver();
    expect(await receiver.page()).toContain('No kiosk has sent a heartbeat yet.');
    await receiver.post(heartbeat({ name: 'lobby-1', version: 6, problems: ['Disk almost full'] }));
    receiver.advance(2 * MINUTE);
    await receiver.post(heartbeat({ name: 'lobby-1', version: 7, uptimeSeconds: 90_000 }));
    await receiver.post(heartbeat({ name: 'hall-2', version: null, verifiedAt: null }));

    const api = await receiver.kiosks();
    expect(api.kiosks).toEqual([
      expect.objectContaining({ name: 'hall-2', version: null, verifiedAt: null }),
      {
        ...heartbeat({ name: 'lobby-1', version: 7, uptimeSeconds: 90_000 }),
        receivedAt: new Date(START + 2 * MINUTE).toISOString(),
        behind: false,
        silent: false,
        silentForMs: 0,
        visits: null,
      },
    ]);
    // Without --latest, the published version is the highest any kiosk holds.
    expect(api.published).toEqual({ version: 7, source: 'kiosks', problem: null });

    const page = await receiver.page();
    expect(row(page, 'lobby-1')).toMatch(/^<tr>/);
    expect(page).toContain('<td>1 d 1 h</td>');
    expect(page).not.toContain('Disk almost full');
    expect(row(page, 'hall-2')).toContain('class="behind"');
    expect(page).toContain('(the highest any kiosk reports)');
  });

  it('marks kiosks behind --latest and silent after the chosen time, re-reading latest.json each view', async () => {
    const latest = path.join(await tempDir(), 'latest.json');
    writeFileSync(latest, JSON.stringify({ version: 5, files: [] }));
    receiver = await startTestReceiver({ latest, silentAfterMs: 10 * MINUTE });
    await receiver.post(heartbeat({ name: 'quiet', version: 5 }));
    receiver.advance(10 * MINUTE);
    await receiver.post(heartbeat({ name: 'current', version: 5 }));
    await receiver.post(heartbeat({ name: 'old', version: 4 }));

    const at10 = await receiver.kiosks();
    expect(at10.published).toEqual({ version: 5, source: 'latest', problem: null });
    // Exactly at the limit is not yet silent.
    expect(flags(at10.kiosks)).toEqual({ current: 'ok', old: 'behind', quiet: 'ok' });
    receiver.advance(1);
    const page = await receiver.page();
    expect(row(page, 'quiet')).toContain('<tr class="silent">');
    expect(row(page, 'old')).toContain('<tr class="behind">');
    expect(row(page, 'current')).toMatch(/^<tr>/);
    // Trouble first.
    expect(page.indexOf('<td>quiet</td>')).toBeLessThan(page.indexOf('<td>old</td>'));
    expect(page.indexOf('<td>old</td>')).toBeLessThan(page.indexOf('<td>current</td>'));
    expect(page).toContain('Published version: <strong>5</strong> (from latest.json)');

    writeFileSync(latest, JSON.stringify({ version: 6 }));
    expect(flags((await receiver.kiosks()).kiosks)).toEqual({
      current: 'behind',
      old: 'behind',
      quiet: 'silent behind',
    });

    rmSync(latest);
    const unreadable = await receiver.kiosks();
    expect(unreadable.published).toMatchObject({
      version: null,
      source: 'latest',
      problem: expect.stringMatching(/ENOENT/),
    });
    expect(flags(unreadable.kiosks)).toEqual({ current: 'ok', old: 'ok', quiet: 'silent' });
    expect(await receiver.page()).toMatch(/The published version cannot be read: .*ENOENT/);

    writeFileSync(latest, '{"version": "six"}');
    expect((await receiver.kiosks()).published.problem).toMatch(/no whole-number "version"/);
  });

  it('gives up on a --latest URL that does not answer in time', async () => {
    const { createServer } = await import('node:http');
    // Accepts the request and never answers.
    const hanging = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const { port } = hanging.address() as { port: number };
    try {
      receiver = await startTestReceiver({
        latest: `http://127.0.0.1:${port}/latest.json`,
        latestTimeoutMs: 200,
      });
      const api = await receiver.kiosks();
      expect(api.published.problem).toBe('no answer within 200 ms');
    } finally {
      hanging.closeAllConnections();
      hanging.close();
    }
  });

  it('escapes whatever a kiosk sends, and the page loads nothing from elsewhere', async () => {
    receiver = await startTestReceiver();
    const name = `<script>alert("x")</script>&'`;
    await receiver.post(
      heartbeat({ name, problems: ['<img src=x onerror=alert(1)>', '</td></tr><tr><td>'] }),
    );
    const response = await fetch(receiver.url, { headers: AUTH });
    const page = await response.text();
    expect(page).not.toContain('<script');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('</td></tr><tr><td>');
    expect(page).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;&#38;&#39;');
    expect(page).toContain('<li>&#60;img src=x onerror=alert(1)&#62;</li>');
    expect(page).not.toMatch(/<(link|script|img|iframe|object)\b|@import|url\(/i);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect((await receiver.kiosks()).kiosks[0]!.name).toBe(name);
  });
});

describe('fleet receiver: the store file', () => {
  it('keeps at most maxKiosks, dropping the one heard from longest ago', async () => {
    receiver = await startTestReceiver({ maxKiosks: 3 });
    for (const name of ['k1', 'k2', 'k3', 'k4']) {
      await receiver.post(heartbeat({ name }));
      receiver.advance(MINUTE);
    }
    // k2 speaks again, so k3 is now the longest silent.
    await receiver.post(heartbeat({ name: 'k2' }));
    receiver.advance(MINUTE);
    await receiver.post(heartbeat({ name: 'k5' }));
    const stored = JSON.parse(readFileSync(receiver.storeFile, 'utf8')) as { kiosks: { name: string }[] };
    expect(stored.kiosks.map((k) => k.name)).toEqual(['k5', 'k2', 'k4']);
    expect((await receiver.kiosks()).kiosks.map((k) => k.name)).toEqual(['k5', 'k2', 'k4']);
  });

  it('survives a restart, and a restart with a smaller cap keeps the newest', async () => {
    const dir = await tempDir();
    receiver = await startTestReceiver({ dir });
    await receiver.post(heartbeat({ name: 'a', problems: ['Projector lamp'] }));
    receiver.advance(MINUTE);
    await receiver.post(heartbeat({ name: 'b' }));
    const before = (await receiver.kiosks()).kiosks;
    await receiver.close();

    receiver = await startTestReceiver({ dir });
    receiver.advance(MINUTE);
    expect((await receiver.kiosks()).kiosks).toEqual(before);
    await receiver.close();

    receiver = await startTestReceiver({ dir, maxKiosks: 1 });
    expect((await receiver.kiosks()).kiosks.map((k) => k.name)).toEqual(['b']);
  });

  it('starts empty beside a damaged store file, says so, and replaces it with the next heartbeat', async () => {
    const dir = await tempDir();
    const storeFile = path.join(dir, 'heartbeats.json');
    writeFileSync(storeFile, '{"kiosks": [{"name": 3}]}');
    const logged: string[] = [];
    receiver = await startTestReceiver({ dir, log: (line) => logged.push(line) });
    expect(logged).toEqual([expect.stringContaining('has an unexpected shape; starting empty')]);
    expect((await receiver.kiosks()).receiverProblems).toEqual(logged);
    expect(await receiver.page()).toContain('has an unexpected shape; starting empty');
    await receiver.post(heartbeat());
    expect(JSON.parse(readFileSync(storeFile, 'utf8')).kiosks).toHaveLength(1);
  });
});

function flags(kiosks: { name: string; behind: boolean; silent: boolean }[]): Record<string, string> {
  return Object.fromEntries(
    kiosks.map((k) => [
      k.name,
      [k.silent ? 'silent' : '', k.behind ? 'behind' : ''].filter(Boolean).join(' ') || 'ok',
    ]),
  );
}

async function tempDir(): Promise<string> {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  return mkdtemp(path.join(tmpdir(), 'fleet-'));
}
