/**
 * "After the browser's next frame, in a task of its own": for work that should not run inside the
 * frame that lays out or draws what came before it (the page's next part, a font switch, the map's
 * start, a focus). Where no frame comes (a page in the background draws none), `fallbackMs` lets
 * the work run anyway after that long. Nothing here touches the DOM, Phaser or the store.
 */

export interface AfterFrameOptions {
  /** run after this many milliseconds if no frame has come by then (none: wait for the frame) */
  fallbackMs?: number;
}

/** Run `run` once, in a task after the next frame (or after the fallback). Returns `cancel`. */
export function afterNextFrame(run: () => void, opts: AfterFrameOptions = {}): () => void {
  let frame: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (frame !== null) cancelAnimationFrame(frame);
    if (timer !== null) clearTimeout(timer);
    frame = null;
    timer = null;
  };
  frame = requestAnimationFrame(() => {
    frame = null;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      run();
    }, 0);
  });
  if (opts.fallbackMs !== undefined) {
    timer = setTimeout(() => {
      timer = null;
      if (frame !== null) cancelAnimationFrame(frame);
      frame = null;
      run();
    }, opts.fallbackMs);
  }
  return cancel;
}
