import { describe, expect, it, vi } from 'vitest';
import { createSearchIndex } from '../../../../electron/shared/search';
import { inlinePort, openSearchClient, type QueryPort } from '../../../../renderer/search/search-client';
import type { IndexReader } from '../../../../renderer/search/query-handler';
import type { QueryRequest } from '../../../../renderer/search/query-protocol';
import type { SearchHit } from '../../../../electron/shared/search';
import { KioskSearchIndex } from '../../../../electron/shared/search/kiosk-search-index';
import { searchFixture } from '../../../fixtures/search/search-fixture';

/** Ids in rank order; scores of a reloaded index differ in the last bits (rounded averages). */
const ranked = (hits: readonly SearchHit[]) => hits.map((hit) => `${hit.kind}:${hit.id}`);

const index = createSearchIndex(searchFixture);
const json = index.toJSON();

/**
 * The inline handler behind a port that can die as a worker does (its `error` event), and that can
 * stop passing requests on (`hold`), as a worker busy or stuck would.
 */
function mortalPort(readIndex: IndexReader) {
  const inner = inlinePort(readIndex);
  const posted: QueryRequest[] = [];
  const failures: ((reason: string) => void)[] = [];
  let held = false;
  let closed = false;
  const port: QueryPort = {
    post: (request) => {
      posted.push(request);
      if (!held) inner.post(request);
    },
    onReply: inner.onReply,
    onFailure: (listener) => failures.push(listener),
    close: () => {
      closed = true;
      inner.close();
    },
  };
  return {
    port,
    posted,
    closed: () => closed,
    hold: () => (held = true),
    die: (reason: string) => failures.forEach((listener) => listener(reason)),
  };
}

