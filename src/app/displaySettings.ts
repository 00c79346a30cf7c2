import type { GameStore } from '../store/gameStore';

/**
 * Text size and reduced motion act on the whole page: the root font size scales every rem, and a
 * data attribute turns CSS transitions off.
 */
export function applyDisplaySettings(store: GameStore, root: HTMLElement = document.documentElement): void {
  const apply = () => {
    const s = store.getState().settings;
    root.style.fontSize = `${Math.round(16 * s.textScale * 100) / 100}px`;
    root.dataset.reducedMotion = s.reducedMotion ? 'true' : 'false';
  };
  apply();
  store.subscribe((s, prev) => {
    if (s.settings.textScale !== prev.settings.textScale || s.settings.reducedMotion !== prev.settings.reducedMotion) apply();
  });
}
