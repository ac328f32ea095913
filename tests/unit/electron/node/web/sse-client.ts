import { request as httpRequest, type IncomingMessage } from 'node:http';

/** One server-sent event as a test reads it. */
export interface SseEvent {
  event: string;
  data: string;
}

/**
 * A minimal EventSource for Node tests: connects to `/api/events`, parses frames and lets a test
 * wait for the next event of a kind. Raw HTTP so tests can also send hostile headers.
 */
export function connectSse(port: number, headers: Record<string, string> = {}) {
  const events: SseEvent[] = [];
  const waiters: { event: string; resolve: (e: SseEvent) => void }[] = [];
  let response: IncomingMessage | undefined;
  const opened = new Promise<IncomingMessage>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/api/events', headers }, (res) => {
      response = res;
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(frame)?.[1];
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (!event || data === undefined) continue;
          const parsed = { event, data };
          events.push(parsed);
          for (const waiter of waiters.filter((w) => w.event === event)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(parsed);
          }
        }
      });
      resolve(res);
    });
    req.on('error', reject);
    req.end();
  });
  return {
    opened,
    events,
    /** Resolves with the next event named `event` that arrives after this call. */
    next: (event: string) => new Promise<SseEvent>((resolve) => waiters.push({ event, resolve })),
    close: () => response?.destroy(),
  };
}