describe('the search client and its query handler (inline, as in a worker)', () => {
  it('answers names once opened and details once complete, as the index itself does', async () => {
    const read = vi.fn(async () => json);
    const client = openSearchClient('kiosk-test', inlinePort(read));
    await expect(client.opened).resolves.toBe('ready');
    expect(read).toHaveBeenCalledWith('kiosk-test');
    expect((await client.search('truntum', 10)).map((hit) => hit.id)).toContain('truntum-solo');
    await client.whenComplete();
    expect(ranked(await client.search('MBP.2006.0001', 10))).toEqual(
      ranked(index.search('MBP.2006.0001', { limit: 10 })),
    );
    expect(ranked(await client.search('kawung', 3))).toEqual(ranked(index.search('kawung', { limit: 3 })));
    expect(await client.suggest('batk')).toEqual(index.suggest('batk'));
  });

  it('opened from an index read in two, answers names at once and details once they are in', async () => {
    const cut = json.lastIndexOf('\n') + 1;
    let arrive!: (text: string | undefined) => void;
    const details = new Promise<string | undefined>((resolve) => (arrive = resolve));
    const client = openSearchClient(
      'kiosk-test',
      inlinePort(async () => ({ front: json.slice(0, cut), details })),
    );
    await expect(client.opened).resolves.toBe('ready');
    expect((await client.search('truntum', 10)).map((hit) => hit.id)).toContain('truntum-solo');
    expect(await client.search('ovals', 10)).toEqual([]);
    arrive(json.slice(cut));
    await client.whenComplete();
    expect((await client.search('ovals', 10)).map((hit) => hit.id)).toContain('kawung-solo');
  });

  it('stays names-only, with a warning, when the details part of a split read could not be had', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const cut = json.lastIndexOf('\n') + 1;
    const client = openSearchClient(
      'kiosk-test',
      inlinePort(async () => ({ front: json.slice(0, cut), details: Promise.resolve(undefined) })),
    );
    let complete = false;
    void client.whenComplete().then(() => (complete = true));
    await expect(client.opened).resolves.toBe('ready');
    await vi.waitFor(() =>
      expect(warn).toHaveBeenCalledWith(
        expect.stringMatching(/names-only: .*details part could not be read/),
      ),
    );
    expect(complete).toBe(false);
    expect((await client.search('truntum', 10)).map((hit) => hit.id)).toContain('truntum-solo');
    warn.mockRestore();
  });

  it('answers requests in the order asked, including those asked before the index had loaded', async () => {
    const client = openSearchClient(
      'kiosk-test',
      inlinePort(async () => json),
    );
    const order: string[] = [];
    const answers = await Promise.all(
      ['x', 'truntum', 'jlamprang'].map((query) =>
        client.search(query, 50).then((hits) => {
          order.push(query);
          return hits;
        }),
      ),
    );
    expect(order).toEqual(['x', 'truntum', 'jlamprang']);
    expect(answers[0]).toEqual([]);
    expect(ranked(answers[1])).toContain('piece:truntum-solo');
    expect(ranked(answers[2])).toContain('piece:jlamprang-1900');
  });

  it('answers a query the index throws on with nothing (logged), and the next one as usual', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const search = vi.spyOn(KioskSearchIndex.prototype, 'search').mockImplementationOnce(() => {
      throw new TypeError('fieldIndex.set is not a function');
    });
    const suggest = vi.spyOn(KioskSearchIndex.prototype, 'suggest').mockImplementationOnce(() => {
      throw new TypeError('broken');
    });
    const client = openSearchClient(
      'kiosk-test',
      inlinePort(async () => json),
    );
    await expect(client.search('truntum', 10)).resolves.toEqual([]);
    await expect(client.suggest('batk')).resolves.toEqual([]);
    expect(error).toHaveBeenCalledWith('search index failed on "truntum":', expect.any(TypeError));
    expect((await client.search('truntum', 10)).map((hit) => hit.id)).toContain('truntum-solo');
    search.mockRestore();
    suggest.mockRestore();
    error.mockRestore();
  });

  it('is missing when no index is stored, and when the stored one does not load (with a warning)', async () => {
    await expect(
      openSearchClient(
        'kiosk-test',
        inlinePort(async () => undefined),
      ).opened,
    ).resolves.toBe('missing');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = openSearchClient(
      'kiosk-test',
      inlinePort(async () => '{"not":"an index"}'),
    );
    await expect(broken.opened).resolves.toBe('missing');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/search index did not load: .*format \d+/));
    expect(await broken.search('kawung', 10)).toEqual([]);
    warn.mockRestore();
  });

  it('is missing, and answers with nothing, when its worker dies before the index loaded', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The index never arrives: the worker's script failed to load, say.
    const worker = mortalPort(() => new Promise(() => {}));
    const client = openSearchClient('kiosk-test', worker.port);
    const asked = client.search('kawung', 10);
    worker.die('SyntaxError: Unexpected token');
    await expect(client.opened).resolves.toBe('missing');
    await expect(client.failed).resolves.toBe('SyntaxError: Unexpected token');
    await expect(asked).resolves.toEqual([]);
    expect(error).toHaveBeenCalledWith('search worker failed: SyntaxError: Unexpected token');
    // Later questions are answered at once, and not sent to the dead worker.
    const sent = worker.posted.length;
    await expect(client.suggest('batk')).resolves.toEqual([]);
    expect(worker.posted).toHaveLength(sent);
    error.mockRestore();
  });

  it('answers the questions still open when its worker dies after opening', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const worker = mortalPort(async () => json);
    const client = openSearchClient('kiosk-test', worker.port);
    await expect(client.opened).resolves.toBe('ready');
    expect((await client.search('truntum', 10)).map((hit) => hit.id)).toContain('truntum-solo');
    worker.hold();
    const search = client.search('truntum', 10);
    const suggest = client.suggest('batk');
    worker.die('out of memory');
    await expect(Promise.all([search, suggest])).resolves.toEqual([[], []]);
    await expect(client.failed).resolves.toBe('out of memory');
    // Ended, so that a worker still half alive lets its index go.
    expect(worker.closed()).toBe(true);
    error.mockRestore();
  });
});
