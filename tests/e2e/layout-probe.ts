import type { Page } from '@playwright/test';

/**
 * What a visitor could not use on the screen as it is now, one line per problem (empty when all is
 * well). Run in the page:
 * - every control (button, link, field, anything focusable) is at least `minTouch` px both ways;
 * - no control overlaps another one, and nothing is drawn over a control's visible part (checked
 *   with elementFromPoint at five points, so a bar, a panel or an overlay on top is caught);
 * - a control out of sight can be scrolled into view: whatever clips it must scroll;
 * - nothing reaches past the viewport's left or right edge.
 * With a modal dialog open, only the dialog's controls count (the rest is meant to be covered).
 * Two things lie under other controls by design and are not checked as controls themselves: the
 * zoom viewer's drawing surface (its buttons float on it) and a touch-anywhere backdrop that fills
 * the screen (the attract loop's start button, under the language choice).
 */
export async function layoutProblems(page: Page, minTouch = 48): Promise<string[]> {
  return page.evaluate((min) => {
    const problems: string[] = [];
    const vw = document.documentElement.clientWidth;
    const vh = window.innerHeight;
    const name = (el: Element) => {
      const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ');
      return `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${label ? ` "${label.slice(0, 40)}"` : ''}`;
    };
    const shown = (el: Element) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return (
        box.width > 0 &&
        box.height > 0 &&
        style.visibility !== 'hidden' &&
        style.pointerEvents !== 'none' &&
        !el.closest('[aria-hidden="true"], [inert]')
      );
    };
    const clips = (el: Element) => getComputedStyle(el).overflow !== 'visible';
    const scrolls = (el: Element) => {
      const style = getComputedStyle(el);
      const y = /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
      const x = /(auto|scroll)/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      return x || y;
    };

    const modal = [...document.querySelectorAll('[aria-modal="true"]')].find(shown);
    const scope = modal ?? document.body;
    const controls = [
      ...scope.querySelectorAll(
        'button, a[href], input, select, textarea, [role="button"], [tabindex]:not([tabindex="-1"])',
      ),
    ].filter((el) => shown(el) && !el.closest('.kit-zoom__canvas'));
    const backdrop = (el: Element) => {
      const box = el.getBoundingClientRect();
      return box.width * box.height >= 0.9 * vw * vh;
    };

    // The visible part of an element: inside the viewport and every clipping ancestor; whether a
    // scrolling ancestor can bring the rest into view.
    const visiblePart = (el: Element) => {
      const box = el.getBoundingClientRect();
      let [left, top, right, bottom] = [
        Math.max(0, box.left),
        Math.max(0, box.top),
        Math.min(vw, box.right),
        Math.min(vh, box.bottom),
      ];
      let scrollable = false;
      for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
        if (!clips(a)) continue;
        if (scrolls(a)) scrollable = true;
        const c = a.getBoundingClientRect();
        [left, top, right, bottom] = [
          Math.max(left, c.left),
          Math.max(top, c.top),
          Math.min(right, c.right),
          Math.min(bottom, c.bottom),
        ];
      }
      return { box, left, top, right, bottom, scrollable };
    };

    for (const el of controls) {
      const part = visiblePart(el);
      const { box } = part;
      if (box.width < min - 0.5 || box.height < min - 0.5)
        problems.push(`${name(el)} is ${Math.round(box.width)}x${Math.round(box.height)} px, under ${min}`);
      const whole = part.right - part.left >= box.width - 1 && part.bottom - part.top >= box.height - 1;
      if (!whole && !part.scrollable) {
        problems.push(
          `${name(el)} is cut off (${Math.round(box.left)},${Math.round(box.top)} ${Math.round(box.width)}x${Math.round(box.height)}) and nothing scrolls it into view`,
        );
      }
      if (part.right - part.left < 2 || part.bottom - part.top < 2) continue;
      const xs = [0.5, 0.25, 0.75].map((f) => part.left + (part.right - part.left) * f);
      const ys = [0.5, 0.25, 0.75].map((f) => part.top + (part.bottom - part.top) * f);
      const points = [
        [xs[0], ys[0]],
        [xs[1], ys[1]],
        [xs[2], ys[1]],
        [xs[1], ys[2]],
        [xs[2], ys[2]],
      ];
      for (const [x, y] of points) {
        const hit = document.elementFromPoint(x!, y!);
        if (hit && hit !== el && !el.contains(hit)) {
          problems.push(`${name(el)} is covered at (${Math.round(x!)},${Math.round(y!)}) by ${name(hit)}`);
          break;
        }
      }
    }

    // Overlaps of what is visible of each: a tile scrolled under a bar is clipped, not overlapped.
    const parts = controls.filter((el) => !backdrop(el)).map((el) => ({ el, part: visiblePart(el) }));
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        const [{ el: a, part: p }, { el: b, part: q }] = [parts[i]!, parts[j]!];
        if (a.contains(b) || b.contains(a)) continue;
        const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (w > 1 && h > 1)
          problems.push(`${name(a)} and ${name(b)} overlap by ${Math.round(w)}x${Math.round(h)} px`);
      }
    }

    if (document.documentElement.scrollWidth > vw + 1)
      problems.push(`the page is ${document.documentElement.scrollWidth}px wide`);
    for (const el of document.body.querySelectorAll('*')) {
      // Pictures may be cropped by their frame (the attract loop's pan); text and controls may not.
      if (el.closest('.kit-zoom__canvas') || el.matches('img, svg, svg *, canvas, video')) continue;
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.height > 0 && (box.right > vw + 1 || box.left < -1)) {
        problems.push(
          `${name(el)} reaches past the side (${Math.round(box.left)}..${Math.round(box.right)})`,
        );
      }
    }
    return [...new Set(problems)];
  }, minTouch);
}

/**
 * The largest empty band between the top of the viewport and the first thing drawn in the app's
 * main area (text, a picture, a control), in px: what lowered mode must not leave.
 */
export async function emptyBandAtTop(page: Page): Promise<number> {
  return page.evaluate(() => {
    const main = document.querySelector('main');
    if (!main) return 0;
    let first = Infinity;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let box: DOMRect | undefined;
      if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        box = range.getBoundingClientRect();
      } else if (
        node instanceof HTMLImageElement ||
        node instanceof HTMLButtonElement ||
        node instanceof HTMLCanvasElement
      ) {
        box = node.getBoundingClientRect();
      }
      if (box && box.width > 0 && box.height > 0 && box.bottom > 0) first = Math.min(first, box.top);
    }
    return first === Infinity ? 0 : Math.max(0, first);
  });
}
