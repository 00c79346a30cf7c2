import type { GameStore } from '../store/gameStore';
import { shownTextScale } from '../store/settings';

/**
 * Text size, reduced motion and presentation mode act on the whole page: the root font size
 * scales every rem, and data attributes turn CSS transitions off and lay the game out for a
 * projector (kit.css: no speedrun timer, the map given most of the screen); a folded right panel
 * gives its width to the map (panels.css).
 */
export function applyDisplaySettings(store: GameStore, root: HTMLElement = document.documentElement): void {
  const apply = () => {
    const s = store.getState().settings;
    const scale = shownTextScale(s);
    root.style.fontSize = `${Math.round(16 * scale * 100) / 100}px`;
    root.dataset.reducedMotion = s.reducedMotion ? 'true' : 'false';
    root.dataset.presentation = s.presentation ? 'true' : 'false';
    root.dataset.panel = s.panelCollapsed ? 'collapsed' : 'open';
  };
  apply();
  store.subscribe((s, prev) => {
    if (s.settings.textScale !== prev.settings.textScale || s.settings.reducedMotion !== prev.settings.reducedMotion || s.settings.presentation !== prev.settings.presentation || s.settings.panelCollapsed !== prev.settings.panelCollapsed) apply();
  });
}
