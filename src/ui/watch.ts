import type { GameStore, StoreState } from '../store/gameStore';

/**
 * Render a view now and again whenever one of the values it depends on changes (compared by
 * identity: the store never mutates in place, so a new object means a change). This keeps each
 * panel's re-render to the store changes that concern it.
 */
export function watch(store: GameStore, deps: (s: StoreState) => readonly unknown[], render: (s: StoreState) => void): () => void {
  let last = deps(store.getState());
  render(store.getState());
  return store.subscribe((s) => {
    const next = deps(s);
    if (next.length === last.length && next.every((v, i) => v === last[i])) return;
    last = next;
    render(s);
  });
}
