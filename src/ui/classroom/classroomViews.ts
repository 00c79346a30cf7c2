/**
 * Every classroom screen and dialog, built with the rest of the interface (mountUi). What the game
 * screen needs at once (the handover, the pause, learning notes) is built now; the screens only a
 * class opens are loaded the first time one is asked for (lazyViews.ts).
 */
import { t } from '../../i18n';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h } from '../dom';
import { captureScope, watch } from '../watch';
import { createHandover, createPauseScreen } from './handover';
import { createNotesDialog } from './notesDialog';

export function createClassroomViews(store: GameStore, actions: Actions): HTMLElement[] {
  const host = h('div', { class: 'class-views' });
  // Built later, but let go of with the interface built now (a change of language rebuilds it).
  const inScope = captureScope();
  let state: 'idle' | 'loading' | 'loaded' = 'idle';
  watch(store, (s) => [s.ui.classroom.view, s.ui.classroom.facilitator], (s) => {
    if (state !== 'idle' || (s.ui.classroom.view === null && s.ui.classroom.facilitator === null)) return;
    state = 'loading';
    // Its screens list and resolve the levels: every level's file comes with them.
    Promise.all([import('./lazyViews'), actions.loadLevels()]).then(([m]) => {
      if (!host.isConnected) return; // the interface was rebuilt meanwhile: the new one loads its own
      host.append(...inScope(() => m.createLazyViews(store, actions)));
      state = 'loaded';
      // The screen asked for was drawn before it was in the page: give it the focus now.
      host.querySelector<HTMLElement>('.class-view:not([hidden]) h2')?.focus({ preventScroll: true });
    }, () => {
      state = 'idle';
      actions.notify('error', t('levels.loadAllFailed'));
    });
  });
  return [host, createHandover(store, actions), createPauseScreen(store, actions), createNotesDialog(store, actions)];
}
