import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequestHandler } from '../server/request-handler';
import type { RequestLogEntry } from '../server/request-handler';
import type { WebHostApi } from './host-api';
import { nodeListener } from './node-adapter';

export interface WebHostOptions {
  /** Folder of the renderer build (`dist/renderer`). */
  rendererRoot: string;
  /** Current compiled collection folder, read per request; null serves no collection. */
  collectionRoot: () => string | null;
  /** 0 (the default) picks a free port. */
  port?: number;
  /**
   * Interface to bind; loopback by default so the kiosk is not exposed to the network. Requests
   * must name this host (or `localhost`) with the port in their Host header.
   */
  host?: string;
  log?: (entry: RequestLogEntry) => void;
  /** Send precompressed siblings of text files when the browser accepts them (default true). */
  compression?: boolean;
  /** Browser-mode endpoints (`/api/status`, `/api/events`); without it the host serves files only. */
  api?: WebHostApi;
}

export interface WebHost {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  port: number;
  /** Stops listening and drops open connections; the port is free again when this resolves. */
  close(): Promise<void>;
}

/**
 * Serves the kiosk in any Chromium on `http://HOST:PORT/` with the same request handler Electron
 * uses for `kiosk://app/`, so browser mode and the kiosk behave the same.
 */
export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const host = opts.host ?? '127.0.0.1';
  const handler = createRequestHandler({
    rendererRoot: opts.rendererRoot,
    getCollectionRoot: opts.collectionRoot,
    log: opts.log,
    compression: opts.compression,
  });
  let port = 0;
  const hostPart = host.includes(':') ? `[${host}]` : host;
  const origin = () => `http://${hostPart}:${port}`;
  const allowedHosts = () => new Set([`${hostPart}:${port}`, `localhost:${port}`]);

  const server = createServer(nodeListener(handler, origin, allowedHosts, opts.api));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: opts.port ?? 0, host }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `${origin()}/`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive sockets would otherwise hold the port (and this promise) open.
        server.closeAllConnections();
      }),
  };
}
