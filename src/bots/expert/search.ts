import { endDay, evaluateCommand, indexLevel, isRefusal, winProgress, type AxisId, type Command, type GameState } from '../../engine';
import type { Level } from '../../levels/schema';
import { dayOrders, type Knobs } from './policy';
import { prepare, type Prep } from './prep';

/**
 * The expert's search. Every game is deterministic once the level, the seed and the orders are
 * fixed, so a candidate plan is judged by playing it to the end: a rollout of the policy with a
 * given set of knobs. The search
 *   1. plays a base plan, then climbs: each round tries every single change of the best plan's
 *      knobs (where the core gathers, the order of call-up, how many troops, pre-positioning,
 *      batteries, surge, commitments, exercises...) and keeps each one that plays better at once,
 *      until a round finds nothing better or 70% of the budget is spent;
 *   2. injects: at the days events landed, it tries the answers a player could have given that
 *      day or the day before (a surge, ISR, a commitment, reassurance, a summit), replaying only
 *      from that day on.
 * A rollout that is still playing after the best readiness day found so far is cut short: it
 * cannot win sooner. The value of a game: won before lost; then the earlier readiness day; then
 * events deterred, a lower peak of the ladder, unity. A lost game counts how long it lasted and
 * how close it came, so the climb has a slope to follow even when nothing wins yet.
 */
export interface SearchOptions {
  /** at most this many rollouts per plan */
  budget: number;
  /** restrict the means (for ablations): the search never turns them back on */
  restrict?: Partial<Pick<Knobs, 'sea' | 'air' | 'missileDefence'>> & { prepo?: boolean; surge?: boolean };
}

export interface Trajectory {
  knobs: Knobs;
  /** states at the start of each day from the plan's first day, and the final state last */
  states: GameState[];
  orders: Command[][];
  final: GameState;
  value: number;
}

export function valueOf(s: GameState, level: Level): number {
  if (s.status === 'won') return 1e9 - s.readinessDay! * 1e5 + Math.min(s.deterred, 60) * 100 - s.peakLadder * 300 + s.unity;
  if (s.status === 'playing') return -Infinity;
  const pr = winProgress(s, indexLevel(level));
  const closeness = (Math.min(pr.ready, pr.readyNeeded) / pr.readyNeeded) * 1000
    + (Math.min(pr.core, pr.coreNeeded) / Math.max(1, pr.coreNeeded)) * 300
    + pr.axes.reduce((t, a) => t + (Math.min(a.credibility, a.bar) / Math.max(1, a.bar)) * 300, 0);
  return -1e9 + s.day * 1e4 + closeness;
}

/** Play the policy from `s0` to the end (or until `cutoff`: no win possible on or before it). */
export function rollout(s0: GameState, level: Level, prep: Prep, k: Knobs, cutoff = Infinity): Trajectory {
  let s = s0;
  const states = [s0];
  const orders: Command[][] = [];
  // Past the cut-off only a game already stood up plays on: its guarantee test decides it.
  while (s.status === 'playing' && (s.readinessDay !== null || s.day <= cutoff)) {
    const p = dayOrders(s, level, prep, k);
    orders.push(p.orders);
    s = endDay(p.state, level).state;
    states.push(s);
  }
  return { knobs: k, states, orders, final: s, value: valueOf(s, level) };
}

/** Cut-off day for a challenger: after the incumbent's readiness day nothing can beat it. */
function cutoffFor(best: Trajectory | null): number {
  return best && best.final.status === 'won' ? best.final.readinessDay! : Infinity;
}

function rankCoreHubs(prep: Prep): number[] {
  const { ix } = prep;
  const cost = new Map<number, number>();
  for (const h of prep.hubs) {
    let c = 0;
    ix.formations.forEach((f, i) => {
      if (!f.hr) return;
      const surface = prep.surface[i]![h]!;
      const air = prep.air[i]![h] && f.light ? 1 : Infinity;
      c += Math.min(Number.isFinite(surface) ? surface : 40, air);
    });
    cost.set(h, c);
  }
  return prep.hubs.slice().sort((a, b) => cost.get(a)! - cost.get(b)! || a - b);
}

