/**
 * In-page measuring code, injected as a plain script (not a transpiled function, so no bundler
 * helpers leak into the page). Installs `window.__uiBench`:
 * - `armTap(selector)`: the next pointerdown starts a clock that stops right after the first frame
 *   in which `selector` is rendered (rAF, then a message task: the frame has been produced);
 *   `tapResult()` resolves with the milliseconds.
 * - `startLongTasks()` / `stopLongTasks()`: every 'longtask' entry (each is over 50 ms by definition)
 *   from start to stop.
 * - `scroller(selector)`: the nearest scrolling element at or under `selector` (the document's
 *   scrolling element for the static grid).
 * - `loadLongTasks()`: every 'longtask' entry since the page was loaded (the observer starts with
 *   the page, before the app's scripts); it stops observing when asked.
 * - `picturesLoaded()`: how many `<img>` loads the page has seen (a picture shown again from the
 *   memory cache counts again: it is decoded and drawn again).
 */
export const PROBES = `
(() => {
  let tap = null;
  // Collects 'longtask' durations from now on; the function it returns stops and hands them over.
  const watchLongTasks = () => {
    const found = [];
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) found.push(e.duration); });
    observer.observe({ type: 'longtask' });
    return () => {
      for (const e of observer.takeRecords()) found.push(e.duration);
      observer.disconnect();
      return found;
    };
  };
  const stopLoadWatch = watchLongTasks();
  let pictures = 0;
  // On the document, not the window: an element's load event never reaches the window.
  document.addEventListener('load', (e) => { if (e.target instanceof HTMLImageElement) pictures++; }, { capture: true });
  let stopWatch = null;
  window.__uiBench = {
    loadLongTasks() { return stopLoadWatch(); },
    armTap(selector) {
      tap = new Promise((resolve) => {
        let start = -1;
        addEventListener('pointerdown', (e) => { start = e.timeStamp; }, { capture: true, once: true });
        const painted = () => requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now() - start);
          channel.port2.postMessage(0);
        });
        const check = () => {
          const el = document.querySelector(selector);
          if (start < 0 || !el || el.getClientRects().length === 0) return;
          mo.disconnect();
          painted();
        };
        const mo = new MutationObserver(check);
        mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        addEventListener('pointerdown', () => setTimeout(check, 0), { capture: true, once: true });
      });
    },
    tapResult() { return tap; },
    startLongTasks() { stopWatch = watchLongTasks(); },
    stopLongTasks() { return stopWatch(); },
    picturesLoaded() { return pictures; },
    scrollState(selector) {
      const el = selector ? document.querySelector(selector) : document.scrollingElement;
      return { top: el.scrollTop, height: el.scrollHeight, client: el.clientHeight };
    },
  };
})();
`;
