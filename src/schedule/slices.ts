/**
 * Cooperative scheduling for the page's views: long work cut into steps that run in tasks of
 * their own, so a tap or a frame can come in between. On a slow phone (the bench's mobile profile
 * slows the CPU four times) any task over 50 ms blocks input and counts in total blocking time;
 * a fixed number of steps per task cannot know how slow the device is, so the steps run against a
 * time budget measured where they run. Nothing here touches the DOM, Phaser or the store.
 */

/** How long one task may run steps before it gives the thread back: well under the 50 ms of a long task. */
export const SLICE_BUDGET_MS = 25;

interface YieldingScheduler { yield?: () => Promise<void> }

/**
 * A promise that resolves in a later task. `scheduler.yield()` where the browser has it (the page
 * keeps its place ahead of other queued work); elsewhere a timer of 0 ms.
 */
export function nextTask(): Promise<void> {
  const s = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (s && typeof s.yield === 'function') return s.yield.call(s);
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SliceOptions {
  /** milliseconds of steps per task (SLICE_BUDGET_MS) */
  budgetMs?: number;
  /** the clock (performance.now) */
  now?: () => number;
  /** after the last step */
  onDone?: () => void;
  /** a step threw: the remaining steps are dropped (the default rethrows in a task of its own) */
  onError?: (e: unknown) => void;
}

/**
 * Run `steps` in order, as many in each task as fit in the budget (always at least one), each task
 * after the first queued with a 0 ms timer. The first task starts on a timer too, so a caller that
 * is itself a long task is not lengthened. Returns `cancel`, which drops the steps not yet run.
 */
export function runInSlices(steps: ReadonlyArray<() => void>, opts: SliceOptions = {}): () => void {
  const budget = opts.budgetMs ?? SLICE_BUDGET_MS;
  const now = opts.now ?? (() => performance.now());
  let i = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let cancelled = false;
  const slice = () => {
    timer = null;
    if (cancelled) return;
    const t0 = now();
    try {
      do steps[i++]!();
      while (i < steps.length && !cancelled && now() - t0 < budget);
    } catch (e) {
      cancelled = true;
      if (opts.onError) opts.onError(e);
      else setTimeout(() => { throw e; }, 0);
      return;
    }
    if (cancelled) return;
    if (i < steps.length) timer = setTimeout(slice, 0);
    else opts.onDone?.();
  };
  if (steps.length === 0) {
    opts.onDone?.();
    return () => undefined;
  }
  timer = setTimeout(slice, 0);
  return () => {
    cancelled = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
}
