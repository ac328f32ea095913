import { readFile } from 'node:fs/promises';

/**
 * "Published version": the top-level integer `version` of a publish bundle's `latest.json`, read
 * from a path or an http(s) URL on every page view (it changes whenever a curator publishes). A
 * slow share or server must not hang the page, hence the timeout; and a server that sends on and
 * on is cut off at a size no `latest.json` reaches.
 */

export type PublishedRead = { kind: 'ok'; version: number } | { kind: 'unreadable'; reason: string };

const MAX_LATEST_BYTES = 64 * 1024;
const TOO_LARGE = 'it is far too large for a latest.json';

export async function readPublishedVersion(
  source: string,
  { timeoutMs = 3_000, fetch: fetchFn = fetch }: { timeoutMs?: number; fetch?: typeof fetch } = {},
): Promise<PublishedRead> {
  const signal = AbortSignal.timeout(timeoutMs);
  let text: string;
  try {
    text = /^https?:\/\//i.test(source)
      ? await fetchText(source, signal, fetchFn)
      : await readFile(source, { encoding: 'utf8', signal });
  } catch (error) {
    if (signal.aborted) return { kind: 'unreadable', reason: `no answer within ${timeoutMs} ms` };
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
  if (Buffer.byteLength(text) > MAX_LATEST_BYTES) return { kind: 'unreadable', reason: TOO_LARGE };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'unreadable', reason: 'it is not JSON' };
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return { kind: 'unreadable', reason: 'it has no whole-number "version" field' };
  }
  return { kind: 'ok', version };
}

async function fetchText(url: string, signal: AbortSignal, fetchFn: typeof fetch): Promise<string> {
  const response = await fetchFn(url, { signal });
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      size += chunk.byteLength;
      // Leaving the loop by a throw cancels the stream: the rest is never downloaded.
      if (size > MAX_LATEST_BYTES) throw new Error(TOO_LARGE);
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks).toString('utf8');
}
