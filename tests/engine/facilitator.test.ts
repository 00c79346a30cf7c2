import { describe, expect, it } from 'vitest';
import { card, tinyLevel } from '../helpers/levelBuilder';
import { endDays, entries, give, linesOf, start, untilDay } from '../helpers/play';
import { hashState, makeReplay, newGame, resolveDay, verifyReplay, type Command } from '../../src/engine';

/** docs/design.md section 10: a facilitator injects prepared events and may extend the deadline; both are orders in the replay. */
describe('facilitator orders', () => {
  it('an injected card fires at the end of today, revealed at once, resolved against deterrence like any other', () => {
    const L = tinyLevel((l) => { l.deck = [card('probe', { window: [9, 9], chance: 0, severity: 60, effect: { unity: -5 } })]; });
    const s0 = start(L);
    expect(s0.events).toEqual([]); // chance 0: not in this game by itself
    const r = give(s0, L, { type: 'inject', card: 'probe' });
    expect(r.log[0]).toMatchObject({ t: 'order', role: 'facilitator', cost: 0 });
    expect(r.state.staffLeft).toEqual(s0.staffLeft);
    expect(r.state.events).toEqual([{ card: 0, day: 1, revealed: true, outcome: 0, credibility: 0, resolve: 0 }]);
    const end = endDays(r.state, L, 1);
    const ev = entries(end.log, 'event')[0]!;
    expect(ev).toMatchObject({ card: 'probe', day: 1, deterred: false });
    expect(end.state.unity).toBeLessThan(s0.unity);
    expect(linesOf(end.log, L, 'event')[0]).toContain('Card probe (political pressure) — NOT DETERRED');
  });

  it('keeps the events in day order when a card is injected before later ones', () => {
    const L = tinyLevel((l) => { l.deck = [card('later', { window: [5, 5] }), card('now', { window: [9, 9], chance: 0 })]; });
    const s = give(untilDay(start(L), L, 3).state, L, { type: 'inject', card: 'now' }).state;
    expect(s.events.map((e) => e.day)).toEqual([3, 5]);
  });

  it('extending the deadline moves the day the game is lost', () => {
    const L = tinyLevel((l) => { l.deadline = 3; l.par = 3; l.deck = []; });
    const lost = endDays(start(L), L, 3);
    expect(lost.state).toMatchObject({ status: 'lost', reason: 'deadline', day: 3 });
    const s = give(start(L), L, { type: 'extend', days: 4 }).state;
    expect(s.deadline).toBe(7);
    const later = endDays(s, L, 3);
    expect(later.state.status).toBe('playing');
    expect(endDays(later.state, L, 4).state).toMatchObject({ status: 'lost', reason: 'deadline', day: 7 });
  });

  it('a game with facilitator orders replays and verifies like any other', () => {
    const L = tinyLevel((l) => { l.deck = [card('probe', { window: [9, 9], chance: 0 })]; });
    const days: Array<{ orders: Command[]; hash: string }> = [];
    let s = newGame(L, 'class');
    for (const orders of [[{ type: 'inject', card: 'probe' }], [{ type: 'extend', days: 2 }], []] as Command[][]) {
      s = resolveDay(s, L, orders).state;
      days.push({ orders, hash: hashState(s) });
    }
    expect(verifyReplay(makeReplay(L, 'class', days, s), L)).toMatchObject({ valid: true });
    const tampered = days.map((d, i) => (i === 1 ? { ...d, orders: [{ type: 'extend', days: 3 } as Command] } : d));
    expect(verifyReplay(makeReplay(L, 'class', tampered, s), L)).toMatchObject({ valid: false, firstBadDay: 2 });
  });
});
