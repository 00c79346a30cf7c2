/**
 * A seat's copy of its game: rebuilt from the server's record through the same engine and session
 * functions, then kept in step by applying each accepted order and ending each day itself. At the
 * end of a day its hash is compared with the server's; a copy that differs (or meets an order it
 * cannot apply) is rebuilt from the server's record and the day is reported. Pure.
 */
import { applyCommand, hashState, type Command, type LogEntry } from '../engine';
import type { Level } from '../levels/schema';
import { endSessionDay, issueOrder, startSession, type GameSession } from '../session/session';
import type { Accepted, DayEnded, GameSync } from './protocol';

export interface Mirror {
  game: number;
  team: number;
  session: GameSession;
  done: boolean[];
  paused: boolean;
}

export type MirrorResult = { ok: true; mirror: Mirror } | { ok: false; error: string };

/** The game rebuilt from the server's record: every finished day must give the server's hash. */
export function mirrorFromSync(sync: GameSync, level: Level): MirrorResult {
  if (level.id !== sync.level) return { ok: false, error: `the server plays level "${sync.level}", not "${level.id}"` };
  let g = startSession(level, sync.seed, { pools: sync.pools });
  for (let i = 0; i < sync.days.length; i++) {
    const day = sync.days[i]!;
    const r = applyAll(g, day.orders);
    if (!r) return { ok: false, error: `day ${i + 1}: an order the server accepted is refused here` };
    g = endSessionDay(r);
    if (g.days[i]!.hash !== day.hash) return { ok: false, error: `day ${i + 1}: this browser's hash ${g.days[i]!.hash} differs from the server's ${day.hash}` };
  }
  const today = applyAll(g, sync.orders);
  if (!today) return { ok: false, error: 'an order of today the server accepted is refused here' };
  return { ok: true, mirror: { game: sync.game, team: sync.team, session: today, done: [...sync.done], paused: sync.paused } };
}

function applyAll(g: GameSession, orders: readonly Command[]): GameSession | null {
  let s = g;
  for (const cmd of orders) {
    const r = issueOrder(s, cmd);
    if (!r.ok) return null;
    s = r.session;
  }
  return s;
}

/** An accepted order applied here; null when it does not follow on (a missed message) or is refused here. */
export function applyAccepted(m: Mirror, a: Accepted): Mirror | null {
  if (a.game !== m.game || a.day !== m.session.state.day || a.n !== m.session.orders.length) return null;
  const r = issueOrder(m.session, a.cmd);
  return r.ok ? { ...m, session: r.session } : null;
}

/** The day ended on the server: end it here and compare the hashes. */
export function applyDayEnded(m: Mirror, d: DayEnded): { mirror: Mirror; matches: boolean } {
  if (d.game !== m.game || d.day !== m.session.state.day) return { mirror: m, matches: false };
  const session = endSessionDay(m.session);
  const mine = session.days[session.days.length - 1]?.hash ?? hashState(session.state);
  return { mirror: { ...m, session, done: m.done.map(() => false) }, matches: mine === d.hash };
}

/**
 * Today's orders replaced by the whole day's, as the server reveals them at the end of the day to
 * a seat it withheld some from (Moscow's plays): replayed from the day's start, or null when one
 * is refused here (the copy is then rebuilt from the server's record).
 */
export function withDayOrders(g: GameSession, orders: readonly Command[]): GameSession | null {
  let state = g.dayStart;
  const todayLog: LogEntry[] = [];
  for (const cmd of orders) {
    const r = applyCommand(state, g.level, cmd);
    if (!r.ok) return null;
    state = r.state;
    todayLog.push(...r.log);
  }
  return { ...g, orders: [...orders], state, todayLog };
}
