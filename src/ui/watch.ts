import type { GameStore, StoreState } from '../store/gameStore';

/** Unsubscribers of the views built inside collectWatches(), so they can all be let go at once. */
let collecting: Array<() => void> | null = null;

/**
 * Render a view now and again whenever one of the values it depends on changes (compared by
 * identity: the store never mutates in place, so a new object means a change). This keeps each
 * panel's re-render to the store changes that concern it.
 */
export function watch(store: GameStore, deps: (s: StoreState) => readonly unknown[], render: (s: StoreState) => void): () => void {
  const first = deps(store.getState());
  render(store.getState());
  const off = onDepsChange(store, deps, render, first);
  collecting?.push(off);
  return off;
}

/**
 * Call `f` with the new state whenever one of `deps` changes (by identity) from `last` (by default,
 * their values now). Returns the unsubscriber.
 */
function onDepsChange(store: GameStore, deps: (s: StoreState) => readonly unknown[], f: (s: StoreState) => void, last = deps(store.getState())): () => void {
  return store.subscribe((s) => {
    const next = deps(s);
    if (next.length === last.length && next.every((v, i) => v === last[i])) return;
    last = next;
    f(s);
  });
}

/**
 * Draw a view again, in a task of its own after the one that changed the store, whenever one of
 * `deps` changes: for a view that takes a while to draw (a long list), so that a key's task (End
 * day) is not also the task that redraws it. Several changes before it runs draw once, from the
 * latest state. It does not draw now: the view's watch() does.
 */
export function redrawSoonOn(store: GameStore, deps: (s: StoreState) => readonly unknown[], render: (s: StoreState) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const off = onDepsChange(store, deps, () => {
    timer ??= setTimeout(() => {
      timer = null;
      render(store.getState());
    }, 0);
  });
  const stop = () => {
    off();
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  collecting?.push(stop);
  return stop;
}

/** Let go of something (a listener, a subscription) when the interface built now is taken down. */
export function registerCleanup(off: () => void): () => void {
  collecting?.push(off);
  return off;
}

/**
 * The cleanup list of the interface being built now, for views built later (loaded on demand):
 * `inScope(make)` builds them as if they had been built with the rest.
 */
export function captureScope(): <T>(make: () => T) => T {
  const target = collecting;
  return <T>(make: () => T): T => {
    const outer = collecting;
    collecting = target;
    try {
      return make();
    } finally {
      collecting = outer;
    }
  };
}

/**
 * Build views with `make`; every watch() made meanwhile is recorded, and `dispose` ends them all
 * (the interface is rebuilt this way when the language changes).
 */
export function collectWatches<T>(make: () => T): { value: T; dispose(): void } {
  const outer = collecting;
  const mine: Array<() => void> = [];
  collecting = mine;
  try {
    const value = make();
    return { value, dispose: () => { for (const off of mine.splice(0)) off(); } };
  } finally {
    collecting = outer;
  }
}
