import { createStore } from 'zustand/vanilla';
import { MILESTONE_IDS } from '../engine/ids';
import { isDailyGame } from '../share/daily';
import type { GameSession, SeedMode } from '../session/session';
import { categoriesOf, type CategoryId } from './categories';
import { clockAt, elapsed, IDLE_CLOCK, pauseClock, resumeClock, startClock, stopClock, type Clock } from './clock';
import { SPEEDRUN_TEXT } from '../i18n/catalogs/speedrun';
import { findRecord, mergeBooks, parsePbBook, readPbs, recordRun, writePbs, type PbBook } from './pbs';
import { noSplits, splitRows, sumOfBest, type Comparison, type SplitTimes } from './splits';

export type ComparisonKind = Comparison['kind'];

/** What the speedrun panel shows; a store of its own, next to the game's. */
export interface RunView {
  gameNo: number;
  /** a game being played (not a replay being watched, not the title with nothing behind it) */
  playable: boolean;
  level: string | null;
  seed: string;
  seedMode: SeedMode;
  clock: Clock;
  splits: SplitTimes;
  /** real time counts for personal bests (not after a reload, not a branch from a replay) */
  timed: boolean;
  untimedWhy: 'restored' | 'branched' | null;
  comparison: ComparisonKind;
  category: CategoryId;
  /** an imported replay to race: its level, seed and the day of each milestone */
  replayCmp: { level: string; seed: string; label: string; days: number[] } | null;
  book: PbBook;
  /** the book as it was when this run began: what the run races (its own result must not be) */
  cmpBook: PbBook;
  finished: { newBest: CategoryId[]; recorded: boolean; day: number; ms: number } | null;
}

/** Signals for tools outside the game (window.guarantor): split and timer events. */
export type RunSignal =
  | { type: 'split'; id: string; index: number; day: number; realMs: number; deltaDays: number | null; deltaMs: number | null; gold: boolean; comparison: ComparisonKind }
  | { type: 'timer'; state: 'started' | 'paused' | 'resumed' | 'stopped' | 'reset'; realMs: number; day: number };

export interface TimerSnapshot {
  status: Clock['status'];
  realMs: number;
  day: number | null;
  level: string | null;
  seed: string | null;
  timed: boolean;
  splits: Array<{ id: string; day: number | null; realMs: number | null }>;
}

export interface TrackerOptions {
  /** a monotonic clock in milliseconds (performance.now in the page) */
  now: () => number;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** today's date as YYYY-MM-DD, for the date of a personal best */
  today?: () => string;
  /** a message for the player (a new personal best, storage trouble) */
  notify?: (kind: 'info' | 'success' | 'error', text: string) => void;
  /** more modal dialogs than the store's ui.modal knows of (this feature's own): they pause the clock too */
  hold?: { isHeld(): boolean; subscribe(fn: () => void): () => void };
}

export function seedModeOf(g: GameSession): SeedMode {
  return g.run?.seedMode ?? (isDailyGame(g.level.id, g.seed) ? 'daily' : 'set');
}

/** The comparison the panel and the split events use, from the book or the imported replay. */
export function comparisonOf(v: RunView): { cmp: Comparison; best: { days: Array<number | null>; ms: Array<number | null> } | null } {
  const none: Comparison = { kind: 'none', days: MILESTONE_IDS.map(() => null), ms: MILESTONE_IDS.map(() => null) };
  const rec = v.level ? findRecord(v.cmpBook, v.level, v.seedMode, v.category) : undefined;
  const best = rec ? { days: rec.bestSegDays, ms: rec.bestSegMs } : null;
  switch (v.comparison) {
    case 'pb':
      return { cmp: rec ? { kind: 'pb', days: rec.splitDays.map((d) => (d > 0 ? d : null)), ms: rec.splitMs } : { ...none, kind: 'pb' }, best };
    case 'sob':
      return { cmp: rec ? { kind: 'sob', days: sumOfBest(rec.bestSegDays), ms: sumOfBest(rec.bestSegMs) } : { ...none, kind: 'sob' }, best };
    case 'replay':
      return { cmp: v.replayCmp ? { kind: 'replay', days: v.replayCmp.days.map((d) => (d > 0 ? d : null)), ms: MILESTONE_IDS.map(() => null) } : { ...none, kind: 'replay' }, best };
    case 'none':
      return { cmp: none, best };
  }
}

/**
 * The speedrun timer: follows the game's store and keeps the run's real-time clock and splits.
 * It reacts to store changes synchronously, in the same tick as the order or the end of the day
 * that caused them, so no animation can delay a split or the final time.
 */
