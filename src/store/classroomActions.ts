/**
 * A classroom game in the store: starting it with its teams, handing the screen from team to
 * team, the facilitator's pause, orders and notes. The turn rules are turns.ts (pure); this only
 * keeps their result in the session (through the store's actions) and asks the engine for the rest.
 */
import { makeReplay, type Command, type Replay } from '../engine';
import type { Level } from '../levels/schema';
import type { Actions } from './actions';
import type { GameStore, OrderRefusal } from './gameStore';
import type { GameSession } from '../session/session';
import { NOTE_MAX } from '../replay/replayLimits';
import {
  beginTurn, endTurn, forceDay, newDay, poolsOf, startClassroom, trimSetup, type ClassroomSetup,
} from '../session/turns';
import { tryPin, type PinTry } from '../session/pinLock';

export function startClassroomGame(actions: Actions, level: Level, seed: string, setup: ClassroomSetup, salt: string): void {
  const c = startClassroom(trimSetup(setup), salt);
  actions.newGame(level, seed, { seedMode: 'set' }, { pools: poolsOf(c) }, c);
}


/** The team `team` takes the screen after the handover. */
export function takeTurn(store: GameStore, actions: Actions, team: number): void {
  const c = store.getState().session?.classroom;
  if (!c) return;
  actions.select(null);
  actions.setClassroom(beginTurn(c, team));
}

/** The team at the screen ends its part; the last one ends the day (and the next begins). */
export function endTurnNow(store: GameStore, actions: Actions, force = false): void {
  const g = store.getState().session;
  const c = g?.classroom;
  if (!g || !c || g.state.status !== 'playing') return;
  const r = force ? forceDay(c) : endTurn(c);
  actions.cancelPending();
  actions.setClassroom(r.classroom);
  if (!r.dayOver) return;
  actions.endDay();
  const after = store.getState().session;
  if (after?.classroom && after.state.status === 'playing') actions.setClassroom(newDay(after.classroom));
  else actions.refreshModal();
}

/**
 * The facilitator's PIN, tried at time `now`: true when it opens the panel. Wrong tries count
 * towards a growing wait (pinLock.ts), kept in the classroom (and so in the save).
 */
export function tryFacilitatorPin(store: GameStore, actions: Actions, pin: string, now: number): PinTry | null {
  const c = store.getState().session?.classroom;
  if (!c) return null;
  const r = tryPin(c.pinCheck, c.pinLock, pin, now);
  if (r.lock !== c.pinLock) actions.setClassroom({ ...c, pinLock: r.lock });
  return r;
}

export function setPaused(store: GameStore, actions: Actions, paused: boolean): void {
  const c = store.getState().session?.classroom;
  if (c) actions.setClassroom({ ...c, paused });
}

/** The facilitator's orders (inject, extend) go through the engine like any other. */
export function facilitatorOrder(actions: Actions, cmd: Extract<Command, { type: 'inject' | 'extend' }>): OrderRefusal | null {
  return actions.issue(cmd);
}

/** A note for the debrief: plain text, trimmed, at most NOTE_MAX characters. */
export function withNote(g: GameSession, text: string): GameSession | null {
  const clean = text.replace(/\s+/g, ' ').trim().slice(0, NOTE_MAX);
  if (!clean) return null;
  return { ...g, notes: [...(g.notes ?? []), { day: g.state.day, text: clean }] };
}

