import { STAFF_COST } from '../commands';
import type { LevelIndex } from '../levelIndex';
import { msg } from '../messages/message';
import { refuse } from '../refusals';
import type { GameState } from '../state';
import { readyOnAxis } from '../selectors';
import { own } from '../draft';
import { orderPlan, type RuleAnswer } from './orderPlan';
import { axisIndex, nationIndex } from './lookups';

/** A plan or the protocol: 0 in force, >0 days of drafting left. */
const progress = (v: number): Record<string, string | number> => (v === 0 ? { state: 'inForce' } : { state: 'drafting', days: v });

/** A contingency plan for an axis: staff work over days, then credibility there. */
export function planPlan(s: GameState, ix: LevelIndex, axis: unknown): RuleAnswer {
  const ai = axisIndex(ix, axis);
  if (typeof ai !== 'number') return ai;
  const r = ix.rules;
  const cur = s.plans[ai]!;
  const id = ix.level.axes[ai]!.id;
  if (cur >= 0) return refuse(ix, 'planExists', { axis: id, ...progress(cur) });
  const day = s.day + r.planDays - 1;
  return orderPlan(ix, {
    role: 'lead',
    cost: STAFF_COST.plan,
    message: msg('plan', { axis: id, day, credibility: r.planCredibility }),
    detail: { readyDay: day },
    apply: (d) => { own(d, 'plans')[ai] = r.planDays; },
  });
}

/** The rapid-reaction protocol: coalition-wide, once; needs unity; shortens every notice-to-move. */
export function planProtocol(s: GameState, ix: LevelIndex): RuleAnswer {
  const r = ix.rules;
  if (s.protocol >= 0) return refuse(ix, 'protocolExists', progress(s.protocol));
  if (s.unity < r.protocolUnityNeeded) return refuse(ix, 'lowUnity', { unity: s.unity, needed: r.protocolUnityNeeded });
  const day = s.day + r.protocolDays - 1;
  return orderPlan(ix, {
    role: 'lead',
    cost: STAFF_COST.protocol,
    message: msg('protocol', { day, credibility: r.protocolCredibility }),
    detail: { readyDay: day },
    apply: (d) => { d.protocol = r.protocolDays; },
  });
}

/** A summit: every nation's will and the coalition's unity up; costly in staff time. */
export function planSummit(s: GameState, ix: LevelIndex): RuleAnswer {
  const r = ix.rules;
  const next = s.summitDay + r.summitCooldown;
  if (s.summitDay > 0 && s.day < next) return refuse(ix, 'summitCooldown', { last: s.summitDay, next });
  return orderPlan(ix, {
    role: 'lead',
    cost: STAFF_COST.summit,
    message: msg('summit', { will: r.summitWill, unity: r.summitUnity }),
    detail: {},
    apply: (d) => {
      d.summitDay = d.day;
      const will = own(d, 'will');
      for (let i = 0; i < will.length; i++) will[i] = Math.min(100, will[i]! + r.summitWill);
      d.unity = Math.min(100, d.unity + r.summitUnity);
    },
  });
}

/** Bilateral reassurance: one nation's will up. */
export function planReassure(s: GameState, ix: LevelIndex, nation: unknown): RuleAnswer {
  const ni = nationIndex(ix, nation);
  if (typeof ni !== 'number') return ni;
  const r = ix.rules;
  const id = ix.level.nations[ni]!.id;
  const last = s.reassuredDay[ni]!;
  if (last > 0 && s.day < last + r.reassureCooldown) return refuse(ix, 'reassureCooldown', { nation: id, last, next: last + r.reassureCooldown });
  if (s.will[ni]! >= 100) return refuse(ix, 'willFull', { nation: id });
  return orderPlan(ix, {
    role: 'lead',
    cost: STAFF_COST.reassure,
    message: msg('reassure', { nation: id, from_will: s.will[ni]!, to_will: Math.min(100, s.will[ni]! + r.reassureWill) }),
    detail: {},
    apply: (d) => {
      own(d, 'will')[ni] = Math.min(100, d.will[ni]! + r.reassureWill);
      own(d, 'reassuredDay')[ni] = d.day;
    },
  });
}

/** A public commitment: credibility now, but the promised troops must then be on the axis in time. */
export function planCommit(s: GameState, ix: LevelIndex, axis: unknown): RuleAnswer {
  const ai = axisIndex(ix, axis);
  if (typeof ai !== 'number') return ai;
  const r = ix.rules;
  const id = ix.level.axes[ai]!.id;
  const cur = s.commitments.find((c) => c.axis === ai);
  if (cur) return refuse(ix, 'commitExists', { axis: id, state: cur.state, until: cur.byDay });
  const byDay = s.day + r.commitDays - 1;
  const troops = readyOnAxis(s, ix, ai) + r.commitTroops;
  return orderPlan(ix, {
    role: 'lead',
    cost: STAFF_COST.commit,
    message: msg('commit', {
      troops, axis: id, more: r.commitTroops, day: byDay, credibility: r.commitCredibility, kept: r.commitKeptUnity, broken: r.commitBrokenUnity,
    }),
    detail: { readyDay: byDay },
    apply: (d) => { own(d, 'commitments').push({ axis: ai, byDay, troops, state: 'open' }); },
  });
}

/**
 * European lift: the A400M fleets and the C-17s of NATO's Strategic Airlift Capability, pooled
 * for the guarantee. Small and slow to arrange (docs/design.md section 3): it does not replace US airlift, but it
 * lets a European core reach its hub when US lift is cut.
 */
export function planEuroLift(s: GameState, ix: LevelIndex): RuleAnswer {
  const r = ix.rules;
  if (r.euroLiftSorties === 0) return refuse(ix, 'noEuroLift');
  if (s.euroLift >= 0) return refuse(ix, 'euroLiftExists', progress(s.euroLift));
  if (s.budget < r.euroLiftBudget) return refuse(ix, 'noBudget', { cost: r.euroLiftBudget, budget: s.budget });
  const day = s.day + r.euroLiftDays - 1;
  return orderPlan(ix, {
    role: 'lead',
    cost: STAFF_COST.euroLift,
    message: msg('euroLift', { day, sorties: r.euroLiftSorties, cost: r.euroLiftBudget }),
    detail: { readyDay: day },
    apply: (d) => { d.euroLift = r.euroLiftDays; d.budget -= r.euroLiftBudget; },
  });
}
