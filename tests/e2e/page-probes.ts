import { expect, type Page } from '@playwright/test';

/**
 * Page-side checks shared by the layout specs: how much text a screen has laid out, and elements
 * that stick out of the viewport sideways. Neither depends on how fast or busy the machine is.
 */

/**
 * Elements wider than the viewport or reaching past its left or right edge, described by tag,
 * class and size (empty when nothing sticks out). Elements inside a scroll container that scrolls
 * sideways on purpose (`data-scrolls-sideways`) and the deep-zoom viewer's own drawing surface are
 * left out; what is clipped out of sight by an `overflow: hidden` box is still counted, because a
 * visitor cannot read it either.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`document ${document.documentElement.scrollWidth}px`);
    for (const element of document.body.querySelectorAll<HTMLElement>('*')) {
      if (element.closest('[data-scrolls-sideways], .kit-zoom__canvas')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.width > width + 1 || box.right > width + 1 || box.left < -1) {
        found.push(
          `${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}..${Math.round(box.right)}`,
        );
      }
    }
    return found.slice(0, 10);
  });
}

/** Scrolls every vertical scroll container on screen to its end in steps, a frame apart. */
async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    const scrollers = [...document.querySelectorAll<HTMLElement>('*')].filter((el) => {
      const style = getComputedStyle(el);
      return /(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1;
    });
    for (const el of scrollers) {
      for (let step = 0; step < 12 && el.scrollTop + el.clientHeight < el.scrollHeight - 1; step++) {
        el.scrollTop += el.clientHeight * 0.8;
        await frame();
      }
    }
  });
}

/**
 * Most characters of text a screen may hold in its DOM. A screen of curator text holds a few parts
 * of READING_STEP characters (3,000) each; a text laid out whole holds megabytes and blocks the page
 * for minutes (the failure this guards against, found in outside testing).
 */
const TEXT_ON_PAGE_MAX = 100_000;

/**
 * Runs `action` (it opens or changes a screen), scrolls through the screen and expects the page to
 * hold at most {@link TEXT_ON_PAGE_MAX} characters of text, hidden ones included (they are laid out
 * once shown). This replaces a check for long main-thread tasks, which depended on the machine's
 * load (it failed a CI run when a busy machine preempted the page) and so was a timed test.
 */
export async function expectBoundedText(page: Page, what: string, action: () => Promise<void>) {
  await action();
  await scrollThrough(page);
  const chars = await page.evaluate(() => document.body.textContent?.length ?? 0);
  console.log(`${what}: ${chars} characters on the page`);
  expect(chars, `${what}: characters of text on the page`).toBeLessThanOrEqual(TEXT_ON_PAGE_MAX);
}
