import { useEffect, useState, type RefObject } from 'react';

/** Less than this many pixels left to scroll counts as the end (rounding of fractional layouts). */
const END_SLACK_PX = 2;

/** True when a scroll box with these measures has content below what it shows. */
export function hasMoreBelow(box: {
  scrollTop: number;
  clientHeight: number;
  scrollHeight: number;
}): boolean {
  return box.scrollTop + box.clientHeight < box.scrollHeight - END_SLACK_PX;
}

/**
 * Whether the scroll box `target` has more content below its visible part, kept up to date as the
 * visitor scrolls, as the box resizes and as its content grows or shrinks (pictures loading, a
 * "read on", another piece).
 */
export function useMoreBelow(target: RefObject<HTMLElement | null>): boolean {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const box = target.current;
    if (!box) return undefined;
    const check = () => setMore(hasMoreBelow(box));
    const sizes = new ResizeObserver(check);
    const watchChildren = () => {
      sizes.disconnect();
      sizes.observe(box);
      for (const child of box.children) sizes.observe(child);
      check();
    };
    const children = new MutationObserver(watchChildren);
    children.observe(box, { childList: true });
    watchChildren();
    box.addEventListener('scroll', check, { passive: true });
    return () => {
      box.removeEventListener('scroll', check);
      children.disconnect();
      sizes.disconnect();
    };
  }, [target]);
  return more;
}
