import { describe, expect, it } from 'vitest';
import { makeExpert } from '../../src/bots/expert';
import { greedyBot } from '../../src/bots/greedy';
import { playGame } from '../../src/bots/playGame';
import { credibilityAll, hashState, indexLevel, usSupport } from '../../src/engine';
import { makeReplay, verifyReplay } from '../../src/engine/replay';
import { ALL_LEVELS, crossesSea, daysOrWorse, level, play, type Played } from './helpers';

/**
 * The expert bot on fixed seeds: it must win every level, and the four new levels must each ask
 * for a different strategy. The strategies are read from the games' own orders and logs, and
 * checked against the same expert with one means taken away (an ablation) and against the greedy
 * bot's default plan.
 */
const SEEDS = ['s1', 's2', 's3', 's4', 's5'];
const ABLATION_SEEDS = ['s1', 's2', 's3', 's4'];

const expert = makeExpert();
const cache = new Map<string, Played>();
function expertGame(id: string, seed: string): Played {
  const key = `${id}/${seed}`;
  let p = cache.get(key);
  if (!p) { p = play(id, seed, expert); cache.set(key, p); }
  return p;
}

const sum = (xs: number[]) => xs.reduce((t, x) => t + x, 0);

describe('the expert bot', () => {
  // Moscow now picks its moment and the guarantee is tested after the force stands up: even the
  // expert loses the odd seed (to war, mostly), but never more than one of the five.
  it.each([...ALL_LEVELS])('wins %s on at least four of the five fixed seeds', (id) => {
    const lv = level(id);
    const won = SEEDS.filter((seed) => expertGame(id, seed).final.status === 'won');
    expect(won.length, SEEDS.map((seed) => `${seed}: ${expertGame(id, seed).final.reason}`).join(', ')).toBeGreaterThanOrEqual(4);
    for (const seed of won) expect(expertGame(id, seed).final.readinessDay!).toBeLessThanOrEqual(lv.deadline);
  });

  it('plays the same game twice and its replay verifies', () => {
    const lv = level('air-bridge');
    const a = playGame(lv, 's3', makeExpert(), {}, true);
    const b = playGame(lv, 's3', makeExpert(), {}, true);
    expect(hashState(a.state)).toBe(hashState(b.state));
    expect(a.days.map((d) => d.hash)).toEqual(b.days.map((d) => d.hash));
    const v = verifyReplay(makeReplay(lv, 's3', a.days, a.state), lv);
    expect(v.valid).toBe(true);
    expect(v.readinessDay).toBe(a.state.readinessDay);
  });

  it('reaches the par of the new levels on most fixed seeds', () => {
    for (const id of ['north', 'air-bridge', 'south', 'across-administrations']) {
      const days = SEEDS.map((seed) => expertGame(id, seed).final.readinessDay ?? Infinity);
      expect(days.filter((d) => d <= level(id).par).length, `${id}: ${days.join(', ')} against par ${level(id).par}`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('each new level is won by a different strategy', () => {
  it('the greedy default plan wins fewer games than the expert, and fails at the air bridge', () => {
    const wins = (id: string) => SEEDS.filter((seed) => playGame(level(id), seed, greedyBot, {}, false).state.status === 'won').length;
    const expertWins = (id: string) => SEEDS.filter((seed) => expertGame(id, seed).final.status === 'won').length;
    for (const id of ['north', 'south', 'air-bridge']) expect(wins(id), id).toBeLessThan(expertWins(id));
    expect(wins('air-bridge')).toBeLessThanOrEqual(1);
  });

  it('north: every win ships brigades across the Baltic, and without sea moves the force never stands up', () => {
    const lv = level('north');
    for (const seed of SEEDS) {
      const p = expertGame('north', seed);
      const seaMoves = p.log.filter((e) => e.t === 'order' && e.cmd.type === 'move' && e.detail.route && crossesSea(lv, e.detail.route));
      expect(seaMoves.length, seed).toBeGreaterThanOrEqual(2);
      // Nordic brigades among them: the roster cannot make 40,000 without them.
      const nordic = seaMoves.filter((e) => e.t === 'order' && e.cmd.type === 'move' && /^(fi|se|no)-/.test(e.cmd.formation));
      expect(nordic.length, seed).toBeGreaterThanOrEqual(1);
    }
    const noSea = makeExpert({ restrict: { sea: false } });
    for (const seed of ABLATION_SEEDS) expect(play('north', seed, noSea).final.status, seed).toBe('lost');
  });

  // Under the deterrence rules (and units at their real garrisons) the expert's air-bridge plan
  // flies light formations across the gauge break rather than heavy ones onto stocks.
  it('air-bridge: every win flies formations across the gauge break; without airlift the expert does worse', () => {
    const lv = level('air-bridge');
    for (const seed of SEEDS) {
      const p = expertGame('air-bridge', seed);
      if (p.final.status !== 'won') continue;
      expect(p.orders.flat().filter((o) => o.type === 'airlift').length, seed).toBeGreaterThanOrEqual(3);
    }
    const noAir = makeExpert({ restrict: { air: false } });
    const withAir = sum(ABLATION_SEEDS.map((seed) => daysOrWorse(expertGame('air-bridge', seed), lv)));
    const without = sum(ABLATION_SEEDS.map((seed) => daysOrWorse(play('air-bridge', seed, noAir), lv)));
    expect(without).toBeGreaterThan(withAir);
  });

  it('south: every win places missile-defence batteries at the hubs, and without them the expert does worse', () => {
    const lv = level('south');
    const struckHubs = new Set(lv.deck.flatMap((c) => (c.effect.strike ? [c.effect.strike.hub] : [])));
    for (const seed of SEEDS) {
      const p = expertGame('south', seed);
      const batteries = p.orders.flat().filter((o) => o.type === 'allocate' && o.enabler === 'missileDefence');
      expect(batteries.length, seed).toBeGreaterThanOrEqual(1);
      expect(batteries.some((o) => o.type === 'allocate' && o.enabler === 'missileDefence' && struckHubs.has(o.hub)), seed).toBe(true);
      // The batteries stand where the strikes are aimed when the strikes come.
      for (const e of p.log) {
        if (e.t !== 'event' || e.deterred) continue;
        for (const f of e.effects) if (f.k === 'strike') expect(f.intercepted, `${seed}: ${e.card}`).toBe(true);
      }
    }
    const noBatteries = makeExpert({ restrict: { missileDefence: false } });
    const withMd = sum(ABLATION_SEEDS.map((seed) => daysOrWorse(expertGame('south', seed), lv)));
    const without = sum(ABLATION_SEEDS.map((seed) => daysOrWorse(play('south', seed, noBatteries), lv)));
    expect(without).toBeGreaterThan(withMd);
  });

  it('across-administrations: the force stands up after the US cut, on European credibility, where the greedy plan falters', () => {
    const lv = level('across-administrations');
    const ix = indexLevel(lv);
    for (const seed of SEEDS.filter((x) => expertGame('across-administrations', x).final.status === 'won')) {
      const p = expertGame('across-administrations', seed);
      const s = p.final;
      // The cut landed before the readiness day and is still in force on it.
      expect(usSupport(s), seed).toBeLessThan(100);
      expect(p.log.some((e) => e.t === 'event' && e.effects.some((f) => f.k === 'support') && e.day < s.readinessDay!), seed).toBe(true);
      // Nothing is left of US ISR, batteries and the surge (withheld below half support): every
      // bar is met by European terms alone.
      // On the readiness day (after it the core moves to the tested axis and the rest stands down).
      // (the state the day's end judged: the next day's start, read as of the readiness day itself)
      credibilityAll({ ...p.states[s.readinessDay!]!, day: s.readinessDay! }, ix).forEach((c, a) => {
        const axis = `${seed} ${lv.axes[a]!.id}`;
        expect(c.isr, axis).toBe(0);
        expect(c.batteries, axis).toBe(0);
        expect(c.surge, axis).toBe(0);
        const european = c.troops + c.core + c.exercise + c.prepo + c.plan + c.protocol + c.commitment + c.unity;
        expect(european, axis).toBeGreaterThanOrEqual(lv.axes[a]!.bar);
      });
    }
    const greedy = SEEDS.map((seed) => daysOrWorse(play('across-administrations', seed, greedyBot), lv));
    const best = SEEDS.map((seed) => daysOrWorse(expertGame('across-administrations', seed), lv));
    expect(sum(greedy)).toBeGreaterThanOrEqual(sum(best) + 3 * SEEDS.length);
});
});
