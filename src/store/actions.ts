import { evaluateCommand, isRefusal, MILESTONE_IDS, type Command, type Refusal } from '../engine';
import type { Level } from '../levels/schema';
import type { GameSignal, GameStore, Notice, PendingOrder, Selection, UiState } from './gameStore';
import { endSessionDay, issueOrder, startSession, undoOrder } from './session';
import { writeSettings, type Settings } from './settings';

/**
 * Every change to the store goes through these functions (zustand's "actions as plain module
 * functions"). Rules are never computed here: the engine is asked and its answer stored.
 */
export function createActions(store: GameStore, storage: Pick<Storage, 'setItem'> | null = null) {
  const listeners = new Set<(s: GameSignal) => void>();
  let noticeId = 0;
  const ui = (patch: Partial<UiState>) => store.setState((st) => ({ ui: { ...st.ui, ...patch } }));
  const emit = (signal: GameSignal) => listeners.forEach((fn) => { try { fn(signal); } catch { /* a listener's bug is not the game's */ } });

  const notify = (kind: Notice['kind'], text: string) => {
    const n: Notice = { id: ++noticeId, kind, text };
    store.setState((st) => ({ ui: { ...st.ui, notices: [...st.ui.notices.slice(-4), n] } }));
    return n.id;
  };

  return {
    onSignal(fn: (s: GameSignal) => void): () => void {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    setLevels(levels: Level[]) { store.setState({ levels }); },
    showTitle() { ui({ screen: 'title', selection: null, pending: null }); },
    newGame(level: Level, seed: string) {
      store.setState((st) => ({ session: startSession(level, seed), ui: { ...st.ui, screen: 'game', selection: null, pending: null, notices: [] } }));
    },
    select(selection: Selection) { ui({ selection, pending: null }); },
    /** Ask the engine about an order without giving it; store it as pending (with its effect). */
    prepare(cmd: Command): PendingOrder | Refusal {
      const g = store.getState().session;
      if (!g) return { code: 'gameOver', params: {}, text: 'No game is in progress.' };
      const a = evaluateCommand(g.state, g.level, cmd);
      if (isRefusal(a)) return a;
      const pending: PendingOrder = { cmd, effect: a.effect, ...(a.detail.arrivalDay ? { arrivalDay: a.detail.arrivalDay } : {}), ...(a.detail.route ? { route: a.detail.route } : {}) };
      ui({ pending });
      return pending;
    },
    cancelPending() { ui({ pending: null }); },
    /** Give an order. Returns the refusal (also shown as a notice) or null when accepted. */
    issue(cmd: Command): Refusal | null {
      const g = store.getState().session;
      if (!g) return null;
      const r = issueOrder(g, cmd);
      if (!r.ok) {
        notify('refusal', r.refusal.text);
        return r.refusal;
      }
      store.setState((st) => ({ session: r.session, ui: { ...st.ui, pending: null } }));
      return null;
    },
    undo(index?: number) {
      const g = store.getState().session;
      if (!g || g.orders.length === 0) return false;
      store.setState({ session: undoOrder(g, index) });
      return true;
    },
    endDay() {
      const g = store.getState().session;
      if (!g || g.state.status !== 'playing') return;
      const before = g.state.milestones;
      const next = endSessionDay(g);
      store.setState((st) => ({ session: next, ui: { ...st.ui, pending: null } }));
      emit({ type: 'dayEnded', day: g.state.day, log: next.lastDay });
      MILESTONE_IDS.forEach((id, i) => {
        if (before[i] === 0 && next.state.milestones[i] !== 0) emit({ type: 'milestone', id, day: next.state.milestones[i]! });
      });
      if (next.state.status !== 'playing') {
        emit({ type: 'gameOver', status: next.state.status, reason: next.state.reason ?? '', day: next.state.day });
      }
    },
    notify,
    dismiss(id: number) { store.setState((st) => ({ ui: { ...st.ui, notices: st.ui.notices.filter((n) => n.id !== id) } })); },
    toggle(panel: 'logOpen' | 'helpOpen' | 'settingsOpen', open?: boolean) {
      const st = store.getState().ui;
      const next = { ...st, [panel]: open ?? !st[panel] };
      // Help and settings are modal (they pause the real-time clock); the day log is not.
      ui({ [panel]: next[panel], modal: next.helpOpen || next.settingsOpen } as Partial<UiState>);
    },
    updateSettings(patch: Partial<Settings>) {
      const settings = { ...store.getState().settings, ...patch };
      store.setState({ settings });
      const err = writeSettings(storage, settings);
      if (err) notify('error', err);
    },
  };
}

export type Actions = ReturnType<typeof createActions>;
