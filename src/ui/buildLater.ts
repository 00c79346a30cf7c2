import { SLICE_BUDGET_MS } from '../schedule/slices';
import { afterNextFrame } from '../schedule/afterFrame';
import { captureScope } from './watch';

/**
 * Parts of the interface built after the first frame, as many to a task as fit in the slice
 * budget (src/schedule/slices.ts) and a frame between two tasks, so a slow phone never holds its
 * main thread for the whole interface at once. On such a phone the frame that lays parts out
 * costs as much as building them (and the first layouts of the page more): parts built in tasks
 * back to back would be laid out together, in one long frame, so each task waits for the frame
 * after the one before (or a short while, where no frame comes: a page in the background).
 * Parts marked `early` (what the player reads first) come before the others. Each part is put
 * where a placeholder stands, so the page's order (focus order, reading order) is the same as if
 * it had been built at once. `finish()` builds whatever is left at once: a key press or a dialog
 * asked for before its part was built finds it built.
 */
export interface LaterParts {
  /** a placeholder in the page for the part `make` builds later (nothing, if it returns nothing) */
  slot(make: () => Node | readonly Node[] | null | undefined, opts?: { early?: boolean }): Comment;
  /** start building, in order, in tasks of their own; `onDone` once all are built */
  start(onDone?: () => void): void;
  /** build the rest now, in this task */
  finish(): void;
  /** drop the parts not yet built (the interface is taken down) */
  cancel(): void;
  readonly done: boolean;
}

/** How long a part waits for a frame before it is built anyway (no frames in a background tab). */
const FRAME_WAIT_MS = 100;

export function laterParts(now: () => number = () => performance.now()): LaterParts {
  // Watches made by a later part belong to the interface being built now (dispose ends them).
  const inScope = captureScope();
  const parts: Array<{ built: boolean; early: boolean; make: () => void }> = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let waiting: (() => void) | null = null;
  const stop = () => {
    if (timer !== null) clearTimeout(timer);
    waiting?.();
    timer = null;
    waiting = null;
  };
  let whenDone: (() => void) | undefined;
  let over = false;
  let cancelled = false;
  const buildOne = (p: { built: boolean; make: () => void }) => {
    if (p.built || cancelled) return;
    p.built = true;
    inScope(p.make);
  };
  const allBuilt = () => {
    if (over || cancelled) return;
    over = true;
    whenDone?.();
  };
  return {
    slot(make, opts = {}) {
      const mark = document.createComment('');
      const part = { built: false, make: () => {
        const made = make();
        mark.replaceWith(...(made ? (Array.isArray(made) ? made : [made as Node]) : []));
      } };
      if (opts.early) parts.splice(parts.filter((p) => p.early).length, 0, { ...part, early: true });
      else parts.push({ ...part, early: false });
      return mark;
    },
    start(onDone) {
      whenDone = onDone;
      // Everything was asked for before the start (a dialog open from the first moment).
      if (over) return void onDone?.();
      let i = 0;
      const step = () => {
        stop();
        while (i < parts.length && parts[i]!.built) i++;
        if (i >= parts.length || cancelled) return allBuilt();
        const t0 = now();
        try {
          do buildOne(parts[i++]!);
          while (i < parts.length && !cancelled && now() - t0 < SLICE_BUDGET_MS);
        } finally {
          // the next part after the frame that lays this one out, in a task of its own
          waiting = afterNextFrame(step, { fallbackMs: FRAME_WAIT_MS });
        }
      };
      timer = setTimeout(step, 0);
    },
    finish() {
      if (over || cancelled) return;
      stop();
      for (const p of parts) buildOne(p);
      allBuilt();
    },
    cancel() {
      stop();
      cancelled = true;
    },
    get done() { return over || cancelled; },
  };
}
