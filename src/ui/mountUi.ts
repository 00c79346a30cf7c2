import type { Actions } from '../store/actions';
import type { GameStore } from '../store/gameStore';
import { createHelpDialog } from './dialogs/helpDialog';
import { createMenuDialog } from './dialogs/menuDialog';
import { createPromptDialog } from './dialogs/promptDialog';
import { createResultDialog } from './dialogs/resultDialog';
import { createSettingsDialog } from './dialogs/settingsDialog';
import { h } from './dom';
import { createGameScreen, type GameScreen } from './game/gameScreen';
import { installKeyboard } from './keyboard';
import { createNotices } from './notices';
import { createTitleScreen } from './title/titleScreen';
import type { ShareHooks } from './share';
import { createTooltip } from './tooltip';
import { watch } from './watch';

export interface LaunchInfo {
  /** messages about the link or the level files, shown on the title screen */
  messages: readonly string[];
  /** a seed from the link, to prefill the seed field */
  seed: string | null;
}

/** Build the whole DOM interface once; screens and dialogs then follow the store. */
export function mountUi(root: HTMLElement, store: GameStore, actions: Actions, launch: LaunchInfo, share?: ShareHooks): GameScreen {
  const announcer = h('div', { class: 'sr-only', attrs: { 'aria-live': 'polite', id: 'announcer' } });
  // Clearing first makes a repeated sentence ("Day 4 ended: a quiet day") be read again.
  const announce = (text: string) => {
    announcer.textContent = '';
    requestAnimationFrame(() => { announcer.textContent = text; });
  };
  const title = createTitleScreen(store, actions, launch.messages, launch.seed, share);
  const game = createGameScreen(store, actions, announce, share);
  root.replaceChildren(
    title, game.el,
    createPromptDialog(store, actions), createHelpDialog(store, actions, share?.help), createSettingsDialog(store, actions),
    createMenuDialog(store, actions, share), createResultDialog(store, actions, share),
    createTooltip(store), createNotices(store, actions), announcer, ...(share?.extras(root) ?? []));
  installKeyboard(store, actions);
  let last = store.getState().ui.screen;
  watch(store, (s) => [s.ui.screen, s.session !== null], (s) => {
    const onGame = s.ui.screen === 'game' && s.session !== null;
    title.hidden = onGame;
    game.el.hidden = !onGame;
    // Moving between screens puts the focus where the work starts: the first formation, or
    // Continue / the first level on the title screen.
    if (s.ui.screen !== last) (onGame ? game.el.querySelector<HTMLElement>('[data-select^="formation:"]') : title.querySelector<HTMLElement>('[data-key="continue"], [data-level]'))?.focus();
    last = s.ui.screen;
    document.title = onGame ? `${s.session!.level.title} · GUARANTOR` : 'GUARANTOR';
  });
  return game;
}
