import type { ServerResponse } from 'node:http';

/**
 * Server-sent events for browser mode: the web host's stand-in for the Electron bridge's
 * `onCollectionUpdated`. Every open `/api/events` response is a client; `send` writes one event to
 * all of them. A client that goes away is dropped when its socket closes.
 */
export class EventStream {
  private readonly clients = new Set<ServerResponse>();

  /** Starts an event stream on `res` with `headers` added to the SSE ones. */
  attach(res: ServerResponse, headers: Record<string, string>): void {
    res.writeHead(200, {
      ...headers,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    // `retry` tells EventSource how soon to reconnect after the host restarts; the comment line
    // flushes the headers so the page's `open` event fires at once.
    res.write('retry: 3000\n: connected\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  /** Sends `event` with `data` as JSON to every connected client. */
  send(event: string, data: unknown): void {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const client of this.clients) client.write(frame);
  }

  /** Number of connected clients (for tests and the log). */
  get size(): number {
    return this.clients.size;
  }
}
