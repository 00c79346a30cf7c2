import { hashState, type Command, type GameState } from '../engine';
import type { Level } from '../levels/schema';
import type { Bot } from './botTypes';
import { Search, type SearchOptions } from './expert/search';
import { DayPlan } from './tryOrders';

/**
 * The expert bot: a search-based planner that estimates what a strong player can reach. It plans
 * the whole game by rollouts of its policy (src/bots/expert/search.ts), then plays that plan day
 * by day. Games are deterministic, so a plan's rollout is exactly the game that follows: on each
 * later day the bot checks that the state is the one the plan foresaw (by its hash) and gives
 * that day's orders; on any other state it plans afresh from there. No chance is involved: the
 * search enumerates its candidates in a fixed order.
 *
 * It plans with the game's own future (the seed's events and rolls), as a speedrunner does who
 * has played the seed before; the readiness days it reaches are a bound a strong human can
 * approach on a familiar seed, which is what a par time is for.
 */
export const DEFAULT_BUDGET = 60;

interface Plan { startDay: number; hashes: string[]; orders: Command[][] }

/** Plans kept per level, by seed (a small cache: the balance command plays thousands of seeds). */
const MAX_PLANS_PER_LEVEL = 64;

export function makeExpert(opts: Partial<SearchOptions> = {}): Bot {
  const options: SearchOptions = { budget: opts.budget ?? DEFAULT_BUDGET, ...(opts.restrict ? { restrict: opts.restrict } : {}) };
  const store = new WeakMap<Level, Map<string, Plan>>();
  return (s: GameState, level: Level) => {
    let byLevel = store.get(level);
    if (!byLevel) { byLevel = new Map(); store.set(level, byLevel); }
    const hash = hashState(s);
    let plan = byLevel.get(s.seed);
    if (!plan || plan.hashes[s.day - plan.startDay] !== hash) {
      plan = makePlan(s, level, options);
      byLevel.delete(s.seed);
      byLevel.set(s.seed, plan);
      if (byLevel.size > MAX_PLANS_PER_LEVEL) byLevel.delete(byLevel.keys().next().value!);
    }
    const p = new DayPlan(s, level);
    for (const cmd of plan.orders[s.day - plan.startDay] ?? []) p.try(cmd);
    return { orders: p.orders, state: p.state };
  };
}

function makePlan(s: GameState, level: Level, options: SearchOptions): Plan {
  const best = new Search(s, level, options).run();
  return {
    startDay: s.day,
    hashes: best.states.slice(0, best.orders.length).map((x) => hashState(x)),
    orders: best.orders,
  };
}

export const expertBot: Bot = makeExpert();
