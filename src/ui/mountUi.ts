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
import { laterParts, type LaterParts } from './buildLater';
import { afterNextFrame } from '../schedule/afterFrame';

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
export interface MountOptions {
  /**
   * Build what the first frame shows now (the title, or the game's HUD and the map's place) and
   * the rest in short tasks after it: the page's first build, where a slow phone would otherwise
   * spend one long task on it. A rebuild in another language is built at once, as the player
   * asked for it and its dialog is open.
   */
  inSteps?: boolean;
}

export function mountUi(root: HTMLElement, store: GameStore, actions: Actions, launch: LaunchInfo, share?: ShareHooks, host?: { map: HTMLElement; mapStatus: HTMLElement }, opts: MountOptions = {}): MountedUi {
  const built = collectWatches(() => {
    const later = opts.inSteps ? laterParts() : null;
    const ui = build(root, store, actions, launch, share, host, later);
    return { ...ui, later };
  });
  return {
    game: built.value.game,
    dispose() {
      built.value.later?.cancel();
      built.dispose();
      built.value.removeKeys();
    },
  };
}

/**
 * The later parts are built at once as soon as the player could need one of them: a key pressed
 * (a shortcut opens a dialog, or acts on a list), a press on the interface (its click may open a
 * dialog the store does not know of, such as sharing), or a dialog or screen asked for through the
 * store. A press on the map does not: dragging the map needs none of them.
 */
function finishOnDemand(store: GameStore, later: LaterParts): () => void {
  const onKey = () => later.finish();
  const onPress = (e: PointerEvent) => {
    if (!(e.target instanceof Element) || !e.target.closest('[data-map]')) later.finish();
  };
  window.addEventListener('keydown', onKey, { capture: true });
  window.addEventListener('pointerdown', onPress, { capture: true });
  const offStore = watch(store, (s) => [s.ui.helpOpen, s.ui.settingsOpen, s.ui.menuOpen, s.ui.resultOpen, s.ui.prompt, s.ui.logOpen, s.ui.summaryOpen, s.ui.classroom.view, s.ui.classroom.facilitator], (s) => {
    const u = s.ui;
    if (u.helpOpen || u.settingsOpen || u.menuOpen || u.resultOpen || u.prompt || u.logOpen || u.summaryOpen || u.classroom.view || u.classroom.facilitator) later.finish();
  });
  return () => {
    window.removeEventListener('keydown', onKey, { capture: true });
    window.removeEventListener('pointerdown', onPress, { capture: true });
    offStore();
  };
}

function build(root: HTMLElement, store: GameStore, actions: Actions, launch: LaunchInfo, share: ShareHooks | undefined, host: { map: HTMLElement; mapStatus: HTMLElement } | undefined, later: LaterParts | null): { game: GameScreen; removeKeys: () => void } {
  const part = (make: () => Node | readonly Node[] | null | undefined): Node | readonly Node[] | null | undefined => (later ? later.slot(make) : make());
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
      title = inScope(() => createTitleScreen(store, actions, launch.messages, launch.seed, share, later && !later.done ? later : undefined));
      root.insertBefore(title, game.el);
    }
    return title;
  };
  const game = createGameScreen(store, actions, announce, share, host, later ?? undefined);
  const live = createLiveViews(store, actions);
  // Under the HUD, above the classroom strip.
  game.el.firstElementChild!.after(live.bar);
  // The dialogs and the page-wide pieces, none of which the first frame shows, come after the
  // game screen's panels when built later; in the page, they keep their order.
  root.replaceChildren(...[
    game.el,
    part(() => createPromptDialog(store, actions)), part(() => createHelpDialog(store, actions, share?.help)), part(() => createSettingsDialog(store, actions)),
    part(() => createMenuDialog(store, actions, share)), part(() => createResultDialog(store, actions, share)),
    part(() => createTooltip(store)), part(() => createNotices(store, actions)), part(() => createClassroomViews(store, actions)), ...live.views, announcer, part(() => share?.extras(root)),
  ].flatMap((n) => (n ? (Array.isArray(n) ? n : [n as Node]) : [])));
  const removeKeys = installKeyboard(store, actions);
  // Things to do once every part is in the page (at once when nothing is built later).
  const whenBuilt: Array<() => void> = [];
  const afterBuilt = (fn: () => void) => (later && !later.done ? whenBuilt.push(fn) : fn());
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
    // The title shown when the page opens (from 'loading') is focused after its first frame too.
    const focus = () => (onGame ? game.el.querySelector<HTMLElement>('[data-select^="formation:"]') : title?.querySelector<HTMLElement>('[data-key="continue"], [data-level]'))?.focus({ preventScroll: true });
    const screen = s.ui.screen;
    const focusAfterFrame = () => afterNextFrame(() => {
      const free = !document.activeElement || document.activeElement === document.body;
      if (free && store.getState().ui.screen === screen) focus();
    });
    const opening = last === null || last === 'loading';
    // The game's first formation may be in a part of the screen still to be built.
    if (onGame && (last === null || screen !== last)) afterBuilt(opening ? focusAfterFrame : focus);
    else if (!onGame && last !== null && screen !== last) (opening ? focusAfterFrame : focus)();
    last = s.ui.screen;
    document.title = onGame ? `${lt(s.session!.level).title} · ${t('app.name')}` : t('app.name');
  });
  if (!later) return { game, removeKeys };
  const stopFinishing = finishOnDemand(store, later);
  later.start(() => {
    stopFinishing();
    for (const fn of whenBuilt.splice(0)) fn();
  });
  return { game, removeKeys: () => { stopFinishing(); removeKeys(); } };
}
