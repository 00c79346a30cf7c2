import { GAME_VERSION } from '../engine';
import { SAVE_FORMAT, SAVE_VERSION, type Save, type SaveRun } from '../saves/saveFormat';
import { writeSave, type SaveStorage } from '../saves/saveSlots';
import { SAVE_TEXT } from '../saves/strings';
import { tpl } from '../share/template';
import type { GameStore } from '../store/gameStore';
import type { GameSession } from '../store/session';

export function saveOf(g: GameSession, run: Omit<SaveRun, 'seedMode' | 'branched'>, savedAt: string): Save {
  return {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    gameVersion: GAME_VERSION,
    savedAt,
    level: g.level.id,
    seed: g.seed,
    ...(g.options.pools ? { pools: g.options.pools } : {}),
    days: g.days,
    today: g.orders,
    run: { seedMode: g.run?.seedMode ?? 'set', branched: g.run?.branched ?? false, ...run },
  };
}

/**
 * Autosave: whenever the game in progress changes (an order given or undone, a day ended), it is
 * written to the save slots (saves/saveSlots.ts). Replays being watched are never saved. A storage
 * that refuses (full, disabled) gets one message per game, and the game goes on.
 */
export function wireAutosave(store: GameStore, storage: SaveStorage | null, opts: {
  timing: () => Omit<SaveRun, 'seedMode' | 'branched'>;
  savedAt: () => string;
  notify: (kind: 'info' | 'error', text: string) => void;
}): void {
  let lastDays: unknown = null;
  let lastOrders: unknown = null;
  let warnedGame = -1;
  store.subscribe((s) => {
    const g = s.session;
    if (!g || g.viewOnly) return;
    if (g.days === lastDays && g.orders === lastOrders) return;
    lastDays = g.days;
    lastOrders = g.orders;
    if (!storage) {
      if (warnedGame !== s.gameNo) { warnedGame = s.gameNo; opts.notify('info', SAVE_TEXT.storageOff); }
      return;
    }
    const r = writeSave(storage, saveOf(g, opts.timing(), opts.savedAt()));
    if (!r.ok && warnedGame !== s.gameNo) {
      warnedGame = s.gameNo;
      opts.notify('error', tpl(SAVE_TEXT.writeFailed, { reason: r.reason, day: g.state.day }));
    }
  });
}