function rankStockHubs(prep: Prep): number[] {
  const { ix } = prep;
  const r = ix.rules;
  const users = new Map<number, number>();
  for (const h of prep.hubs) {
    if (!ix.airfield[h]) continue;
    let n = 0;
    ix.formations.forEach((f, i) => { if (!f.light && f.strength <= r.prepoTroops && prep.air[i]![h]) n++; });
    if (n > 0) users.set(h, n);
  }
  return [...users.keys()].sort((a, b) => users.get(b)! - users.get(a)! || a - b);
}

export function baseKnobs(prep: Prep, opts: SearchOptions): Knobs {
  const core = rankCoreHubs(prep);
  const restrict = opts.restrict ?? {};
  const stock = restrict.prepo === false || restrict.air === false ? [] : rankStockHubs(prep);
  return {
    coreHub: core[0] ?? -1,
    order: 'lead',
    hrFirst: true,
    margin: 1.08,
    prepo: stock.slice(0, 5),
    prepoCredit: false,
    hold: stock.length ? 6 : 0,
    stockMinSave: 3,
    protocolDay: 2,
    plans: 'need',
    md: 'troops',
    surge: restrict.surge === false ? 'none' : 'heavy',
    commit: false,
    exercise: 'asap',
    exerciseAll: false,
    needWeight: 0.3,
    barMargin: 4,
    // A deck that cuts US support deeply is planned for from the start: a player can read the cards.
    europe: prep.ix.level.deck.some((c) => (c.effect.support?.cut ?? 0) >= 40 && c.chance >= 50),
    isrFirst: -1,
    sea: restrict.sea ?? true,
    air: restrict.air ?? true,
    missileDefence: restrict.missileDefence ?? true,
    closeOut: true,
    forced: new Map(),
  };
}

/** Single changes of the knobs worth a rollout each, most promising first. */
function variations(prep: Prep, k: Knobs, opts: SearchOptions): Array<Partial<Knobs>> {
  const core = rankCoreHubs(prep);
  const stock = opts.restrict?.prepo === false || opts.restrict?.air === false ? [] : rankStockHubs(prep);
  const out: Array<Partial<Knobs>> = [];
  for (const h of core.slice(0, 3)) if (h !== k.coreHub) out.push({ coreHub: h });
  out.push({ margin: k.margin > 1.1 ? 1.02 : 1.25 });
  out.push({ protocolDay: k.protocolDay === 0 ? 2 : 0 });
  out.push({ order: k.order === 'lead' ? 'notice' : 'lead' });
  out.push({ hrFirst: !k.hrFirst });
  out.push({ commit: !k.commit });
  out.push({ exercise: k.exercise === 'asap' ? 'gathered' : 'asap' });
  out.push({ md: k.md === 'troops' ? 'strikes' : 'troops' });
  out.push({ needWeight: k.needWeight > 0.5 ? 0.3 : 1 });
  out.push({ barMargin: k.barMargin > 4 ? 2 : 8 });
  out.push({ plans: k.plans === 'need' ? 'early' : 'need' });
  if (stock.length) {
    out.push({ prepo: k.prepo.length ? [] : stock.slice(0, 3) });
    if (k.prepo.length) out.push({ prepo: stock.slice(0, 2), hold: 10 });
    if (k.prepo.length) out.push({ stockMinSave: k.stockMinSave > 1 ? 1 : 3 });
  }
  out.push({ exerciseAll: !k.exerciseAll });
  out.push({ europe: !k.europe });
  out.push({ prepoCredit: !k.prepoCredit });
  if (opts.restrict?.surge !== false) out.push({ surge: k.surge === 'heavy' ? 'any' : 'heavy' });
  out.push({ margin: 1.4 });
  out.push({ protocolDay: 6 });
  prep.ix.level.axes.forEach((_, a) => { if (a !== k.isrFirst) out.push({ isrFirst: a }); });
  if (k.md !== 'react') out.push({ md: 'react' });
  return out;
}

function withKnobs(k: Knobs, change: Partial<Knobs>): Knobs {
  return { ...k, ...change };
}

export class Search {
  private used = 0;
  best: Trajectory | null = null;
  readonly prep: Prep;

