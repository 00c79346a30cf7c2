import {
  applyCommand, endDay, evaluateCommand, hashState, newGame, type Command, type GameOptions, type GameState, type LogEntry, type Refusal,
  type RuleAnswer,
} from '../engine';
import type { Level } from '../levels/schema';
import type { Classroom } from './turns';
import { mayUndoOrder, refuseOtherTeam } from './whoseOrder';

/** A facilitator's note: not a rule, but part of the record (the review and the replay show it). */
export interface SessionNote { day: number; text: string }

/**
 * A game being played, as the UI holds it: the state at the start of the day and the orders given
 * since, so any order can be undone until the day ends (the state is recomputed from the day's
 * start, which is cheap and can never drift from the engine). Pure functions; the store wraps them.
 */
export interface GameSession {
  level: Level;
  seed: string;
  options: GameOptions;
  dayStart: GameState;
  orders: Command[];
  /** dayStart with today's orders applied */
  state: GameState;
  /** finished days: the replay's body */
  days: Array<{ orders: Command[]; hash: string }>;
  /** every log entry of the days that have ended, their orders included */
  log: LogEntry[];
  /** the entries of today's orders so far */
  todayLog: LogEntry[];
  /** the entries of the last day that ended (for the day's summary and sounds) */
  lastDay: LogEntry[];
  /** a live class's seat: the roles this browser's seat holds (its copy has no classroom of its own) */
  seatRoles?: string[];
  /** a classroom game: its teams and whose turn it is (absent in solo play) */
  classroom?: Classroom | null;
  /** the facilitator's notes, in the order written */
  notes?: SessionNote[];
  /** a replay being watched: the store refuses orders and the end of the day */
  viewOnly?: boolean;
  /** how this game came to be, for personal bests and saves (src/speedrun, src/saves) */
  run?: RunInfo;
}

/** How the seed was chosen: personal bests are kept apart for each (docs/design.md section 9). */
export type SeedMode = 'set' | 'random' | 'daily';

export interface RunInfo {
  seedMode: SeedMode;
  /** branched from a replay: days before the branch were not this player's */
  branched?: boolean;
  /** continued from a save after a reload: the real-time clock lost the time in between */
  restored?: boolean;
}

export function startSession(level: Level, seed: string, options: GameOptions = {}, classroom: Classroom | null = null): GameSession {
  const s = newGame(level, seed, options);
  return { level, seed, options, dayStart: s, orders: [], state: s, days: [], log: [], todayLog: [], lastDay: [], classroom, notes: [] };
}

export type IssueResult = { ok: true; session: GameSession; entries: LogEntry[] } | { ok: false; refusal: Refusal };

/** The team giving orders in this session: the team at the screen in a classroom game (-1 while
 *  the screen is handed over), unused in solo play. */
export const teamAtScreen = (g: GameSession): number => g.classroom?.current ?? -1;

/**
 * Ask about an order without giving it: the engine's plan, or a refusal. In a classroom game an
 * order of another team than `team` is refused first (whoseOrder.ts), whatever the rules would say.
 */
export function askOrder(g: GameSession, cmd: Command, team = teamAtScreen(g)): RuleAnswer {
  return refuseOtherTeam(g.classroom, team, g.level, cmd) ?? evaluateCommand(g.state, g.level, cmd);
}

/** Give an order as `team` (by default the team at the screen). Every way of giving an order, in
 *  the page or from a network seat, comes here, so another team's order is refused on every path. */
export function issueOrder(g: GameSession, cmd: Command, team = teamAtScreen(g)): IssueResult {
  const other = refuseOtherTeam(g.classroom, team, g.level, cmd);
  if (other) return { ok: false, refusal: other };
  const r = applyCommand(g.state, g.level, cmd);
  if (!r.ok) return { ok: false, refusal: r.refusal };
  return { ok: true, session: { ...g, orders: [...g.orders, cmd], state: r.state, todayLog: [...g.todayLog, ...r.log] }, entries: r.log };
}

/** Today's orders without the one at `index` (the last by default), replayed from the day's start.
 *  Orders that the removal makes illegal (a move of a formation activated by it) go too. In a
 *  classroom game `team` (by default the team at the screen) takes back only its own orders. */
export function undoOrder(g: GameSession, index = g.orders.length - 1, team = teamAtScreen(g)): GameSession {
  if (index < 0 || index >= g.orders.length) return g;
  if (!mayUndoOrder(g.classroom, team, g.level, g.orders[index]!)) return g;
  const keep = g.orders.filter((_, i) => i !== index);
  let state = g.dayStart;
  const kept: Command[] = [];
  const entries: LogEntry[] = [];
  for (const cmd of keep) {
    const r = applyCommand(state, g.level, cmd);
    if (r.ok) {
      state = r.state;
      kept.push(cmd);
      entries.push(...r.log);
    }
  }
  return { ...g, orders: kept, state, todayLog: entries };
}

export function endSessionDay(g: GameSession): GameSession {
  if (g.state.status !== 'playing') return g;
  const r = endDay(g.state, g.level);
  const days = [...g.days, { orders: g.orders, hash: hashState(r.state) }];
  return { ...g, dayStart: r.state, state: r.state, orders: [], days, log: [...g.log, ...g.todayLog, ...r.log], todayLog: [], lastDay: r.log };
}
