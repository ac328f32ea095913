/**
 * A small static file server for the publish tests: ETag and If-None-Match, byte ranges, and hooks
 * to break it the ways a LAN and a careless operator do (cut a download off after some bytes). The
 * integration tests against Debian's nginx cover the real server; this one lets a unit test count
 * requests and cut connections at an exact byte.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface StaticBundleServer {
  url: string;
  /** Every request so far: method, path and Range header. */
  requests: { path: string; range: string | undefined; status: number }[];
  /** Cut the connection after this many body bytes of the next response to a path ending so. */
  cutNext(suffix: string, afterBytes: number): void;
  close(): Promise<void>;
}

export async function startStaticBundleServer(root: string): Promise<StaticBundleServer> {
  const requests: StaticBundleServer['requests'] = [];
  const cuts: { suffix: string; after: number }[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    void (async () => {
      const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
      const file = path.join(root, rel);
      const info = await stat(file).catch(() => null);
      const log = (status: number) => requests.push({ path: `/${rel}`, range: req.headers.range, status });
      if (!info?.isFile() || !file.startsWith(root)) {
        log(404);
        res.writeHead(404).end();
        return;
      }
      const etag = `"${info.size}-${Math.trunc(info.mtimeMs)}"`;
      if (req.headers['if-none-match'] === etag) {
        log(304);
        res.writeHead(304, { ETag: etag }).end();
        return;
      }
      const range = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
      const start = range ? Number(range[1]) : 0;
      const status = range && start < info.size ? 206 : 200;
      const from = status === 206 ? start : 0;
      log(status);
      res.writeHead(status, {
        ETag: etag,
        'Content-Length': String(info.size - from),
        ...(status === 206 ? { 'Content-Range': `bytes ${from}-${info.size - 1}/${info.size}` } : {}),
      });
      const cut = cuts.findIndex((c) => rel.endsWith(c.suffix));
      if (cut !== -1) {
        const { after } = cuts.splice(cut, 1)[0]!;
        const bytes = (await readFile(file)).subarray(from, from + after);
        // Cut only once the bytes are handed to the kernel: the client must have received them.
        res.write(bytes, () => res.socket?.destroy());
        return;
      }
      createReadStream(file, { start: from }).pipe(res);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    cutNext: (suffix, afterBytes) => cuts.push({ suffix, after: afterBytes }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
