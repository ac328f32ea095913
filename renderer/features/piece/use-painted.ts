import { useEffect, useState } from 'react';

/**
 * False until the screen's first frame has been produced, then true. The piece screen mounts its
 * zoom viewer only then: OpenSeadragon starts drawing (and the browser decodes the cloth's image on
 * the main thread for its canvas) as soon as the viewer mounts, and in the UI bench's trace that
 * decode kept the frame with the piece's title and record waiting for up to 30 ms.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Animation frame callbacks run just before a frame is produced; a task queued from one runs after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
