import { STAFF_COST } from '../commands';
import type { LevelIndex } from '../levelIndex';
import { refuse } from '../refusals';
import type { GameState } from '../state';
import { own } from '../draft';
import { readyOnAxis } from '../selectors';
import { thousands } from '../format';
import type { RuleAnswer } from './orderPlan';
import { axisIndex, axisName, nationIndex, nationName } from './lookups';

const progressWords = (v: number) => (v === 0 ? 'in force' : `being drafted (${v} day(s) left)`);

/** A contingency plan for an axis: staff work over days, then credibility and a faster response. */
export function planPlan(s: GameState, ix: LevelIndex, axis: unknown): RuleAnswer {
  const ai = axisIndex(ix, axis);
  if (typeof ai !== 'number') return ai;
  const r = ix.rules;
  const cur = s.plans[ai]!;
  if (cur >= 0) return refuse('planExists', { axis: axisName(ix, ai), state: progressWords(cur) });
  return {
    role: 'lead',
    cost: STAFF_COST.plan,
    get effect() { return `Staff draft the ${axisName(ix, ai)} contingency plan, in force at the end of day ${s.day + r.planDays - 1}: credibility +${r.planCredibility} there.`; },
    detail: { readyDay: s.day + r.planDays - 1 },
    apply: (d) => { own(d, 'plans')[ai] = r.planDays; },
  };
}

/** The rapid-reaction protocol: coalition-wide, once; needs unity; shortens every notice-to-move. */
export function planProtocol(s: GameState, ix: LevelIndex): RuleAnswer {
  const r = ix.rules;
  if (s.protocol >= 0) return refuse('protocolExists', { state: progressWords(s.protocol) });
  if (s.unity < r.protocolUnityNeeded) return refuse('lowUnity', { unity: s.unity, needed: r.protocolUnityNeeded });
  return {
    role: 'lead',
    cost: STAFF_COST.protocol,
    get effect() { return `Guarantors agree pre-set triggers, in force at the end of day ${s.day + r.protocolDays - 1}: every notice-to-move one day shorter, credibility +${r.protocolCredibility} on every axis.`; },
    detail: { readyDay: s.day + r.protocolDays - 1 },
    apply: (d) => { d.protocol = r.protocolDays; },
  };
}

/** A summit: every nation's will and the coalition's unity up; costly in staff time. */
export function planSummit(s: GameState, ix: LevelIndex): RuleAnswer {
  const r = ix.rules;
  const next = s.summitDay + r.summitCooldown;
  if (s.summitDay > 0 && s.day < next) return refuse('summitCooldown', { last: s.summitDay, next });
  return {
    role: 'lead',
    cost: STAFF_COST.summit,
    get effect() { return `Leaders meet: every guarantor's will +${r.summitWill}, unity +${r.summitUnity}.`; },
    detail: {},
    apply: (d) => {
      d.summitDay = d.day;
      const will = own(d, 'will');
      for (let i = 0; i < will.length; i++) will[i] = Math.min(100, will[i]! + r.summitWill);
      d.unity = Math.min(100, d.unity + r.summitUnity);
    },
  };
}

/** Bilateral reassurance: one nation's will up. */
export function planReassure(s: GameState, ix: LevelIndex, nation: unknown): RuleAnswer {
  const ni = nationIndex(ix, nation);
  if (typeof ni !== 'number') return ni;
  const r = ix.rules;
  const last = s.reassuredDay[ni]!;
  if (last > 0 && s.day < last + r.reassureCooldown) return refuse('reassureCooldown', { nation: nationName(ix, ni), last, next: last + r.reassureCooldown });
  if (s.will[ni]! >= 100) return refuse('willFull', { nation: nationName(ix, ni) });
  return {
    role: 'lead',
    cost: STAFF_COST.reassure,
    get effect() { return `${nationName(ix, ni)}'s will rises from ${s.will[ni]} to ${Math.min(100, s.will[ni]! + r.reassureWill)}.`; },
    detail: {},
    apply: (d) => {
      own(d, 'will')[ni] = Math.min(100, d.will[ni]! + r.reassureWill);
      own(d, 'reassuredDay')[ni] = d.day;
    },
  };
}

/** A public commitment: credibility now, but the promised troops must then be on the axis in time. */
export function planCommit(s: GameState, ix: LevelIndex, axis: unknown): RuleAnswer {
  const ai = axisIndex(ix, axis);
  if (typeof ai !== 'number') return ai;
  const r = ix.rules;
  const cur = s.commitments.find((c) => c.axis === ai);
  if (cur) return refuse('commitExists', { axis: axisName(ix, ai), state: cur.state === 'open' ? `open until day ${cur.byDay}` : cur.state });
  const byDay = s.day + r.commitDays - 1;
  const troops = readyOnAxis(s, ix, ai) + r.commitTroops;
  return {
    role: 'lead',
    cost: STAFF_COST.commit,
    get effect() { return `The coalition promises ${thousands(troops)} ready troops on the ${axisName(ix, ai)} axis (${thousands(r.commitTroops)} more than today) by the end of day ${byDay}: credibility +${r.commitCredibility} there now; if kept, unity +${r.commitKeptUnity}; if broken, unity −${r.commitBrokenUnity} and the credibility is lost.`; },
    detail: { readyDay: byDay },
    apply: (d) => { own(d, 'commitments').push({ axis: ai, byDay, troops, state: 'open' }); },
  };
}
