import { createSoundPlayer } from '../audio/sound';
import { GAME_VERSION } from '../engine';
import { createActions } from '../store/actions';
import { createGameStore } from '../store/gameStore';
import { DEFAULT_SETTINGS, readSettings } from '../store/settings';
import { mountUi } from '../ui/mountUi';
import { applyDisplaySettings } from './displaySettings';
import { createGuarantorHandle, installGuarantorHandle } from './guarantorHandle';
import { readLaunch } from './launchParams';
import { builtInLevels } from './levelRegistry';
import { hostMap } from './mapHost';
import { randomSeed } from './seed';
import { wireSound } from './soundWiring';
import { launchSeedMode, readSharedLaunch, wireSharing } from './shareWiring';

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

  const { levels, errors } = builtInLevels();
  actions.setLevels(levels);
  const launch = readLaunch(location.search, levels);

  // Sharing, replays, speedrun timing and saves (src/ui/share): wired before the interface, so
  // the speedrun timer sees each change of the store before any view draws it.
  const share = wireSharing(store, actions, store0);
  const shared = readSharedLaunch(location.search);

  const game = mountUi(root, store, actions, { messages: [...errors, ...launch.errors, ...shared.errors], seed: launch.level ? null : launch.seed }, share.hooks);
  hostMap(store, actions, game.map, game.mapStatus, launch.renderer);
  wireSound(store, actions, createSoundPlayer(import.meta.env.BASE_URL, store.getState().settings));
  installGuarantorHandle(window, createGuarantorHandle(GAME_VERSION, store, actions, share.tracker));

  if (launch.level) actions.newGame(launch.level, launch.seed ?? randomSeed(), { seedMode: launchSeedMode(launch.level.id, launch.seed) });
  else actions.showTitle();
  if (!launch.level && shared.shared) share.feature.openShared(shared.shared, 'code');
  performance.mark('guarantor:interactive');
}