/** What the tracker reads of the game's store: the game, which game it is, and whether the page is
 *  held (a dialog, another screen). Structural, so speedrun does not depend on the store's module. */
export interface WatchedGame {
  session: GameSession | null;
  gameNo: number;
  ui: { modal: boolean; screen: string };
}
export interface WatchedStore {
  getState(): WatchedGame;
  subscribe(fn: (s: WatchedGame) => void): unknown;
}

export function createRunTracker(store: WatchedStore, opts: TrackerOptions) {
  const { now } = opts;
  const loaded = readPbs(opts.storage);
  if (loaded.error) opts.notify?.('error', loaded.error);
  const view = createStore<RunView>()(() => ({
    gameNo: -1, playable: false, level: null, seed: '', seedMode: 'set', clock: IDLE_CLOCK, splits: noSplits(), timed: true, untimedWhy: null,
    comparison: 'pb', category: 'any', replayCmp: null, book: loaded.book, cmpBook: loaded.book, finished: null,
  }));
  const listeners = new Set<(s: RunSignal) => void>();
  const emit = (sig: RunSignal) => listeners.forEach((fn) => { try { fn(sig); } catch { /* a listener's bug is not the game's */ } });
  const day = () => store.getState().session?.state.day ?? 0;
  const timer = (state: Extract<RunSignal, { type: 'timer' }>['state'], clock: Clock) => emit({ type: 'timer', state, realMs: elapsed(clock, now()), day: day() });

  const reset = (gameNo: number, g: GameSession | null) => {
    const v = view.getState();
    if (v.clock.status !== 'idle') timer('reset', v.clock);
    const playable = Boolean(g && !g.viewOnly);
    const untimedWhy = g?.run?.branched ? 'branched' : g?.run?.restored ? 'restored' : null;
    const keepReplay = v.replayCmp && g && v.replayCmp.level === g.level.id && v.replayCmp.seed === g.seed ? v.replayCmp : null;
    view.setState({
      gameNo, playable, level: g?.level.id ?? null, seed: g?.seed ?? '', seedMode: g ? seedModeOf(g) : 'set',
      clock: IDLE_CLOCK, splits: { days: g ? [...g.state.milestones] : noSplits().days, ms: noSplits().ms },
      timed: untimedWhy === null, untimedWhy, replayCmp: keepReplay,
      comparison: v.comparison === 'replay' && !keepReplay ? 'pb' : v.comparison, finished: null, cmpBook: v.book,
    });
  };

  /** Stop the clock at `t` (the readiness day, or the end of a game lost before it). */
  const stop = (t: number) => {
    const v = view.getState();
    if (v.clock.status !== 'running' && v.clock.status !== 'paused') return;
    const stopped = stopClock(v.clock, t);
    const clock = stopped.status === 'stopped' ? { ...stopped, base: Math.floor(stopped.base) } : stopped;
    view.setState({ clock });
    timer('stopped', clock);
  };

  /**
   * The game ended: a run is timed to its readiness day (the clock stopped then, the same instant
   * as the force-stood-up split), but recorded only once the guarantee test has held.
   */
  const finish = (g: GameSession, t: number) => {
    stop(t);
    const v = view.getState();
    const clock = v.clock;
    if (g.state.status !== 'won') return;
    const ms = elapsed(clock, t);
    // Personal bests are solo runs: a classroom game has other staff pools and a facilitator.
    if (g.run?.branched || g.options.pools) {
      view.setState({ finished: { newBest: [], recorded: false, day: g.state.readinessDay ?? g.state.day, ms } });
      return;
    }
    const { book, newBest } = recordRun(v.book, {
      level: g.level.id, seed: g.seed, seedMode: v.seedMode, categories: categoriesOf(g.state, g.level),
      day: g.state.readinessDay ?? g.state.day, ms: v.timed ? ms : null, splits: v.splits, ...(opts.today ? { date: opts.today() } : {}),
    });
    const err = writePbs(opts.storage, book);
    if (err) opts.notify?.('error', err);
    view.setState({ book, finished: { newBest, recorded: true, day: g.state.readinessDay ?? g.state.day, ms } });
  };

  const sync = () => {
    const s = store.getState();
    const g = s.session;
    if (s.gameNo !== view.getState().gameNo) reset(s.gameNo, g);
    const v = view.getState();
    if (!g || !v.playable || g.level.id !== v.level) return;
    const hold = s.ui.modal || s.ui.screen !== 'game' || (opts.hold?.isHeld() ?? false);
    const t = now();
    let clock = v.clock;
    // A restored run waits for its saved time (adopt) instead of starting from zero.
    if (clock.status === 'idle' && !g.run?.restored && g.state.status === 'playing' && g.state.readinessDay === null && (g.orders.length > 0 || g.days.length > 0)) {
      clock = startClock(clock, t);
      view.setState({ clock });
      timer('started', clock);
    }

    // Splits: milestones the engine recorded since the last look, timed at this very moment
    // (the end of the day that reached them), before anything else can pause the clock.
    const m = g.state.milestones;
    if (m.some((d, i) => d > 0 && v.splits.days[i] === 0)) {
      const days = [...v.splits.days];
      const ms = [...v.splits.ms];
      const fresh: number[] = [];
      m.forEach((d, i) => {
        if (d > 0 && days[i] === 0) { days[i] = d; ms[i] = Math.floor(elapsed(clock, t)); fresh.push(i); }
      });
      view.setState({ splits: { days, ms } });
      const { cmp, best } = comparisonOf(view.getState());
      const rows = splitRows({ days, ms }, cmp, best);
      for (const i of fresh) {
        const r = rows[i]!;
        emit({ type: 'split', id: r.id, index: i, day: days[i]!, realMs: ms[i]!, deltaDays: r.deltaDays, deltaMs: r.deltaMs, gold: r.gold, comparison: cmp.kind });
      }
    }
    if (g.state.status !== 'playing') {
      if (view.getState().finished === null) finish(g, t);
      return;
    }
    // Stood up: the run's time is taken; the guarantee test that follows decides whether it counts.
    if (g.state.readinessDay !== null) { stop(t); return; }
    if (clock.status === 'running' && hold) { clock = pauseClock(clock, t); timer('paused', clock); }
    else if (clock.status === 'paused' && !hold) { clock = resumeClock(clock, t); timer('resumed', clock); }
    if (clock !== view.getState().clock) view.setState({ clock });
  };
  store.subscribe(sync);
  opts.hold?.subscribe(sync);
  sync();

  return {
    view,
    on(fn: (s: RunSignal) => void): () => void {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    snapshot(): TimerSnapshot {
      const v = view.getState();
      const g = store.getState().session;
      return {
        status: v.clock.status, realMs: Math.floor(elapsed(v.clock, now())), day: v.playable ? g?.state.day ?? null : null,
        level: v.level, seed: v.playable ? v.seed : null, timed: v.timed,
        splits: MILESTONE_IDS.map((id, i) => ({ id, day: v.splits.days[i]! > 0 ? v.splits.days[i]! : null, realMs: v.splits.days[i]! > 0 ? v.splits.ms[i] ?? null : null })),
      };
    },
    setComparison(kind: ComparisonKind) { view.setState({ comparison: kind }); },
    setCategory(category: CategoryId) { view.setState({ category }); },
    /** Race an imported replay: its milestone days become a comparison for that level and seed. */
    setReplayComparison(cmp: RunView['replayCmp']) { view.setState({ replayCmp: cmp, ...(cmp ? { comparison: 'replay' as const } : {}) }); },
    /** A run continued from a save (or given back after watching a replay: `timed`, as no time
     *  went missing): its real time so far and its splits. */
    adopt(clockMs: number, splitMs: Array<number | null>, timed = false) {
      const v = view.getState();
      view.setState({
        clock: clockAt(clockMs),
        splits: { days: v.splits.days, ms: v.splits.days.map((d, i) => (d > 0 ? splitMs[i] ?? null : null)) },
        ...(timed ? { timed: true, untimedWhy: null } : {}),
      });
      sync();
    },
    /** The run's timing for a save. */
    saved(): { clockMs: number; splitMs: Array<number | null> } {
      const v = view.getState();
      return { clockMs: Math.floor(elapsed(v.clock, now())), splitMs: [...v.splits.ms] };
    },
    importBook(text: unknown): { ok: true; merged: number } | { ok: false; error: string } {
      const r = parsePbBook(text, SPEEDRUN_TEXT.pbWhatFile);
      if (!r.ok) return r;
      const { book, merged } = mergeBooks(view.getState().book, r.book);
      const err = writePbs(opts.storage, book);
      if (err) opts.notify?.('error', err);
      view.setState({ book, ...(view.getState().clock.status === 'idle' ? { cmpBook: book } : {}) });
      return { ok: true, merged };
    },
  };
}

export type RunTracker = ReturnType<typeof createRunTracker>;
