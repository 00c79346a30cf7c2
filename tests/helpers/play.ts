/**
 * Given/when/then helpers for rule tests: give orders that must be accepted (or refused), end days,
 * and read the log as the sentences the player sees (describeEntry).
 */
import { expect } from 'vitest';
import {
  applyCommand, describeEntry, endDay, hashState, indexLevel, newGame, type Command, type FormationState,
  type GameOptions, type GameState, type LogEntry, type Refusal, type RefusalCode,
} from '../../src/engine';
import type { Level, Rules } from '../../src/levels/schema';

export function rules(level: Level): Rules {
  return indexLevel(level).rules;
}

export function start(level: Level, seed = 'test', options: GameOptions = {}): GameState {
  return newGame(level, seed, options);
}

/** Give an order that the rules must accept; returns the next state and the order's log. */
export function give(s: GameState, level: Level, cmd: Command): { state: GameState; log: LogEntry[] } {
  const r = applyCommand(s, level, cmd);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(cmd)} to be accepted; refused: ${r.refusal.text}`);
  return { state: r.state, log: r.log };
}

/** Give several orders that must all be accepted. */
export function giveAll(s: GameState, level: Level, cmds: Command[]): GameState {
  let state = s;
  for (const c of cmds) state = give(state, level, c).state;
  return state;
}

/**
 * Give an order that must be refused with `code`: checks the refusal has a readable text with no
 * unfilled {placeholder}, that the very same state object comes back and that nothing changed.
 */
export function refused(s: GameState, level: Level, cmd: Command, code: RefusalCode): Refusal {
  const before = structuredClone(s);
  const hash = hashState(s);
  const r = applyCommand(s, level, cmd);
  if (r.ok) throw new Error(`expected ${JSON.stringify(cmd)} to be refused with ${code}; it was accepted`);
  expect(r.refusal.code).toBe(code);
  expect(r.refusal.text).not.toMatch(/\{\w+\}/);
  expect(r.refusal.text.length).toBeGreaterThan(10);
  expect(r.state).toBe(s);
  expect(s).toEqual(before);
  expect(hashState(s)).toBe(hash);
  expect(r.log).toEqual([{ t: 'refused', day: s.day, cmd, code, text: r.refusal.text }]);
  return r.refusal;
}

/** End `n` days with no orders; returns the last state and the log of all those days. */
export function endDays(s: GameState, level: Level, n = 1): { state: GameState; log: LogEntry[] } {
  let state = s;
  const log: LogEntry[] = [];
  for (let i = 0; i < n; i++) {
    const r = endDay(state, level);
    state = r.state;
    log.push(...r.log);
  }
  return { state, log };
}

/** End days until `day` is the current day (its orders not yet given). */
export function untilDay(s: GameState, level: Level, day: number): { state: GameState; log: LogEntry[] } {
  expect(day).toBeGreaterThanOrEqual(s.day);
  return endDays(s, level, day - s.day);
}

export function lines(log: readonly LogEntry[], level: Level): string[] {
  const ix = indexLevel(level);
  return log.map((e) => describeEntry(e, ix));
}

export function linesOf(log: readonly LogEntry[], level: Level, ...types: LogEntry['t'][]): string[] {
  return lines(log.filter((e) => types.includes(e.t)), level);
}

export function f(s: GameState, level: Level, id: string): FormationState {
  const i = indexLevel(level).formation.get(id);
  if (i === undefined) throw new Error(`no formation ${id}`);
  return s.formations[i]!;
}

export function nodeIx(level: Level, id: string): number {
  const i = indexLevel(level).node.get(id);
  if (i === undefined) throw new Error(`no node ${id}`);
  return i;
}

export function linkIx(level: Level, id: string): number {
  const i = indexLevel(level).link.get(id);
  if (i === undefined) throw new Error(`no link ${id}`);
  return i;
}

export function axisIx(level: Level, id: string): number {
  const i = indexLevel(level).axis.get(id);
  if (i === undefined) throw new Error(`no axis ${id}`);
  return i;
}

export function nationIx(level: Level, id: string): number {
  const i = indexLevel(level).nation.get(id);
  if (i === undefined) throw new Error(`no nation ${id}`);
  return i;
}

export function entries<T extends LogEntry['t']>(log: readonly LogEntry[], t: T): Extract<LogEntry, { t: T }>[] {
  return log.filter((e): e is Extract<LogEntry, { t: T }> => e.t === t);
}

/** Activate and wait until the formation is ready at home (no orders besides). */
export function mobilise(s: GameState, level: Level, id: string): GameState {
  let state = give(s, level, { type: 'activate', formation: id }).state;
  while (f(state, level, id).status === 'mobilising') state = endDay(state, level).state;
  return state;
}
