import { isRefusal, MILESTONE_IDS, needsAttention, type Command, type GameOptions } from '../engine';
import type { Classroom } from '../session/turns';
import { classroomHolds } from './classroomHolds';
import { withNote } from './classroomActions';
import type { Level } from '../levels/schema';
import { levelCardOf, type LevelBrief, type LevelCard } from '../levels/levelCard';
import type {
  GameSignal, GameStore, ListTab, Notice, NoticeAction, NoticeText, OrderRefusal, PendingOrder, Prompt, Selection, StoreRefusal, UiState,
} from './gameStore';
import { askOrder, endSessionDay, issueOrder, startSession, undoOrder, type GameSession, type RunInfo } from '../session/session';
import { writeSettings, type Settings } from './settings';
import { issueOrders } from '../session/bulkOrders';

/**
 * A seat of a live class (src/ui/live) gives its orders and ends its turn through the class
 * server instead of this browser's copy; while one is set, these calls go to it.
 */
export interface OrderGate {
  issue(cmd: Command): OrderRefusal | null;
  endTurn(): void;
}

/**
 * Every change to the store goes through these functions (zustand's "actions as plain module
 * functions"). Rules are never computed here: the engine is asked and its answer stored.
 */
/** Where the game's own levels come from when they are not in the store yet. */
export interface LevelSource {
  load(id: string): Promise<Level>;
  loadAll(): Promise<Level[]>;
  /** the levels' briefs without their files (else loadLevelBriefs loads the levels) */
  briefs?(): Promise<Record<string, LevelBrief>>;
}

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
  // Where levels not yet in the store come from (app/levelRegistry.ts); without one (the tests),
  // the store's levels are all there are.
  let library: LevelSource | null = null;
  let loadingAll: Promise<Level[]> | null = null;
  let loadingBriefs: Promise<void> | null = null;
  const emit = (signal: GameSignal) => listeners.forEach((fn) => { try { fn(signal); } catch { /* a listener's bug is not the game's */ } });

  // Text already worded elsewhere is accepted as plain text; everything the game words itself
  // comes as a catalog key and parameters (NoticeText) and is worded when shown.
  const notify = (kind: Notice['kind'], text: NoticeText | string, action?: { label: NoticeText | string; run: () => void }) => {
    const asText = (x: NoticeText | string): NoticeText => (typeof x === 'string' ? { plain: x } : x);
    const act: NoticeAction | undefined = action ? { label: asText(action.label), run: action.run } : undefined;
    const n: Notice = { id: ++noticeId, kind, text: asText(text), ...(act ? { action: act } : {}) };
    store.setState((st) => ({ ui: { ...st.ui, notices: [...st.ui.notices.slice(-4), n] } }));
    return n.id;
  };

  // A replay being watched takes no orders: it says so instead.
  const WATCHING: StoreRefusal = { code: 'watchingReplay', params: {} };
  const NO_GAME: StoreRefusal = { code: 'noGame', params: {} };
  const watching = (g: GameSession | null) => {
    if (g?.viewOnly) notify('refusal', { refusal: WATCHING, level: g.level });
    return Boolean(g?.viewOnly);
  };

  const endDay = () => {
    const g = store.getState().session;
    if (!g || g.state.status !== 'playing' || watching(g)) return;
    const before = g.state.milestones;
    const next = endSessionDay(g);
    const over = next.state.status !== 'playing';
    // A refusal spoke of the day that ended ("2 days to go"): it would be stale tomorrow.
    store.setState((st) => ({ session: next, ui: withModal({ ...st.ui, pending: null, prompt: null, summaryOpen: true, resultOpen: over, notices: st.ui.notices.filter((n) => n.kind !== 'refusal') }) }));
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
    setLevels(levels: Level[]) { store.setState({ levels, levelCards: levels.map(levelCardOf) }); },
    /** The title's cards before the levels themselves are loaded, and where to load them from. */
    offerLevels(cards: LevelCard[], source: LevelSource) {
      library = source;
      store.setState({ levelCards: cards });
    },
    /**
     * Every card's brief (the title's second screen): one download of the briefs alone, once; a
     * failed one may be tried again, and the cards simply stay without their words meanwhile.
     */
    loadLevelBriefs(): Promise<void> {
      if (store.getState().levelCards.every((c) => c.brief)) return Promise.resolve();
      const from = library?.briefs;
      if (!from) return api.loadLevels().then(() => undefined);
      loadingBriefs ??= from.call(library).then((briefs) => {
        store.setState((st) => ({ levelCards: st.levelCards.map((c) => (c.brief || !Object.hasOwn(briefs, c.id) ? c : { ...c, brief: briefs[c.id] })) }));
      }).finally(() => { loadingBriefs = null; });
      return loadingBriefs;
    },
    /** Whether every level is in the store (else a view that needs them calls loadLevels first). */
    levelsLoaded(): boolean { return store.getState().levels.length > 0 || library === null; },
    /** One level: from the store when it is there, else its file is downloaded. */
    loadLevel(id: string): Promise<Level> {
      const have = store.getState().levels.find((l) => l.id === id);
      if (have) return Promise.resolve(have);
      return library ? library.load(id) : Promise.reject(new Error(`no level "${id}"`));
    },
    /** Every level, into the store (once; a failed download may be tried again). */
    loadLevels(): Promise<Level[]> {
      if (api.levelsLoaded()) return Promise.resolve(store.getState().levels);
      loadingAll ??= library!.loadAll().then((levels) => { api.setLevels(levels); return levels; }).finally(() => { loadingAll = null; });
      return loadingAll;
    },
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
    /** Keep a classroom's turn state (computed by session/turns.ts in classroomActions.ts); whether
     *  the page is held (a handover, a pause) follows it. */
    setClassroom(c: Classroom) {
      store.setState((st) => (st.session ? { session: { ...st.session, classroom: c } } : {}));
      ui({});
    },
    /** A facilitator's note for the debrief (plain text, trimmed); false when there is nothing to keep. */
    addNote(text: string): boolean {
      const g = store.getState().session;
      const next = g ? withNote(g, text) : null;
      if (!next) return false;
      store.setState({ session: next });
      return true;
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
    /** Swap the session in place, the page left as it is: the pan benchmark's staged state. */
    stageSession(session: GameSession) { store.setState({ session }); },
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
    /** The map has centred on the node ui.focus asked for: clear the request, unless a newer one came. */
    focusServed(seq: number) {
      store.setState((st) => (st.ui.focus?.seq === seq ? { ui: { ...st.ui, focus: null } } : {}));
    },
    /** What the pointer is over on the map (the map's to write), for the DOM tooltip. */
    hover(hover: UiState['hover']) { store.setState((st) => ({ ui: { ...st.ui, hover } })); },
    /** A unit picked up from the forces list (null: put down); the map takes the drop. */
    carry(carrying: string | null) { store.setState((st) => ({ ui: { ...st.ui, carrying } })); },
    openPrompt(prompt: Prompt) { ui({ prompt, pending: null }); },
    closePrompt() { ui({ prompt: null }); },
    /** Ask about an order without giving it (the session: whose order it is, then the rules); store it
     *  as pending. Every way of preparing an order (panel, map, keys) comes here. */
    prepare(cmd: Command): PendingOrder | OrderRefusal {
      const g = store.getState().session;
      if (!g) return NO_GAME;
      if (g.viewOnly) return WATCHING;
      const a = askOrder(g, cmd);
      if (isRefusal(a)) return a;
      const pending: PendingOrder = { cmd, message: a.message, ...(a.detail.arrivalDay ? { arrivalDay: a.detail.arrivalDay } : {}), ...(a.detail.route ? { route: a.detail.route } : {}) };
      ui({ pending, prompt: null });
      return pending;
    },
    cancelPending() { ui({ pending: null }); },
    /** Give an order as the team at the screen (the session checks it is theirs, then the rules).
     *  Returns the refusal (also shown as a notice) or null when accepted. */
    issue(cmd: Command): OrderRefusal | null {
      const g = store.getState().session;
      if (!g) return null;
      if (gate) return gate.issue(cmd);
      if (watching(g)) return WATCHING;
      const r = issueOrder(g, cmd);
      if (!r.ok) {
        notify('refusal', { refusal: r.refusal, level: g.level });
        return r.refusal;
      }
      store.setState((st) => ({ session: r.session, ui: { ...st.ui, pending: null, prompt: null } }));
      return null;
    },
    /** A bulk order: ordinary orders given one after another (session/bulkOrders.ts), each refused
     *  one kept with its reason while the rest still go. Says what was given and what was not. */
    issueMany(cmds: readonly Command[]): { given: number; refused: Array<{ cmd: Command; refusal: OrderRefusal }> } {
      const g = store.getState().session;
      if (!g) return { given: 0, refused: [] };
      let given = 0;
      let refused: Array<{ cmd: Command; refusal: OrderRefusal }> = [];
      if (gate) {
        for (const cmd of cmds) {
          const r = gate.issue(cmd);
          if (r) refused.push({ cmd, refusal: r });
          else given++;
        }
      } else if (watching(g)) {
        return { given: 0, refused: cmds.map((cmd) => ({ cmd, refusal: WATCHING })) };
      } else {
        const r = issueOrders(g, cmds);
        given = r.given.length;
        refused = r.refused;
        if (given > 0) store.setState((st) => ({ session: r.session, ui: { ...st.ui, pending: null, prompt: null } }));
      }
      if (cmds.length === 0) notify('info', { ui: 'bulk.nothing' });
      if (given > 0) notify('success', { ui: 'bulk.given', params: { n: given } });
      if (refused.length > 0) notify('refusal', { ui: 'bulk.refused', params: { n: refused.length, reasons: { refusal: refused[0]!.refusal, level: g.level } } });
      return { given, refused };
    },
    /** Take back one of today's orders (the session decides whether the team at the screen may);
     *  false when nothing was taken back. */
    undo(index?: number) {
      const g = store.getState().session;
      if (!g || g.orders.length === 0 || g.viewOnly || gate) return false;
      const next = undoOrder(g, index);
      if (next === g) return false;
      store.setState({ session: next });
      return true;
    },
    /** End the day: in a live class, this seat's turn (the server ends the day when every seat has). */
    endDay() { if (gate) gate.endTurn(); else endDay(); },
    /** The day ends in this browser's copy of the game (a live class, once the server has ended it). */
    endDayHere: endDay,
    /** Route orders and the end of the turn through a live class's server, or back here (null). */
    setOrderGate(g: OrderGate | null) { gate = g; },
    isLive() { return gate !== null; },
    /** "Advance to next event": end days until one needs a look (the engine's needsAttention, engine/select/quietDays.ts: the coach counts the same days) or the game ends.
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
      if (err) notify('error', { ui: 'settings.saveFailed', params: { error: err } });
    },
  };
  return api;
}

export type Actions = ReturnType<typeof createActions>;
