import type { Actions } from '../store/actions';
import type { GameStore } from '../store/gameStore';
import { createHelpDialog } from './dialogs/helpDialog';
import { createMenuDialog } from './dialogs/menuDialog';
import { createPromptDialog } from './dialogs/promptDialog';
import { createResultDialog } from './dialogs/resultDialog';
import { createSettingsDialog } from './dialogs/settingsDialog';
import { t } from '../i18n';
import { lt } from '../i18n/levelText';
import { captureScope, collectWatches } from './watch';
import { createClassroomViews } from './classroom/classroomViews';
import { createLiveViews } from './live';
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

export interface MountedUi { game: GameScreen; dispose(): void }

/**
 * Build the whole DOM interface; screens and dialogs then follow the store. `dispose` unhooks
 * every view from the store and the page, so the interface can be built again in another
 * language (the map's elements, passed in `host`, are kept).
 */
export function mountUi(root: HTMLElement, store: GameStore, actions: Actions, launch: LaunchInfo, share?: ShareHooks, host?: { map: HTMLElement; mapStatus: HTMLElement }): MountedUi {
  const built = collectWatches(() => build(root, store, actions, launch, share, host));
  return {
    game: built.value.game,
    dispose() {
      built.dispose();
      built.value.removeKeys();
    },
  };
}

function build(root: HTMLElement, store: GameStore, actions: Actions, launch: LaunchInfo, share?: ShareHooks, host?: { map: HTMLElement; mapStatus: HTMLElement }): { game: GameScreen; removeKeys: () => void } {
  const announcer = h('div', { class: 'sr-only', attrs: { 'aria-live': 'polite', id: 'announcer' } });
  // Clearing first makes a repeated sentence ("Day 4 ended: a quiet day") be read again.
  const announce = (text: string) => {
    announcer.textContent = '';
    requestAnimationFrame(() => { announcer.textContent = text; });
  };
  // The title is built the first time it is shown: a link straight into a game (the game is
  // started before the interface is built) never pays for it on its way to the map.
  const inScope = captureScope();
  let title: HTMLElement | null = null;
  const titleNow = () => {
    if (!title) {
      title = inScope(() => createTitleScreen(store, actions, launch.messages, launch.seed, share));
      root.insertBefore(title, game.el);
    }
    return title;
  };
  const game = createGameScreen(store, actions, announce, share, host);
  const live = createLiveViews(store, actions);
  game.el.insertBefore(live.bar, game.el.children[1] ?? null);
  root.replaceChildren(
    game.el,
    createPromptDialog(store, actions), createHelpDialog(store, actions, share?.help), createSettingsDialog(store, actions),
    createMenuDialog(store, actions, share), createResultDialog(store, actions, share),
    createTooltip(store), createNotices(store, actions), ...createClassroomViews(store, actions), ...live.views, announcer, ...(share?.extras(root) ?? []));
  const removeKeys = installKeyboard(store, actions);
  let last: string | null = null;
  watch(store, (s) => [s.ui.screen, s.session !== null], (s) => {
    const onGame = s.ui.screen === 'game' && s.session !== null;
    if (onGame) {
      if (title) title.hidden = true;
    } else {
      titleNow().hidden = false;
    }
    game.el.hidden = !onGame;
    // Moving between screens puts the focus where the work starts: the first formation, or
    // Continue / the first level on the title screen. An interface built on the game (a link)
    // focuses once its first frame is drawn: asking for focus now would lay the page out here,
    // inside the task that builds it, and then again for the frame.
    const focus = () => (onGame ? game.el.querySelector<HTMLElement>('[data-select^="formation:"]') : title?.querySelector<HTMLElement>('[data-key="continue"], [data-level]'))?.focus({ preventScroll: true });
    if (last === null && onGame) {
      requestAnimationFrame(() => setTimeout(() => {
        const free = !document.activeElement || document.activeElement === document.body;
        if (free && store.getState().ui.screen === 'game') focus();
      }, 0));
    } else if (last !== null && s.ui.screen !== last) focus();
    last = s.ui.screen;
    document.title = onGame ? `${lt(s.session!.level).title} · ${t('app.name')}` : t('app.name');
  });
  return { game, removeKeys };
}
