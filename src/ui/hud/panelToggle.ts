import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { t } from '../../i18n';
import { h } from '../dom';
import { watch } from '../watch';

/** The key that folds and unfolds the right panel (listed in the help's key table). */
export const PANEL_KEY = 'Q';

/** Fold or unfold the right panel; the choice is kept in the settings. */
export function togglePanel(store: GameStore, actions: Actions): void {
  actions.updateSettings({ panelCollapsed: !store.getState().settings.panelCollapsed });
  // The map's canvas follows its box on the next resize check; ask for it at once.
  if (typeof window !== 'undefined') window.dispatchEvent(new Event('resize'));
}

/**
 * A tab on the map's right edge that folds the right panel away, giving the map its width (at
 * 1366×768 the panel otherwise takes a quarter of the screen), and brings it back.
 */
export function createPanelToggle(store: GameStore, actions: Actions, panelId: string): HTMLElement {
  const el = h('button', {
    class: 'panel-toggle',
    attrs: { type: 'button', 'aria-controls': panelId, 'aria-keyshortcuts': PANEL_KEY, 'data-key': 'panel-toggle' },
    on: { click: () => togglePanel(store, actions) },
  });
  watch(store, (s) => [s.settings.panelCollapsed], (s) => {
    const folded = s.settings.panelCollapsed;
    const name = t(folded ? 'panel.show' : 'panel.hide');
    el.textContent = folded ? '‹' : '›';
    el.setAttribute('aria-expanded', String(!folded));
    el.setAttribute('aria-label', `${name} (${PANEL_KEY})`);
    el.title = `${name} (${PANEL_KEY})`;
  });
  return el;
}
