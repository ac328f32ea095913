import type { IncomingMessage } from 'node:http';

/**
 * Reads a request body of at most `maxBytes`. A declared length over the cap is refused before a
 * byte is read; a body that grows past it (chunked, or lying about its length) is refused as soon
 * as it does, and the rest is not read: the caller answers 413 and closes the connection.
 */
export function readCappedBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<{ kind: 'ok'; text: string } | { kind: 'too-large' } | { kind: 'aborted' }> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.resolve({ kind: 'too-large' });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: { kind: 'ok'; text: string } | { kind: 'too-large' } | { kind: 'aborted' }) => {
      request.off('data', onData).off('end', onEnd).off('error', onAbort).off('close', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) {
        request.pause();
        finish({ kind: 'too-large' });
      } else chunks.push(chunk);
    };
    const onEnd = (): void => finish({ kind: 'ok', text: Buffer.concat(chunks).toString('utf8') });
    const onAbort = (): void => finish({ kind: 'aborted' });
    request.on('data', onData).on('end', onEnd).on('error', onAbort).on('close', onAbort);
  });
}
