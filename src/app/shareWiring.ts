import { isDailyGame, utcDate } from '../share/daily';
import { decodeShareCode, type Shared } from '../share/shareCode';
import { SHARE_TEXT } from '../i18n/catalogs/share';
import { tpl } from '../i18n/template';
import { createRunTracker } from '../speedrun/tracker';
import type { Actions } from '../store/actions';
import type { GameStore } from '../store/gameStore';
import type { SeedMode } from '../session/session';
import { createShareFeature } from '../ui/share/feature';
import { createShareHooks } from '../ui/share';
import { createViewer } from '../ui/share/viewer';
import { SAVE_OWNER_KEY } from '../saves/saveSlots';
import { wireAutosave, type TabWatch } from './autosave';

/**
 * Sharing, replays, speedrun timing and saves in the page: the speedrun tracker (before any view,
 * so a split is timed in the same tick as the order that caused it), the replay viewer, autosave,
 * and the hooks the screens ask for their pieces. The page's clocks are read here and nowhere in
 * the pure modules.
 */
export function wireSharing(store: GameStore, actions: Actions, storage: Storage | null) {
  let dialogOpen = false;
  const holdListeners = new Set<() => void>();
  const tracker = createRunTracker(store, {
    now: () => performance.now(),
    storage,
    today: () => utcDate(Date.now()),
    notify: (kind, text) => actions.notify(kind, text),
    // This feature's own dialogs (share, personal bests) pause the clock like the game's.
    hold: { isHeld: () => dialogOpen, subscribe: (fn) => { holdListeners.add(fn); return () => holdListeners.delete(fn); } },
  });
  const viewer = createViewer(store, actions);
  const feature = createShareFeature({ store, actions, tracker, viewer, storage, clock: () => Date.now(), pageUrl: () => location.href, forgetLink });
  feature.ui.subscribe((s) => {
    if ((s.dialog !== null) === dialogOpen) return;
    dialogOpen = s.dialog !== null;
    holdListeners.forEach((fn) => fn());
  });
  wireAutosave(store, storage, {
    timing: () => tracker.saved(),
    savedAt: () => new Date().toISOString(),
    notify: (kind, text, action) => actions.notify(kind, text, action),
    tabs: watchOtherTabs(),
    keptElsewhere: () => actions.isLive(),
  });
  return { tracker, viewer, feature, hooks: createShareHooks(feature, store, actions) };
}

/** This page's id among the game's tabs, and news of another tab taking the saves (storage events fire only in the other tabs). */
function watchOtherTabs(): TabWatch {
  const id = typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return {
    id,
    onOwnerChange(fn) {
      window.addEventListener('storage', (e) => { if (e.key === SAVE_OWNER_KEY) fn(e.newValue); });
    },
  };
}

/** A game opened by `?level=&seed=`: a daily if it is one, a set seed if the link has one, else random. */
export function launchSeedMode(level: string, seed: string | null): SeedMode {
  if (seed === null) return 'random';
  return isDailyGame(level, seed) ? 'daily' : 'set';
}

/** `?replay=<code>` (a run shared as a link) or `?code=<code>`: what it shares, or why it cannot. */
export function readSharedLaunch(search: string): { shared: Shared | null; errors: string[] } {
  const q = new URLSearchParams(search);
  const replay = q.get('replay');
  const code = q.get('code');
  const text = replay ?? code;
  if (text === null) return { shared: null, errors: [] };
  // URLSearchParams reads "+" as a space; share codes never hold either, but a mangled link may.
  const r = decodeShareCode(text.replace(/ /g, '+'));
  if (r.ok) return { shared: r.shared, errors: [] };
  return { shared: null, errors: [tpl(replay !== null ? SHARE_TEXT.linkReplayBad : SHARE_TEXT.linkCodeBad, { error: r.error })] };
}

/** The address without the game it names (level, seed, code), so a reload does not ask for it again. */
function forgetLink(): void {
  const u = new URL(location.href);
  for (const k of ['level', 'seed', 'code']) u.searchParams.delete(k);
  history.replaceState(history.state, '', u.toString());
}
