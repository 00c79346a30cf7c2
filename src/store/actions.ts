import { evaluateCommand, isRefusal, MILESTONE_IDS, type Command, type GameOptions, type Refusal } from '../engine';
import type { Classroom } from '../classroom/turns';
import { classroomHolds } from '../classroom/overlay';
import { refusalText } from '../i18n/engineText';
import type { Level } from '../levels/schema';
import { needsAttention } from './fastForward';
import type { GameSignal, GameStore, ListTab, Notice, NoticeAction, PendingOrder, Prompt, Selection, UiState } from './gameStore';
import { REPLAY_TEXT } from '../replay/strings';
import { endSessionDay, issueOrder, startSession, undoOrder, type GameSession, type RunInfo } from './session';
import { writeSettings, type Settings } from './settings';

/**
 * A seat of a live class (src/ui/live) gives its orders and ends its turn through the class
 * server instead of this browser's copy; while one is set, these calls go to it.
 */
export interface OrderGate {
  issue(cmd: Command): Refusal | null;
  endTurn(): void;
}

/**
 * Every change to the store goes through these functions (zustand's "actions as plain module
 * functions"). Rules are never computed here: the engine is asked and its answer stored.
 */
export function createActions(store: GameStore, storage: Pick<Storage, 'setItem'> | null = null) {
  const listeners = new Set<(s: GameSignal) => void>();
  let noticeId = 0;
  let gate: OrderGate | null = null;
  // `modal` is derived here, in one place, from the dialogs that hold the page (help, settings,
  // the menu, the result and a choice list); they pause the real-time clock and the map's keys.
  // The day log and the day's report are not modal.
  // Classroom screens (a handover between teams, a pause, the review...) hold the page as well.
  const withModal = (u: UiState): UiState => ({
    ...u, modal: u.helpOpen || u.settingsOpen || u.menuOpen || u.resultOpen || u.prompt !== null || classroomHolds(store.getState().session, u),
  });
  const ui = (patch: Partial<UiState>) => store.setState((st) => ({ ui: withModal({ ...st.ui, ...patch }) }));
  const emit = (signal: GameSignal) => listeners.forEach((fn) => { try { fn(signal); } catch { /* a listener's bug is not the game's */ } });

  const notify = (kind: Notice['kind'], text: string, action?: NoticeAction) => {
    const n: Notice = { id: ++noticeId, kind, text, ...(action ? { action } : {}) };
    store.setState((st) => ({ ui: { ...st.ui, notices: [...st.ui.notices.slice(-4), n] } }));
    return n.id;
  };

  // A replay being watched takes no orders: it says so instead.
  const watching = (g: GameSession | null) => {
    if (g?.viewOnly) notify('refusal', REPLAY_TEXT.watching);
    return Boolean(g?.viewOnly);
  };

  const endDay = () => {
    const g = store.getState().session;
    if (!g || g.state.status !== 'playing' || watching(g)) return;
    const before = g.state.milestones;
    const next = endSessionDay(g);
    const over = next.state.status !== 'playing';
    store.setState((st) => ({ session: next, ui: withModal({ ...st.ui, pending: null, prompt: null, summaryOpen: true, resultOpen: over }) }));
    emit({ type: 'dayEnded', day: g.state.day, log: next.lastDay });
    MILESTONE_IDS.forEach((id, i) => {
      if (before[i] === 0 && next.state.milestones[i] !== 0) emit({ type: 'milestone', id, day: next.state.milestones[i]! });
    });
    const { status } = next.state;
    if (status !== 'playing') emit({ type: 'gameOver', status, reason: next.state.reason ?? '', day: next.state.day });
  };

  const api = {
    onSignal(fn: (s: GameSignal) => void): () => void {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    setLevels(levels: Level[]) { store.setState({ levels }); },
    showTitle() { ui({ screen: 'title', selection: null, pending: null, prompt: null, menuOpen: false, resultOpen: false, helpOpen: false, settingsOpen: false, logOpen: false }); },
    /** A new game; `run` says how its seed was chosen (speedrun, saves); a classroom game passes its staff pools and teams. */
    newGame(level: Level, seed: string, run?: RunInfo, options: GameOptions = {}, classroom: Classroom | null = null) {
      store.setState((st) => ({
        session: run ? { ...startSession(level, seed, options, classroom), run } : startSession(level, seed, options, classroom),
        gameNo: st.gameNo + 1,
        ui: { ...st.ui, screen: 'game', selection: null, pending: null, prompt: null, summaryOpen: false, menuOpen: false, resultOpen: false, hover: null, notices: [],
          classroom: { ...st.ui.classroom, view: null, note: null, facilitator: null } },
      }));
      ui({});
    },
    /** The same level and seed again, with the same teams in a classroom game. */
    restart() {
      const g = store.getState().session;
      if (!g) return;
      const c = g.classroom;
      api.newGame(g.level, g.seed, undefined, g.options, c ? { ...c, current: -1, done: c.teams.map(() => false), paused: false } : null);
    },
    /** Recompute whether something holds the page (after a change to the classroom's state). */
    refreshModal() { ui({}); },
    /** Open or close a classroom screen, a learning note or the facilitator's panel. */
    classroomUi(patch: Partial<UiState['classroom']>) { ui({ classroom: { ...store.getState().ui.classroom, ...patch } }); },
    /** Put a whole session on screen: a restored save, a replay to watch, a branch from one.
     *  `sameMap` keeps the map (the next day of a replay); otherwise the map starts afresh. */
    openSession(session: GameSession, sameMap = false) {
      store.setState((st) => ({
        session,
        gameNo: sameMap ? st.gameNo : st.gameNo + 1,
        ui: withModal({ ...st.ui, screen: 'game', pending: null, prompt: null, menuOpen: false, resultOpen: false, hover: null,
          ...(sameMap ? {} : { selection: null, summaryOpen: false, notices: [] }) }),
      }));
    },
    /** Back to the game in progress (the title screen's Continue). */
    resume() { if (store.getState().session) ui({ screen: 'game', menuOpen: false }); },
    /** Select on the map or in a list; the sidebar shows the list that holds the selection. */
    select(selection: Selection) {
      const tab: ListTab | undefined = selection?.kind === 'formation' ? 'forces' : selection ? 'places' : undefined;
      ui({ selection, pending: null, prompt: null, ...(tab ? { tab } : {}) });
    },
    setTab(tab: ListTab) { ui({ tab }); },
    /** Ask the map to centre on a node. */
    focusMap(node: string) { ui({ focus: { node, seq: (store.getState().ui.focus?.seq ?? 0) + 1 } }); },
    openPrompt(prompt: Prompt) { ui({ prompt, pending: null }); },
    closePrompt() { ui({ prompt: null }); },
    /** Ask the engine about an order without giving it; store it as pending (with its effect). */
    prepare(cmd: Command): PendingOrder | Refusal {
      const g = store.getState().session;
      if (!g) return { code: 'gameOver', params: {}, text: 'No game is in progress.' };
      if (g.viewOnly) return { code: 'gameOver', params: {}, text: REPLAY_TEXT.watching };
      const a = evaluateCommand(g.state, g.level, cmd);
      if (isRefusal(a)) return a;
      const pending: PendingOrder = { cmd, effect: a.effect, message: a.message, ...(a.detail.arrivalDay ? { arrivalDay: a.detail.arrivalDay } : {}), ...(a.detail.route ? { route: a.detail.route } : {}) };
      ui({ pending, prompt: null });
      return pending;
    },
    cancelPending() { ui({ pending: null }); },
    /** Give an order. Returns the refusal (also shown as a notice) or null when accepted. */
    issue(cmd: Command): Refusal | null {
      const g = store.getState().session;
      if (!g) return null;
      if (gate) return gate.issue(cmd);
      if (watching(g)) return { code: 'gameOver', params: {}, text: REPLAY_TEXT.watching };
      const r = issueOrder(g, cmd);
      if (!r.ok) {
        notify('refusal', refusalText(r.refusal, g.level));
        return r.refusal;
      }
      store.setState((st) => ({ session: r.session, ui: { ...st.ui, pending: null, prompt: null } }));
      return null;
    },
    undo(index?: number) {
      const g = store.getState().session;
      if (!g || g.orders.length === 0 || g.viewOnly || gate) return false;
      store.setState({ session: undoOrder(g, index) });
      return true;
    },
    /** End the day: in a live class, this seat's turn (the server ends the day when every seat has). */
    endDay() { if (gate) gate.endTurn(); else endDay(); },
    /** The day ends in this browser's copy of the game (a live class, once the server has ended it). */
    endDayHere: endDay,
    /** Route orders and the end of the turn through a live class's server, or back here (null). */
    setOrderGate(g: OrderGate | null) { gate = g; },
    isLive() { return gate !== null; },
    /** "Advance to next event": end days until one needs a look (fastForward.ts) or the game ends.
     *  Returns the number of days ended. */
    advance(maxDays = 400): number {
      let days = 0;
      for (;;) {
        const before = store.getState().session;
        if (!before || before.state.status !== 'playing' || days >= maxDays || watching(before) || gate) return days;
        endDay();
        days++;
        const after = store.getState().session!;
        if (after.state.status !== 'playing' || needsAttention(after.lastDay)) return days;
      }
    },
    notify,
    dismiss(id: number) { store.setState((st) => ({ ui: { ...st.ui, notices: st.ui.notices.filter((n) => n.id !== id) } })); },
    toggle(panel: 'logOpen' | 'helpOpen' | 'settingsOpen' | 'menuOpen' | 'summaryOpen' | 'resultOpen', open?: boolean) {
      const st = store.getState().ui;
      ui({ [panel]: open ?? !st[panel] });
    },
    updateSettings(patch: Partial<Settings>) {
      const settings = { ...store.getState().settings, ...patch };
      store.setState({ settings });
      const err = writeSettings(storage, settings);
      if (err) notify('error', err);
    },
  };
  return api;
}

export type Actions = ReturnType<typeof createActions>;
