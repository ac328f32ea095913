/**
 * A page Playwright does not instrument, for the whole-grid scrolls. Playwright enables DevTools'
 * network domain on every page it drives, and that domain keeps a weak reference to every resource
 * the page loaded: when the page drops an image and a garbage collection reclaims it, DevTools
 * copies the image's bytes (as base64, for its Network panel) inside the collection's pause. A grid
 * scrolled past a museum's distinct photographs drops hundreds of them, and with 1,300 different
 * thumbnails those pauses took 50-190 ms (`CppGC.CustomCallbacksProcessing` in the trace), none of
 * which a kiosk without DevTools pays. Playwright leaves alone a page made in the browser's default
 * context (it detaches from pages outside its own contexts), so this one is driven over a DevTools
 * session of its own with only the commands the scroll needs: no network domain.
 */
import type { Browser, CDPSession } from '@playwright/test';

export interface PlainPage {
  /** The value of `expression` (awaited when it is a promise); throws what the page threw. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** One DevTools command to the page. */
  send<T = unknown>(method: string, params?: object): Promise<T>;
  close(): Promise<void>;
}

interface Reply {
  id: number;
  result?: unknown;
  error?: { message: string };
}

/**
 * Opens `url` in a new page of the default context, `width` x `height` CSS px, with `initScript`
 * run before the page's own scripts.
 */
export async function openPlainPage(
  browser: Browser,
  url: string,
  o: { width: number; height: number; initScript: string },
): Promise<PlainPage> {
  const root: CDPSession = await browser.newBrowserCDPSession();
  const { targetId } = (await root.send('Target.createTarget', { url: 'about:blank' })) as {
    targetId: string;
  };
  // Not flattened: Playwright's session object sends to the browser only, so the page's commands
  // travel inside Target.sendMessageToTarget and come back as events.
  const { sessionId } = (await root.send('Target.attachToTarget', { targetId, flatten: false })) as {
    sessionId: string;
  };
  let next = 0;
  const waiting = new Map<number, (reply: Reply) => void>();
  root.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const reply = JSON.parse(event.message) as Reply;
    waiting.get(reply.id)?.(reply);
    waiting.delete(reply.id);
  });
  const send = async <T>(method: string, params: object = {}): Promise<T> => {
    const id = ++next;
    const replied = new Promise<Reply>((resolve) => waiting.set(id, resolve));
    await root.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const reply = await replied;
    if (reply.error) throw new Error(`${method}: ${reply.error.message}`);
    return reply.result as T;
  };
  const evaluate = async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await send<{
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  };
  await send('Emulation.setDeviceMetricsOverride', {
    width: o.width,
    height: o.height,
    deviceScaleFactor: 1,
    mobile: false,
  });
  await send('Page.enable');
  await send('Page.addScriptToEvaluateOnNewDocument', { source: o.initScript });
  await send('Page.navigate', { url });
  return {
    evaluate,
    send,
    async close() {
      await root.send('Target.closeTarget', { targetId });
      await root.detach();
    },
  };
}

/** Waits (polling, as the page cannot call back) until `expression` is true in the page. */
export async function waitInPage(page: PlainPage, expression: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await page.evaluate<boolean>(`Boolean(${expression})`).catch(() => false))) {
    if (Date.now() > until) throw new Error(`not true after ${timeoutMs} ms: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
