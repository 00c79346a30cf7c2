import { STAFF_COST } from '../commands';
import type { LevelIndex } from '../levelIndex';
import { refuse } from '../refusals';
import { isReady } from '../selectors';
import type { GameState } from '../state';
import { own } from '../draft';
import { thousands } from '../format';
import type { RuleAnswer } from './orderPlan';
import { nodeIndex, nodeName, replaceFormation } from './lookups';

/** Pre-position a set of heavy equipment at a staging airfield: budget now, ready in some days. */
export function planPreposition(s: GameState, ix: LevelIndex, hub: unknown): RuleAnswer {
  const ni = nodeIndex(ix, hub);
  if (typeof ni !== 'number') return ni;
  const r = ix.rules;
  if (!ix.staging[ni]) return refuse('notStagingHub', { node: nodeName(ix, ni) });
  if (!ix.airfield[ni]) return refuse('notAirfield', { node: nodeName(ix, ni) });
  if (s.prepo.some((p) => p.node === ni && (p.daysLeft > 0 || p.troops > 0))) return refuse('prepoExists', { node: nodeName(ix, ni) });
  if (s.budget < r.prepoBudget) return refuse('noBudget', { cost: r.prepoBudget, budget: s.budget });
  return {
    role: 'lead',
    cost: STAFF_COST.preposition,
    get effect() { return `Equipment for ${thousands(r.prepoTroops)} troops is stocked at ${nodeName(ix, ni)} by the end of day ${s.day + r.prepoDays - 1} (budget ${r.prepoBudget}); formations flown in then are ready on landing, and the stock adds ${r.prepoCredibility} credibility.`; },
    detail: { readyDay: s.day + r.prepoDays - 1 },
    apply: (d) => {
      d.budget -= r.prepoBudget;
      d.prepo = [...d.prepo.filter((p) => p.node !== ni), { node: ni, troops: r.prepoTroops, daysLeft: r.prepoDays }];
    },
  };
}

/** Formations at a hub that can join an exercise: ready and not already in one. */
export function exerciseCandidates(s: GameState, ix: LevelIndex, ni: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.formations.length; i++) {
    const f = s.formations[i]!;
    if (f.node === ni && isReady(f) && f.busyDays === 0) out.push(i);
  }
  return out;
}

/** A joint exercise of two or more nations: raises interoperability, certifies high-readiness units. */
export function planExercise(s: GameState, ix: LevelIndex, hub: unknown): RuleAnswer {
  const ni = nodeIndex(ix, hub);
  if (typeof ni !== 'number') return ni;
  const r = ix.rules;
  if (!ix.staging[ni]) return refuse('notStagingHub', { node: nodeName(ix, ni) });
  if (s.exercises.some((e) => e.node === ni)) return refuse('exerciseRunning', { node: nodeName(ix, ni) });
  const who = exerciseCandidates(s, ix, ni);
  const nations = new Set(who.map((i) => ix.formations[i]!.nation));
  if (nations.size < 2) return refuse('exerciseNations', { node: nodeName(ix, ni), count: nations.size });
  const hr = who.filter((i) => ix.formations[i]!.hr).length;
  return {
    role: 'lead',
    cost: STAFF_COST.exercise,
    get effect() { return `${who.length} formations of ${nations.size} nations exercise at ${nodeName(ix, ni)} for ${r.exerciseDays} days (until the end of day ${s.day + r.exerciseDays - 1}): interoperability +${r.exerciseInterop}, ${hr} high-readiness formation(s) certified, credibility +${r.exerciseCredibility} on the hub's axes for ${r.exerciseCredibilityDays} days.`; },
    detail: { readyDay: s.day + r.exerciseDays - 1 },
    apply: (d) => {
      for (const i of who) replaceFormation(d, i, { busyDays: r.exerciseDays });
      own(d, 'exercises').push({ node: ni, daysLeft: r.exerciseDays, formations: who });
    },
  };
}
