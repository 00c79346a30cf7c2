/**
 * One game of a live class, as the server holds it: the session (the same pure functions the
 * browser uses: startSession, issueOrder, endSessionDay), its teams with who has ended today's turn,
 * and the readiness curve for the facilitator. Every order goes through the seat check and then the
 * engine; nothing a client says about the state is used. Pure: the room keeps the result.
 */
import { randomBytes } from 'node:crypto';
import { hashState, indexLevel, makeReplay, winProgress, type Command, type Replay } from '../engine';
import { poolsOf, startClassroom, type Classroom, type ClassroomSetup } from '../session/turns';
import type { Level } from '../levels/schema';
import { NOTE_MAX } from '../replay/replaySchema';
import { endSessionDay, issueOrder, startSession, type GameSession } from '../session/session';
import type { GameFigures } from '../live/protocol';
import { roleOfCommand, teamOfCommand } from '../session/whoseOrder';

export type { GameFigures };

export interface LiveGame {
  session: GameSession;
  classroom: Classroom;
  /** ready troops at staging at the start and after every finished day */
  curve: number[];
  /** days a client reported its hash differed from the server's (it was resynchronised) */
  desyncs: Array<{ day: number; team: number }>;
}

/** Why the server refused an order or a turn: an engine refusal or one of the classroom's own. */
export interface LiveRefusal { code: string; params: Record<string, string | number> }

export type OrderResult = { ok: true; game: LiveGame } | { ok: false; refusal: LiveRefusal };

export function newLiveGame(level: Level, seed: string, setup: ClassroomSetup): LiveGame {
  // A live class has no PIN (the facilitator holds a secret token): the classroom's PIN check is
  // made of an empty PIN with a random salt and is never asked.
  const classroom = startClassroom({ ...setup, pin: '' }, randomBytes(8).toString('hex'));
  const session = startSession(level, seed, { pools: poolsOf(classroom) }, null);
  return { session, classroom, curve: [readyOf(session)], desyncs: [] };
}

function readyOf(g: GameSession): number {
  return winProgress(g.state, indexLevel(g.level)).ready;
}

function closed(g: LiveGame): LiveRefusal | null {
  if (g.session.state.status !== 'playing') return { code: 'gameOver', params: {} };
  if (g.classroom.paused) return { code: 'paused', params: {} };
  return null;
}

/** A seat's order: its team's, not yet ended today, then the engine's judgement. */
export function giveOrder(g: LiveGame, team: number, cmd: Command): OrderResult {
  const shut = closed(g);
  if (shut) return { ok: false, refusal: shut };
  if (team < 0 || team >= g.classroom.teams.length) return { ok: false, refusal: { code: 'noSeat', params: {} } };
  if (g.classroom.done[team]) return { ok: false, refusal: { code: 'turnEnded', params: {} } };
  // The facilitator's orders come only from the facilitator's controls (giveFacilitatorOrder).
  if (roleOfCommand(g.session.level, cmd) === 'facilitator') return { ok: false, refusal: { code: 'facilitatorOnly', params: {} } };
  return applyOrder(g, cmd, team);
}

/** The facilitator's inject and extend: through the engine like any order, on the facilitator's pool. */
export function giveFacilitatorOrder(g: LiveGame, cmd: Extract<Command, { type: 'inject' | 'extend' }>): OrderResult {
  if (g.session.state.status !== 'playing') return { ok: false, refusal: { code: 'gameOver', params: {} } };
  return applyOrder(g, cmd);
}

/**
 * Through the session's one check of whose order it is (session/whoseOrder.ts: the seat's team
 * must hold the order's role, exactly as at a shared screen), then the engine's rules. The
 * classroom is lent to the session for the check only; the game keeps it beside the session.
 * The facilitator's orders pass as no team's (-1): no team holds the facilitator's role.
 */
function applyOrder(g: LiveGame, cmd: Command, team = -1): OrderResult {
  const r = issueOrder({ ...g.session, classroom: g.classroom }, cmd, team);
  if (!r.ok) return { ok: false, refusal: { code: r.refusal.code, params: r.refusal.params } };
  return { ok: true, game: { ...g, session: { ...r.session, classroom: null } } };
}

export type TurnResult = { ok: true; game: LiveGame; dayEnded: boolean } | { ok: false; refusal: LiveRefusal };

/** A seat presses "End my turn"; the last one ends the day. */
export function endTurnOf(g: LiveGame, team: number): TurnResult {
  const shut = closed(g);
  if (shut) return { ok: false, refusal: shut };
  if (team < 0 || team >= g.classroom.teams.length) return { ok: false, refusal: { code: 'noSeat', params: {} } };
  const done = g.classroom.done.map((d, i) => d || i === team);
  const next = { ...g, classroom: { ...g.classroom, done } };
  return done.every(Boolean) ? { ok: true, game: endDayNow(next), dayEnded: true } : { ok: true, game: next, dayEnded: false };
}

