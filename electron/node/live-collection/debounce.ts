/**
 * Trailing debounce: a burst of calls runs `action` once, `delayMs` after the last call. A curator
 * copying a folder of images makes hundreds of file events; the build should start once, after the
 * copy has finished.
 */
export function debounce(action: () => void, delayMs: number): { trigger: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    trigger: () => {
      cancel();
      timer = setTimeout(() => {
        timer = undefined;
        action();
      }, delayMs);
    },
    cancel,
  };
}
