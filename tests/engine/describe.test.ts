import { describe, expect, it } from 'vitest';
import alea from 'seedrandom/lib/alea';
import { describeCommand, describeEntry, effectText, indexLevel, newGame, resolveDay, type LogEntry } from '../../src/engine';
import { greedyBot } from '../../src/bots/greedy';
import { randomCommand } from '../../src/bots/random';
import { LEVEL_IDS, shippedLevel } from '../helpers/shipped';

/**
 * The day log, the CLI trace and the debrief read describeEntry's sentences: over many games on the
 * shipped levels every entry must come out as a finished English sentence.
 */
const BROKEN = /undefined|NaN|\[object|\{\w*\}|null/;

describe.each(LEVEL_IDS)('log sentences on %s', (id) => {
  const level = shippedLevel(id);
  const ix = indexLevel(level);
  const log: LogEntry[] = [];
  for (let g = 0; g < 24; g++) {
    let s = newGame(level, `describe-${g}`);
    const pick = alea(`describe-${g}`);
    while (s.status === 'playing') {
      const orders = g % 3 === 0 ? [] : greedyBot(s, level).orders;
      for (let i = 0; i < 4; i++) orders.push(randomCommand(s, level, pick));
      const r = resolveDay(s, level, orders);
      log.push(...r.log);
      s = r.state;
    }
  }

  it('every entry reads as a finished sentence', () => {
    const bad = log.map((e) => [e, describeEntry(e, ix)] as const).filter(([, t]) => BROKEN.test(t) || t.length < 8);
    expect(bad.map(([e, t]) => `${e.t}: ${t}`)).toEqual([]);
  });

  it('the games met the common kinds of entry', () => {
    const seen = new Set(log.map((e) => e.t));
    for (const t of ['order', 'refused', 'ready', 'arrived', 'warning', 'event', 'milestone', 'end', 'ladder', 'exercised', 'prepoDone', 'planDone', 'protocolDone', 'munitions']) {
      expect(seen.has(t as LogEntry['t']), t).toBe(true);
    }
  });

  it('every effect of an event reads as a sentence', () => {
    const facts = log.flatMap((e) => (e.t === 'event' ? e.effects : []));
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(effectText(f, ix)).not.toMatch(BROKEN);
  });

  it('every order reads as an imperative', () => {
    const orders = log.flatMap((e) => (e.t === 'order' || e.t === 'refused' ? [e.cmd] : []));
    for (const c of orders) expect(describeCommand(c, ix)).not.toMatch(BROKEN);
  });
});
