import type { StoreApi } from 'zustand/vanilla';

/** watch() (ui/watch.ts) for any store: render now, and again when one of the deps changes. */
export function watchStore<S>(store: StoreApi<S>, deps: (s: S) => readonly unknown[], render: (s: S) => void): () => void {
  let last = deps(store.getState());
  render(store.getState());
  return store.subscribe((s) => {
    const next = deps(s);
    if (next.length === last.length && next.every((v, i) => v === last[i])) return;
    last = next;
    render(s);
  });
}
