import type { SaveRun } from '../saves/saveFormat';
import { saveOf } from '../saves/saveOf';
import { SAVE_OWNER_KEY, writeSave, type SaveStorage } from '../saves/saveSlots';
import type { Catalogs } from '../i18n/catalogs';
import type { GameStore, NoticeText } from '../store/gameStore';
import type { GameSession } from '../session/session';

/** A sentence of the saves catalog, as data (worded when the notice is shown). */
const saves = (key: keyof Catalogs['saves'], params: Record<string, string | number> = {}): NoticeText => ({ catalog: 'saves', key, params });

/** What autosave needs to know about other tabs of the game in the same browser. */
export interface TabWatch {
  /** this tab's own id (random per page load) */
  id: string;
  /** calls back with the new owner's id whenever another tab changes SAVE_OWNER_KEY */
  onOwnerChange(fn: (owner: string | null) => void): void;
}

/**
 * Autosave: whenever the game in progress changes (an order given or undone, a day ended), it is
 * written to the save slots (saves/saveSlots.ts). Replays being watched are never saved. A storage
 * that refuses (full, disabled) gets one message per game, and the game goes on.
 *
 * Two tabs share one pair of slots. Each write also records which tab made it; when another tab
 * saves, this tab stops saving (its next write would silently replace the other tab's game) and
 * says so, with a button to take the saves back. Starting or continuing a game here takes them
 * back too: that is the player choosing this tab's game.
 */
export function wireAutosave(store: GameStore, storage: SaveStorage | null, opts: {
  timing: () => Omit<SaveRun, 'seedMode' | 'branched'>;
  savedAt: () => string;
  notify: (kind: 'info' | 'error', text: NoticeText, action?: { label: NoticeText; run: () => void }) => void;
  tabs?: TabWatch;
  /** while true, the game is kept elsewhere (a seat of a live class: the class server keeps it) */
  keptElsewhere?: () => boolean;
}): void {
  let lastDays: unknown = null;
  let lastOrders: unknown = null;
  let lastClassroom: unknown = null;
  let lastNotes: unknown = null;
  let warnedGame = -1;
  /** the game number this tab stopped saving at, or -1 while it saves */
  let yieldedAt = -1;

  const save = (): void => {
    const s = store.getState();
    const g = s.session;
    if (!g || g.viewOnly || !storage) return;
    const r = writeSave(storage, saveOf(g, opts.timing(), opts.savedAt()));
    if (r.ok && opts.tabs) {
      try { storage.setItem(SAVE_OWNER_KEY, opts.tabs.id); } catch { /* the save itself is written */ }
    }
    if (!r.ok && warnedGame !== s.gameNo) {
      warnedGame = s.gameNo;
      opts.notify('error', saves('writeFailed', { reason: r.reason, day: g.state.day }));
    }
  };

  store.subscribe((s) => {
    const g = s.session;
    if (!g || g.viewOnly || opts.keptElsewhere?.()) return;
    // A classroom's turns, pause and PIN lockout and the facilitator's notes are saved too.
    if (g.days === lastDays && g.orders === lastOrders && g.classroom === lastClassroom && g.notes === lastNotes) return;
    lastDays = g.days;
    lastOrders = g.orders;
    lastClassroom = g.classroom;
    lastNotes = g.notes;
    if (!storage) {
      if (warnedGame !== s.gameNo) { warnedGame = s.gameNo; opts.notify('info', saves('storageOff')); }
      return;
    }
    if (yieldedAt !== -1) {
      if (s.gameNo === yieldedAt) return;
      yieldedAt = -1;
    }
    save();
  });

  opts.tabs?.onOwnerChange((owner) => {
    const s = store.getState();
    if (owner === null || owner === opts.tabs!.id || yieldedAt !== -1) return;
    // With no game of its own in progress this tab has nothing to protect.
    if (!s.session || s.session.viewOnly || s.session.state.status !== 'playing' || opts.keptElsewhere?.()) return;
    yieldedAt = s.gameNo;
    opts.notify('error', saves('otherTab'), {
      label: saves('keepThisTab'),
      run: () => {
        yieldedAt = -1;
        save();
        opts.notify('info', saves('keptThisTab'));
      },
    });
  });
}
