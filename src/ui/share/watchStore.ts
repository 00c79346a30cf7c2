import type { StoreApi } from 'zustand/vanilla';
import { registerCleanup } from '../watch';

/** watch() (ui/watch.ts) for any store: render now, and again when one of the deps changes. */
export function watchStore<S>(store: StoreApi<S>, deps: (s: S) => readonly unknown[], render: (s: S) => void): () => void {
  let last = deps(store.getState());
  render(store.getState());
  // Let go with the rest of the interface when it is rebuilt (a change of language).
  return registerCleanup(store.subscribe((s) => {
    const next = deps(s);
    if (next.length === last.length && next.every((v, i) => v === last[i])) return;
    last = next;
    render(s);
  }));
}
