/**
 * The live class's rules, without a network: whose order a seat may give, how the day ends, the
 * facilitator's orders, and a saved game played back through the engine (a damaged file refused).
 */
import { describe, expect, it } from 'vitest';
import { greedyBot } from '../../src/bots/greedy';
import { defaultSetup } from '../../src/session/turns';
import { roleOfCommand } from '../../src/session/whoseOrder';
import { hashState } from '../../src/engine';
import { endSessionDay, issueOrder, startSession } from '../../src/session/session';
import { parseClassRecord } from '../../src/server/classRecord';
import {
  endTurnOf, forceDayEnd, giveFacilitatorOrder, giveOrder, newLiveGame, restoreGame, savedGame, setGamePaused, type LiveGame,
} from '../../src/server/liveGame';
import { CoalescingWriter } from '../../src/server/storage';
import { shippedLevel } from '../helpers/shipped';

const level = shippedLevel('tutorial');
const setup = defaultSetup(level, 1);
const SEED = 'live-rules';
const teamOf = (g: LiveGame, role: string) => g.classroom.teams.findIndex((t) => t.roles.includes(role));

/** Every seat gives its part of the greedy plan, then ends its turn. */
function playDay(g: LiveGame): LiveGame {
  let game = g;
  for (const cmd of greedyBot(game.session.state, level).orders) {
    const r = giveOrder(game, teamOf(game, roleOfCommand(level, cmd)), cmd);
    if (r.ok) game = r.game;
  }
  for (let t = 0; t < game.classroom.teams.length; t++) {
    const r = endTurnOf(game, t);
    if (!r.ok) throw new Error(r.refusal.code);
    game = r.game;
  }
  return game;
}

describe('a live game', () => {
  it('takes an order only from the seat whose it is, and then exactly as the engine would', () => {
    const g = newLiveGame(level, SEED, setup);
    const lead = teamOf(g, 'lead');
    const us = teamOf(g, 'us');
    expect(giveOrder(g, us, { type: 'summit' })).toMatchObject({ ok: false, refusal: { code: 'notYourOrder' } });
    expect(giveOrder(g, lead, { type: 'inject', card: level.deck[0]!.id })).toMatchObject({ ok: false, refusal: { code: 'facilitatorOnly' } });
    const r = giveOrder(g, lead, { type: 'summit' });
    const direct = issueOrder(startSession(level, SEED, { pools: g.session.options.pools }), { type: 'summit' });
    expect(r.ok && direct.ok).toBe(true);
    if (r.ok && direct.ok) expect(hashState(r.game.session.state)).toBe(hashState(direct.session.state));
  });

  it('ends the day when every seat has ended its turn, or when it is forced; a seat that ended gives no more orders', () => {
    let g = newLiveGame(level, SEED, setup);
    const n = g.classroom.teams.length;
    for (let t = 0; t < n - 1; t++) {
      const r = endTurnOf(g, t);
      expect(r).toMatchObject({ ok: true, dayEnded: false });
      if (r.ok) g = r.game;
    }
    expect(giveOrder(g, 0, { type: 'summit' })).toMatchObject({ ok: false, refusal: { code: 'turnEnded' } });
    const last = endTurnOf(g, n - 1);
    expect(last).toMatchObject({ ok: true, dayEnded: true });
    if (!last.ok) return;
    expect(last.game.session.days).toHaveLength(1);
    expect(last.game.classroom.done.every((d) => !d)).toBe(true);
    expect(last.game.curve).toHaveLength(2);
    const forced = forceDayEnd(last.game, false);
    expect(forced.ok && forced.game.session.days.length).toBe(2);
  });

  it('refuses orders and turns while paused, but the facilitator still injects and extends', () => {
    const g = setGamePaused(newLiveGame(level, SEED, setup), true);
    expect(giveOrder(g, teamOf(g, 'lead'), { type: 'summit' })).toMatchObject({ ok: false, refusal: { code: 'paused' } });
    expect(endTurnOf(g, 0)).toMatchObject({ ok: false, refusal: { code: 'paused' } });
    const ext = giveFacilitatorOrder(g, { type: 'extend', days: 3 });
    expect(ext.ok && ext.game.session.state.deadline).toBe(level.deadline + 3);
  });

  it('comes back from storage with the same days and hashes; a damaged file names the day that differs', () => {
    let g = newLiveGame(level, SEED, setup);
    for (let d = 0; d < 3; d++) g = playDay(g);
    const lead = teamOf(g, 'lead');
    const today = giveOrder(g, lead, { type: 'plan', axis: level.axes[0]!.id });
    if (today.ok) g = today.game;
    const saved = JSON.parse(JSON.stringify(savedGame(g)));
    const back = restoreGame(level, SEED, setup, saved);
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.game.session.days).toEqual(g.session.days);
      expect(hashState(back.game.session.state)).toBe(hashState(g.session.state));
      expect(back.game.curve).toEqual(g.curve);
    }
    const damaged = { ...saved, days: saved.days.map((d: { hash: string }, i: number) => (i === 1 ? { ...d, hash: '0123456789abcdef' } : d)) };
    expect(restoreGame(level, SEED, setup, damaged)).toMatchObject({ ok: false, error: expect.stringContaining('day 2') });
    expect(restoreGame(level, SEED, setup, { ...saved, done: [false] })).toMatchObject({ ok: false });
  });

  it('a saved class that is not one gets a message, not a crash', () => {
    expect(parseClassRecord('{"format":"guarantor-class"}', 'X.json')).toMatchObject({ ok: false, error: expect.stringContaining('X.json') });
    expect(parseClassRecord('not json', 'Y.json')).toMatchObject({ ok: false });
  });
});

describe('storage writes', () => {
  it('a flush asked for during a write waits for a write that began after it; a burst shares one', async () => {
    const written: number[] = [];
    let value = 0;
    let release: (() => void) | null = null;
    const w = new CoalescingWriter(() => {
      const v = value;
      return new Promise<void>((r) => { release = () => { written.push(v); r(); }; });
    });
    value = 1;
    const a = w.flush();
    value = 2;
    const b = w.flush();
    value = 3;
    const c = w.flush();
    expect(b).toBe(c);
    const first = release!;
    first();
    await a;
    expect(written).toEqual([1]);
    // The second write begins once the first has finished.
    for (let i = 0; i < 20 && release === first; i++) await Promise.resolve();
    expect(release).not.toBe(first);
    release!();
    await b;
    expect(written).toEqual([1, 3]);
  });
});
