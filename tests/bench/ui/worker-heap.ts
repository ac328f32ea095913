/**
 * The JS heaps of the page's dedicated workers (the search index lives in one), which the page's
 * own `Runtime.getHeapUsage` does not count. Playwright opens protocol sessions for pages only, so
 * this attaches to each worker target through the browser session and speaks to it with
 * `Target.sendMessageToTarget`.
 */
import type { CDPSession } from '@playwright/test';

interface Envelope {
  sessionId: string;
  message: string;
}

function caller(browser: CDPSession, sessionId: string) {
  let lastId = 0;
  return <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = ++lastId;
      const onMessage = (event: Envelope) => {
        if (event.sessionId !== sessionId) return;
        const reply = JSON.parse(event.message) as { id?: number; result?: T; error?: { message: string } };
        if (reply.id !== id) return;
        browser.off('Target.receivedMessageFromTarget', onMessage);
        if (reply.error) reject(new Error(`${method}: ${reply.error.message}`));
        else resolve(reply.result as T);
      };
      browser.on('Target.receivedMessageFromTarget', onMessage);
      void browser.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method, params }),
      });
    });
}

/** MB used by each worker's heap after two forced garbage collections, by worker URL. */
export async function workerHeapsMB(browser: CDPSession): Promise<Record<string, number>> {
  const { targetInfos } = await browser.send('Target.getTargets');
  const heaps: Record<string, number> = {};
  for (const target of targetInfos.filter((t) => t.type === 'worker')) {
    const { sessionId } = await browser.send('Target.attachToTarget', {
      targetId: target.targetId,
      flatten: false,
    });
    try {
      const call = caller(browser, sessionId);
      await call('HeapProfiler.collectGarbage');
      await call('HeapProfiler.collectGarbage');
      const { usedSize } = await call<{ usedSize: number }>('Runtime.getHeapUsage');
      const name = target.url.split('/').at(-1) ?? target.url;
      heaps[name] = Math.round(((heaps[name] ?? 0) + usedSize / 2 ** 20) * 100) / 100;
    } finally {
      await browser.send('Target.detachFromTarget', { sessionId });
    }
  }
  return heaps;
}