  constructor(private readonly s0: GameState, private readonly level: Level, private readonly opts: SearchOptions) {
    this.prep = prepare(level, s0);
  }

  private left(): boolean { return this.used < this.opts.budget; }

  /** Play a challenger from the start, or from day `from` of the incumbent's trajectory. */
  private challenge(k: Knobs, from = -1): boolean {
    this.used++;
    const inc = this.best;
    if (inc && from >= 0) {
      const i = from - inc.states[0]!.day;
      if (i < 0 || i >= inc.states.length - 1) return false;
      const tail = rollout(inc.states[i]!, this.level, this.prep, k, cutoffFor(inc));
      if (tail.value <= inc.value) return false;
      this.best = {
        knobs: k,
        states: [...inc.states.slice(0, i), ...tail.states],
        orders: [...inc.orders.slice(0, i), ...tail.orders],
        final: tail.final,
        value: tail.value,
      };
      return true;
    }
    const t = rollout(this.s0, this.level, this.prep, k, cutoffFor(inc));
    if (inc && t.value <= inc.value) return false;
    this.best = t;
    return true;
  }

  run(): Trajectory {
    this.challenge(baseKnobs(this.prep, this.opts));
    // Hill-climb on the knobs: each round tries every single change of the best plan's knobs and
    // keeps each one that plays better at once (first improvement); a round that finds nothing
    // ends the climb, and so does spending 70% of the budget (the injections get the rest).
    const climbBudget = Math.ceil(this.opts.budget * 0.7);
    const tried = new Set<string>([knobKey(this.best!.knobs)]);
    for (let round = 0; round < 4 && this.used < climbBudget; round++) {
      let improved = false;
      for (const change of variations(this.prep, this.best!.knobs, this.opts)) {
        if (this.used >= climbBudget) break;
        const k = withKnobs(this.best!.knobs, change);
        const key = knobKey(k);
        if (tried.has(key)) continue;
        tried.add(key);
        if (this.challenge(k)) improved = true;
      }
      if (!improved) break;
    }
    // Answers to the events that landed.
    this.inject();
    return this.best!;
  }

  private inject(): void {
    const level = this.level;
    const seen = new Set<string>();
    for (let round = 0; round < 3 && this.left(); round++) {
      const inc = this.best!;
      const landed = inc.final.events.filter((e) => e.outcome === 2 && level.deck[e.card]!.deterrable);
      let improved = false;
      for (const e of landed) {
        const card = level.deck[e.card]!;
        const axis = card.axis as AxisId;
        const tries: Array<[number, Command[]]> = [
          [e.day, [{ type: 'surge', axis }]],
          [e.day - 1, [{ type: 'commit', axis }]],
          [e.day - 1, [{ type: 'allocate', enabler: 'isr', axis }]],
          [e.day - 2, [{ type: 'surge', axis }]],
        ];
        if (card.target) tries.push([e.day - 1, [{ type: 'reassure', nation: card.target }]]);
        if (card.effect.strike) tries.push([e.day - 1, [{ type: 'allocate', enabler: 'missileDefence', hub: card.effect.strike.hub }]]);
        if (card.effect.unity) tries.push([e.day - 1, [{ type: 'summit' }]]);
        for (const [day, cmds] of tries) {
          if (!this.left()) return;
          const first = this.best!.states[0]!.day;
          if (day < first || day > this.best!.final.day) continue;
          const key = `${day}:${JSON.stringify(cmds)}`;
          if (seen.has(key)) continue;
          seen.add(key);
          // Only worth a rollout if the orders are legal on that day.
          const st = this.best!.states[day - first]!;
          if (cmds.some((c) => isRefusal(evaluateCommand(st, level, c)))) continue;
          const k = this.best!.knobs;
          const forced = new Map(k.forced);
          forced.set(day, [...(forced.get(day) ?? []), ...cmds]);
          if (this.challenge({ ...k, forced }, day)) improved = true;
        }
      }
      if (!improved) break;
    }
  }
}

/** The knobs as a string, to try each combination once (the injections are not part of it). */
function knobKey(k: Knobs): string {
  const { forced: _forced, ...rest } = k;
  return JSON.stringify(rest);
}
