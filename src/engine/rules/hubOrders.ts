import { STAFF_COST } from '../commands';
import type { LevelIndex } from '../levelIndex';
import { msg } from '../messages/message';
import { refuse } from '../refusals';
import { isReady } from '../selectors';
import type { GameState } from '../state';
import { own } from '../draft';
import { orderPlan, type RuleAnswer } from './orderPlan';
import { nodeIndex, replaceFormation } from './lookups';

/** Pre-position a set of heavy equipment at a staging airfield: budget now, ready in some days. */
export function planPreposition(s: GameState, ix: LevelIndex, hub: unknown): RuleAnswer {
  const ni = nodeIndex(ix, hub);
  if (typeof ni !== 'number') return ni;
  const r = ix.rules;
  const node = ix.level.nodes[ni]!.id;
  if (!ix.staging[ni]) return refuse(ix, 'notStagingHub', { node });
  if (!ix.airfield[ni]) return refuse(ix, 'notAirfield', { node });
  if (s.prepo.some((p) => p.node === ni && (p.daysLeft > 0 || p.troops > 0))) return refuse(ix, 'prepoExists', { node });
  if (s.budget < r.prepoBudget) return refuse(ix, 'noBudget', { cost: r.prepoBudget, budget: s.budget });
  const day = s.day + r.prepoDays - 1;
  return orderPlan(ix, {
    role: 'lead',
    cost: STAFF_COST.preposition,
    message: msg('preposition', { troops: r.prepoTroops, node, day, cost: r.prepoBudget, credibility: r.prepoCredibility }),
    detail: { readyDay: day },
    apply: (d) => {
      d.budget -= r.prepoBudget;
      d.prepo = [...d.prepo.filter((p) => p.node !== ni), { node: ni, troops: r.prepoTroops, daysLeft: r.prepoDays }];
    },
  });
}

/** Formations at a hub that can join an exercise: ready and not already in one. */
export function exerciseCandidates(s: GameState, ni: number): number[] {
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
  const node = ix.level.nodes[ni]!.id;
  if (!ix.staging[ni]) return refuse(ix, 'notStagingHub', { node });
  if (s.exercises.some((e) => e.node === ni)) return refuse(ix, 'exerciseRunning', { node });
  const who = exerciseCandidates(s, ni);
  const nations = new Set(who.map((i) => ix.formations[i]!.nation));
  if (nations.size < 2) return refuse(ix, 'exerciseNations', { node, count: nations.size });
  const certified = who.filter((i) => ix.formations[i]!.hr).length;
  const day = s.day + r.exerciseDays - 1;
  return orderPlan(ix, {
    role: 'lead',
    cost: STAFF_COST.exercise,
    message: msg('exercise', {
      count: who.length, nations: nations.size, node, days: r.exerciseDays, day, interop: r.exerciseInterop,
      certified, credibility: r.exerciseCredibility, window: r.exerciseCredibilityDays,
    }),
    detail: { readyDay: day },
    apply: (d) => {
      for (const i of who) replaceFormation(d, i, { busyDays: r.exerciseDays });
      own(d, 'exercises').push({ node: ni, daysLeft: r.exerciseDays, formations: who });
    },
  });
}
