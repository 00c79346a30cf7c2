import alea from 'seedrandom/lib/alea';
import { AXIS_IDS, NETWORKS, type Command, type GameState } from '../engine';
import type { Level } from '../levels/schema';
import type { Bot } from './botTypes';
import { DayPlan } from './tryOrders';

/**
 * The random bot: each day it tries a handful of orders drawn at random from everything that can
 * be said (legal or not) and keeps those the rules accept. Its generator is seeded from the game's
 * seed and day, so its games are as reproducible as anyone's; it never touches the game's own
 * generator. The balance tests expect it to lose almost always.
 */
export const randomBot: Bot = (s, level) => {
  const pick = alea(`random-bot/${s.seed}/${s.day}`);
  const p = new DayPlan(s, level);
  const tries = 4 + Math.floor(pick() * 8);
  for (let i = 0; i < tries && p.staff > 0; i++) p.try(randomCommand(p.state, level, pick));
  return { orders: p.orders, state: p.state };
};

function one<T>(list: readonly T[], pick: () => number): T {
  return list[Math.floor(pick() * list.length)]!;
}

export function randomCommand(_s: GameState, level: Level, pick: () => number): Command {
  const formation = one(level.nations, pick).roster;
  const f = one(formation, pick).id;
  const node = one(level.nodes, pick).id;
  const axis = one(AXIS_IDS, pick);
  const nation = one(level.nations, pick).id;
  switch (Math.floor(pick() * 13)) {
    case 0: case 1: return { type: 'activate', formation: f };
    case 2: case 3: return { type: 'move', formation: f, to: node };
    case 4: return { type: 'airlift', formation: f, to: node };
    case 5: return { type: 'preposition', hub: node };
    case 6: return { type: 'exercise', hub: node };
    case 7: return { type: 'plan', axis };
    case 8: return pick() < 0.5 ? { type: 'protocol' } : { type: 'summit' };
    case 9: {
      switch (Math.floor(pick() * 5)) {
        case 0: return { type: 'allocate', enabler: 'isr', axis };
        case 1: return { type: 'allocate', enabler: 'missileDefence', hub: node };
        case 2: return { type: 'allocate', enabler: 'cyber', network: one(NETWORKS, pick) };
        case 3: return { type: 'allocate', enabler: 'training', formation: f };
        default: return { type: 'allocate', enabler: 'munitions' };
      }
    }
    case 10: return { type: 'surge', axis };
    case 11: return { type: 'reassure', nation };
    default: return { type: 'commit', axis };
  }
}