/** The coalition lead (or the facilitator) ends the day for every seat. */
export function forceDayEnd(g: LiveGame, byFacilitator: boolean): TurnResult {
  if (g.session.state.status !== 'playing') return { ok: false, refusal: { code: 'gameOver', params: {} } };
  if (g.classroom.paused && !byFacilitator) return { ok: false, refusal: { code: 'paused', params: {} } };
  return { ok: true, game: endDayNow(g), dayEnded: true };
}

function endDayNow(g: LiveGame): LiveGame {
  const session = endSessionDay(g.session);
  return {
    ...g,
    session,
    classroom: { ...g.classroom, done: g.classroom.teams.map(() => false) },
    curve: [...g.curve, readyOf(session)],
  };
}

export function setGamePaused(g: LiveGame, paused: boolean): LiveGame {
  return { ...g, classroom: { ...g.classroom, paused } };
}

/** A facilitator's note for the debrief: plain text on one line, at most NOTE_MAX characters. */
export function withGameNote(g: LiveGame, text: string): LiveGame | null {
  const clean = text.replace(/\s+/g, ' ').trim().slice(0, NOTE_MAX);
  if (!clean) return null;
  return { ...g, session: { ...g.session, notes: [...(g.session.notes ?? []), { day: g.session.state.day, text: clean }] } };
}

export function leadOf(g: LiveGame): number {
  return g.classroom.teams.findIndex((t) => t.roles.includes('lead'));
}

/** The game's finished days as a replay file, with its teams' pools and the facilitator's notes. */
export function replayOf(g: LiveGame): Replay {
  const s = g.session;
  return makeReplay(s.level, s.seed, s.days, s.dayStart, s.options.pools, s.notes);
}


export function figuresOf(g: LiveGame): GameFigures {
  const st = g.session.state;
  const p = winProgress(st, indexLevel(g.session.level));
  return {
    day: st.day, deadline: st.deadline, status: st.status, reason: st.reason,
    ready: p.ready, readyNeeded: p.readyNeeded, core: p.core, coreNeeded: p.coreNeeded,
    ladder: st.ladder, unity: st.unity, axes: p.axes.map((a) => ({ id: a.id, credibility: a.credibility, bar: a.bar })),
    curve: g.curve, done: g.classroom.done, paused: g.classroom.paused, ordersToday: g.session.orders.length, desyncs: g.desyncs.length,
  };
}

/** What is written to storage for a game: its orders (the state is recomputed from them). */
export interface SavedGame {
  days: Array<{ orders: Command[]; hash: string }>;
  orders: Command[];
  done: boolean[];
  paused: boolean;
  notes: Array<{ day: number; text: string }>;
  desyncs: Array<{ day: number; team: number }>;
}

export function savedGame(g: LiveGame): SavedGame {
  return {
    days: g.session.days, orders: g.session.orders, done: g.classroom.done, paused: g.classroom.paused,
    notes: g.session.notes ?? [], desyncs: g.desyncs,
  };
}

/**
 * A saved game played again through the engine: every finished day must give its recorded hash and
 * every order of today must still be accepted, or the saved game is refused with the first day
 * that differs (a file edited by hand, or written by another version of the rules).
 */
/** An order from storage, given again as the team that holds its role gave it (it passed the seat
 *  check when it was first accepted; storage keeps the orders, not who gave them). */
function restoreOrder(g: LiveGame, cmd: Command): OrderResult {
  return applyOrder(g, cmd, teamOfCommand(g.classroom, g.session.level, cmd));
}

export function restoreGame(level: Level, seed: string, setup: ClassroomSetup, saved: SavedGame): { ok: true; game: LiveGame } | { ok: false; error: string } {
  let g = newLiveGame(level, seed, setup);
  if (saved.done.length !== g.classroom.teams.length) return { ok: false, error: `it has ${saved.done.length} seats, the set-up ${g.classroom.teams.length}` };
  for (let i = 0; i < saved.days.length; i++) {
    const day = saved.days[i]!;
    if (g.session.state.status !== 'playing') return { ok: false, error: `day ${i + 1} comes after the game ended` };
    for (const cmd of day.orders) {
      const r = restoreOrder(g, cmd);
      if (!r.ok) return { ok: false, error: `day ${i + 1}: an order is refused (${r.refusal.code})` };
      g = r.game;
    }
    g = endDayNow(g);
    const h = hashState(g.session.state);
    if (h !== day.hash) return { ok: false, error: `day ${i + 1}: the state hash is ${h}, the file records ${day.hash}` };
  }
  for (const cmd of saved.orders) {
    const r = restoreOrder(g, cmd);
    if (!r.ok) return { ok: false, error: `today's orders: one is refused (${r.refusal.code})` };
    g = r.game;
  }
  const notes = saved.notes.map((n) => ({ day: n.day, text: n.text.slice(0, NOTE_MAX) }));
  return {
    ok: true,
    game: { ...g, session: { ...g.session, notes }, classroom: { ...g.classroom, done: [...saved.done], paused: saved.paused }, desyncs: [...saved.desyncs] },
  };
}
