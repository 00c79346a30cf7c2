/**
 * fast-check arbitraries for whole games: a seed and, for each day, random orders (drawn by the
 * random bot's own generator, plus orders naming things that do not exist) optionally on top of the
 * greedy planner's, so the runs reach rich mid-campaign states (routes, exercises, stocks...).
 */
import { fc } from '@fast-check/vitest';
import alea from 'seedrandom/lib/alea';
import { AXIS_IDS, NATION_IDS, NETWORKS, type Command } from '../../src/engine';
import { randomCommand } from '../../src/bots/random';
import type { Level } from '../../src/levels/schema';

export interface DayScript { greedy: boolean; orders: Command[] }
export interface GameScript { seed: string; days: DayScript[] }

export function commandArb(level: Level): fc.Arbitrary<Command> {
  const formations = level.nations.flatMap((n) => n.roster.map((f) => f.id));
  const nodes = level.nodes.map((n) => n.id);
  const formation = fc.constantFrom(...formations, 'no-such-unit');
  const node = fc.constantFrom(...nodes, 'no-such-place');
  const axis = fc.constantFrom(...AXIS_IDS);
  const own: fc.Arbitrary<Command> = fc.oneof(
    fc.record({ type: fc.constant('activate' as const), formation }),
    fc.record({ type: fc.constant('move' as const), formation, to: node }),
    fc.record({ type: fc.constant('airlift' as const), formation, to: node }),
    fc.record({ type: fc.constant('preposition' as const), hub: node }),
    fc.record({ type: fc.constant('exercise' as const), hub: node }),
    fc.record({ type: fc.constant('plan' as const), axis }),
    fc.constant({ type: 'protocol' as const }),
    fc.record({ type: fc.constant('allocate' as const), enabler: fc.constant('isr' as const), axis }),
    fc.record({ type: fc.constant('allocate' as const), enabler: fc.constant('missileDefence' as const), hub: node }),
    fc.record({ type: fc.constant('allocate' as const), enabler: fc.constant('cyber' as const), network: fc.constantFrom(...NETWORKS) }),
    fc.record({ type: fc.constant('allocate' as const), enabler: fc.constant('training' as const), formation }),
    fc.constant({ type: 'allocate' as const, enabler: 'munitions' as const }),
    fc.record({ type: fc.constant('surge' as const), axis }),
    fc.constant({ type: 'summit' as const }),
    fc.record({ type: fc.constant('reassure' as const), nation: fc.constantFrom(...NATION_IDS) }),
    fc.record({ type: fc.constant('commit' as const), axis }),
  );
  const fromRandomBot = fc.integer().map((n) => {
    const pick = alea(`cmd/${n}`);
    return randomCommand(null as never, level, pick);
  });
  return fc.oneof(own, fromRandomBot);
}

export function gameArb(level: Level, maxDays: number): fc.Arbitrary<GameScript> {
  return fc.record({
    seed: fc.string({ minLength: 1, maxLength: 10 }),
    days: fc.array(fc.record({ greedy: fc.boolean(), orders: fc.array(commandArb(level), { maxLength: 8 }) }), { minLength: 1, maxLength: maxDays, size: 'max' }),
  });
}
