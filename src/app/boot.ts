import { createSoundPlayer } from '../audio/sound';
import { GAME_VERSION } from '../engine';
import { createActions } from '../store/actions';
import { createGameStore } from '../store/gameStore';
import { DEFAULT_SETTINGS, readSettings } from '../store/settings';
import { mountUi } from '../ui/mountUi';
import { h } from '../ui/dom';
import { switchToWebFonts, useWebFontsIfLoaded } from '../ui/webFonts';
import { fetchWebFonts } from '../assets/webFontFaces';
import { english, isLanguageCode, language, loadLanguage, setLanguage } from '../i18n';
import type { Actions } from '../store/actions';
import type { GameStore } from '../store/gameStore';
import { applyDisplaySettings } from './displaySettings';
import { createGuarantorHandle, installGuarantorHandle } from './guarantorHandle';
import { readLaunch } from './launchParams';
import { builtInLevelLibrary } from './levelRegistry';
import { SAVE_KEYS } from '../saves/saveSlots';
import type { Level } from '../levels/schema';
import { t } from '../i18n';
import { hostMap } from './mapHost';
import { firstMapReady } from './mapReady';
import { preloadMapNow, prefetchWhenIdle } from './idlePrefetch';
import { warmUpCanvases } from './canvasWarmUp';
import { wireSound } from './soundWiring';
import { launchSeedMode, readSharedLaunch, wireSharing } from './shareWiring';

/**
 * How long a link's game waits for the typefaces before its interface is built anyway (in the
 * system's faces, switched when they come). They are preloaded, so on a slow phone they are
 * usually in before the code that would wait.
 */
const FONT_WAIT_MS = 400;

/** If the map never shows (it failed; the lists play on), sound loads this long after the game opens. */
const SOUND_FALLBACK_MS = 10_000;

/** localStorage, or null where the browser refuses it (private modes, sandboxed frames). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Start the game in the page: settings, store, levels, the DOM interface, sound, the
 * window.guarantor handle; then the title screen, or the game the link asks for.
 */
export function boot(root: HTMLElement): void {
  const store0 = storage();
  const systemDefaults = { ...DEFAULT_SETTINGS, reducedMotion: window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false };
  const store = createGameStore(readSettings(store0, systemDefaults));
  const actions = createActions(store, store0);
  applyDisplaySettings(store);

  // `?lang=uk` in a link switches the interface (and remembers it, like the settings do).
  const linkLang = new URLSearchParams(location.search).get('lang');
  if (linkLang && isLanguageCode(linkLang) && linkLang !== store.getState().settings.lang) actions.updateSettings({ lang: linkLang });
  // The typefaces' files, asked for now (the Latin ones are preloaded by the page): an interface
  // built once they are in lays its text out once (src/ui/webFonts.ts).
  const fontsIn = fetchWebFonts(document, store.getState().settings.lang);
  // The title shows every level's card; a level's file downloads when it is chosen. A link to
  // one shipped level loads that level alone; a page that opens on anything else (a share code
  // or replay, a generated level, a saved game) gets them all before it starts, as it needs one
  // of them at once and does not yet know which. The map's code downloads beside them.
  const library = builtInLevelLibrary();
  const cards = library.cards();
  actions.offerLevels(cards, library);
  const needs = levelsNeeded(location.search, store0, cards.map((c) => c.id));
  if (needs !== 'none') {
    // In a task of its own: on a slow phone, starting the fetches takes as long as the rest of
    // this task (each preload link's request is set up as it is added).
    setTimeout(() => preloadMapNow(), 0);
    // The map's renderer as hostMap will choose it: the link's, else the settings'.
    const linked = new URLSearchParams(location.search).get('renderer');
    const renderer = linked === 'webgl' || linked === 'canvas' || linked === 'auto' ? linked : store.getState().settings.renderer;
    warmUpCanvases(renderer !== 'canvas');
  }
  const levelsReady: () => Promise<{ levels: Level[]; problems: string[] }> = () => {
    if (needs === 'none') return Promise.resolve({ levels: [], problems: [] });
    if (needs === 'all') return actions.loadLevels().then((levels) => ({ levels, problems: [] }), () => ({ levels: [], problems: [t('levels.loadAllFailed')] }));
    return actions.loadLevel(needs.one).then((level) => ({ levels: [level], problems: [] }), () => ({ levels: [], problems: [t('levels.loadAllFailed')] }));
  };
  void useLanguage(store.getState().settings.lang)
    .then(levelsReady)
    // A task of its own: on a slow phone, evaluating the code and building the interface in one
    // task would hold the main thread (and any tap) for twice as long.
    .then((ready) => new Promise<typeof ready>((resolve) => setTimeout(() => resolve(ready), 0)))
    .then(({ levels, problems }) => start(root, store, actions, store0, levels, problems, fontsIn));
}

/** Link parameters that only choose how the page looks; any other one opens something that needs a level. */
const LOOKS_ONLY = new Set(['lang', 'renderer', 'seed']);

