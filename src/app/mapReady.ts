/**
 * Settles the first time the map shows (its container gets data-map-ready), or `fallbackMs` after
 * the first game screen if the map never does (it failed and the lists play on): what waits for it
 * (the ambient bed's download) then goes ahead anyway.
 */
import type { GameStore } from '../store/gameStore';

export function firstMapReady(mapEl: HTMLElement, store: GameStore, fallbackMs: number): Promise<void> {
  return new Promise((done) => {
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      unsubscribe();
      done();
    };
    const observer = new MutationObserver(() => { if (mapEl.dataset.mapReady) finish(); });
    observer.observe(mapEl, { attributes: true, attributeFilter: ['data-map-ready'] });
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = store.subscribe((s) => {
      if (timer === null && s.ui.screen === 'game') timer = setTimeout(finish, fallbackMs);
    });
    if (mapEl.dataset.mapReady) finish();
  });
}
