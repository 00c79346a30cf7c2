import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { isDeepStrictEqual } from 'node:util';
import { applyCommand, endDay, hashState, newGame, type Command, type GameState } from '../../src/engine';
import { greedyBot } from '../../src/bots/greedy';
import type { Level } from '../../src/levels/schema';
import { gameArb, type GameScript } from '../helpers/arbitraries';
import { invariantErrors } from '../helpers/invariants';
import { LEVEL_IDS, shippedLevel } from '../helpers/shipped';

/**
 * Properties over random games on both shipped levels: random seeds, random orders each day (legal
 * or not), on some days on top of the greedy planner's orders so that runs reach rich states.
 */
interface Played { final: GameState; hashes: string[]; orders: Command[][]; states: GameState[] }

/** Play a script; `check` sees every state before and after each order and each end of day. */
function play(level: Level, script: GameScript, start?: GameState, check?: (kind: 'order' | 'day', before: GameState, after: GameState, cmd?: Command, ok?: boolean) => void): Played {
  let s = start ?? newGame(level, script.seed);
  const hashes: string[] = [];
  const orders: Command[][] = [];
  const states: GameState[] = [s];
  for (const day of script.days) {
    if (s.status !== 'playing') break;
    const given: Command[] = [...(day.greedy ? greedyBot(s, level).orders : []), ...day.orders];
    for (const cmd of given) {
      const r = applyCommand(s, level, cmd);
      check?.('order', s, r.state, cmd, r.ok);
      s = r.state;
    }
    const e = endDay(s, level);
    check?.('day', s, e.state);
    s = e.state;
    hashes.push(hashState(s));
    orders.push(given);
    states.push(s);
  }
  return { final: s, hashes, orders, states };
}

const RUNS = { tutorial: 120, 'forty-thousand': 80 } as const;
/** Generous: these run whole games; on a loaded 2-core machine a property can take a while. */
const SLOW = 240_000;

describe.each(LEVEL_IDS)('properties on %s', (id) => {
  const level = shippedLevel(id);
  const maxDays = level.deadline;
  const games = gameArb(level, maxDays);

  test.prop([games], { numRuns: RUNS[id] })('troops are conserved, nothing goes negative or out of range, refused orders change nothing, inputs are never mutated', (script) => {
    play(level, script, undefined, (kind, before, after, cmd, ok) => {
      const snapshot = structuredClone(before);
      const errs = invariantErrors(after, level);
      if (errs.length) throw new Error(`after ${kind} ${JSON.stringify(cmd ?? '')} on day ${before.day}: ${errs.join('; ')}`);
      if (kind === 'order' && !ok) {
        expect(after).toBe(before);
        expect(hashState(after)).toBe(hashState(snapshot));
      }
      // The rules work on copies: the state they were given is the same afterwards.
      expect(isDeepStrictEqual(before, snapshot)).toBe(true);
    });
  }, SLOW);

  test.prop([games], { numRuns: Math.round(RUNS[id] / 2) })('the same seed and the same orders give the same hashes, day by day', (script) => {
    const a = play(level, script);
    const b = play(level, { seed: script.seed, days: a.orders.map((orders) => ({ greedy: false, orders })) });
    expect(b.hashes).toEqual(a.hashes);
    expect(b.final).toEqual(a.final);
  }, SLOW);

  test.prop([games], { numRuns: Math.round(RUNS[id] / 2) })('every state survives a JSON round trip with the same hash', (script) => {
    for (const s of play(level, script).states) {
      const back = JSON.parse(JSON.stringify(s)) as GameState;
      expect(back).toEqual(s);
      expect(hashState(back)).toBe(hashState(s));
    }
  }, SLOW);

  test.prop([games, fc.nat()], { numRuns: Math.round(RUNS[id] / 2) })('a game saved mid-way and resumed from its JSON has the same future (the generator state is inside the state)', (script, cut) => {
    const whole = play(level, script);
    const k = cut % (whole.orders.length + 1);
    const fixed = whole.orders.map((orders) => ({ greedy: false, orders }));
    const firstPart = play(level, { seed: script.seed, days: fixed.slice(0, k) });
    const saved = JSON.parse(JSON.stringify(firstPart.final)) as GameState;
    const rest = play(level, { seed: script.seed, days: fixed.slice(k) }, saved);
    expect([...firstPart.hashes, ...rest.hashes]).toEqual(whole.hashes);
  }, SLOW);

  it('the generated games are not vacuous: they reach moves, rail bookings, exercises, stocks, events, refusals and ends', () => {
    const seen = { refused: 0, accepted: 0, moving: 0, railBooked: 0, exercise: 0, prepo: 0, fired: 0, ended: 0 };
    for (const script of fc.sample(games, { numRuns: 40, seed: 42 })) {
      const p = play(level, script, undefined, (kind, _before, after, _cmd, ok) => {
        if (kind === 'order') { if (ok) seen.accepted++; else seen.refused++; }
        if (after.formations.some((x) => x.status === 'moving')) seen.moving++;
        if (after.railLoads.some((x) => x.length > 0)) seen.railBooked++;
        if (after.exercises.length) seen.exercise++;
        if (after.prepo.length) seen.prepo++;
      });
      seen.fired += p.final.deterred + p.final.landed;
      if (p.final.status !== 'playing') seen.ended++;
    }
    for (const [k, v] of Object.entries(seen)) expect(v, k).toBeGreaterThan(0);
  }, SLOW);

  test.prop([fc.string({ minLength: 1, maxLength: 12 }), fc.string({ minLength: 1, maxLength: 12 })], { numRuns: 50 })('different seeds start different games; the same seed the same game', (a, b) => {
    expect(hashState(newGame(level, a))).toBe(hashState(newGame(level, a)));
    if (a !== b) expect(hashState(newGame(level, a))).not.toBe(hashState(newGame(level, b)));
  }, SLOW);
});