/** Which levels the page needs before it starts: none (the title), the one a link names, or all. */
function levelsNeeded(search: string, storage: Storage | null, shipped: readonly string[]): 'none' | 'all' | { one: string } {
  let saved = false;
  try {
    saved = storage !== null && (storage.getItem(SAVE_KEYS.a) !== null || storage.getItem(SAVE_KEYS.b) !== null);
  } catch {
    // storage refused: nothing saved either
  }
  const q = new URLSearchParams(search);
  const asks = [...q.keys()].filter((k) => !LOOKS_ONLY.has(k));
  if (asks.length === 0 && !saved) return 'none';
  const level = q.get('level');
  if (!saved && asks.length === 1 && level !== null && shipped.includes(level)) return { one: level };
  return 'all';
}

/** Load a language (English is built in) and make it current; fall back to English if it fails. */
async function useLanguage(code: string): Promise<void> {
  try {
    setLanguage(await loadLanguage(code));
  } catch (e) {
    console.warn(`The language "${code}" could not be loaded:`, e);
    setLanguage(english());
  }
  document.documentElement.lang = language().code;
}

/** `levels`: those loaded for the link (all of them, its one, or none for the title). */
function start(root: HTMLElement, store: GameStore, actions: Actions, store0: Storage | null, levels: Level[], levelProblems: string[], fontsIn: Promise<boolean>): void {
  const launch = readLaunch(location.search, levels);
  // Sharing, replays, speedrun timing and saves (src/ui/share): wired before the interface, so
  // the speedrun timer sees each change of the store before any view draws it.
  const share = wireSharing(store, actions, store0);
  const shared = readSharedLaunch(location.search);
  // Messages are worded again whenever the interface is rebuilt in another language.
  const messages = () => [...levelProblems, ...readLaunch(location.search, levels).errors, ...readSharedLaunch(location.search).errors];

  // The map's elements outlive rebuilds of the interface; the map itself restarts in the new language.
  const host = { map: h('div', { class: 'map', attrs: { id: 'map', 'data-map': '' } }), mapStatus: h('div', { class: 'map-status', attrs: { role: 'status' } }) };
  const mapHost = hostMap(store, actions, host.map, host.mapStatus, launch.renderer);
  // Sound (Howler, the cues, the ambient bed) loads once the first map is up, never in its way.
  const loadAfter = firstMapReady(host.map, store, SOUND_FALLBACK_MS);
  wireSound(store, actions, createSoundPlayer(import.meta.env.BASE_URL, store.getState().settings, { loadAfter }));
  installGuarantorHandle(window, createGuarantorHandle(GAME_VERSION, store, actions, share.tracker));

  // A link's game starts before the interface is built, so the interface is built once, on the
  // game, and the title only if it is shown: a phone gets to the map in fewer, shorter tasks.
  // A link's game never silently replaces a saved game in progress (the share feature asks).
  share.feature.refreshContinuation();
  if (!launch.level) return mountAndShow(root, store, actions, launch, shared, share, host, mapHost, messages);
  share.feature.openLinked({ level: launch.level, seed: launch.seed, seedMode: launchSeedMode(launch.level.id, launch.seed) });
  // The game's first day is worked out in this task, its interface in a later one: on a slow
  // phone the two together are a long task. The interface waits (briefly) for the typefaces, so
  // that its first layout is in them and no switch lays it all out again.
  void Promise.race([fontsIn, new Promise((ok) => setTimeout(ok, FONT_WAIT_MS))])
    .then(() => setTimeout(() => mountAndShow(root, store, actions, launch, shared, share, host, mapHost, messages), 0));
}

/** Build the interface, follow the language, and show the title (or the game a link started). */
function mountAndShow(root: HTMLElement, store: GameStore, actions: Actions, launch: ReturnType<typeof readLaunch>, shared: ReturnType<typeof readSharedLaunch>,
  share: ReturnType<typeof wireSharing>, host: { map: HTMLElement; mapStatus: HTMLElement }, mapHost: ReturnType<typeof hostMap>, messages: () => string[]): void {
  // The typefaces, if they are in, from the interface's first layout (else switched when they are).
  const fontsFirst = useWebFontsIfLoaded(document, store.getState().settings.lang);
  performance.mark(fontsFirst ? 'guarantor:fonts-first' : 'guarantor:fonts-later');
  let ui = mountUi(root, store, actions, { messages: messages(), seed: launch.level ? null : launch.seed }, share.hooks, host, { inSteps: true });

  let building = store.getState().settings.lang;
  store.subscribe((s) => {
    const code = s.settings.lang;
    if (code === building) return;
    building = code;
    void useLanguage(code).then(() => {
      if (building !== code) return; // changed again meanwhile
      const seed = document.querySelector<HTMLInputElement>('#seed')?.value ?? null;
      const focusKey = (document.activeElement as HTMLElement | null)?.id ?? null;
      ui.dispose();
      // Notices and a prepared order stay: the store keeps them as data, so the rebuilt
      // interface words them again in the new language.
      ui = mountUi(root, store, actions, { messages: messages(), seed }, share.hooks, host);
      mapHost.reword();
      if (focusKey) document.getElementById(focusKey)?.focus();
    });
  });

  if (!launch.level) {
    actions.showTitle();
    // While the player reads the title, the first map's code and data come in the background.
    prefetchWhenIdle();
  }
  if (!launch.level && shared.shared) share.feature.openShared(shared.shared, 'code');
  performance.mark('guarantor:interactive');
  // The typefaces are not needed to play: ask for them once the page answers (see base.css).
  requestAnimationFrame(() => switchToWebFonts(document));
}
