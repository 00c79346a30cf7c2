import { STAFF_COST, type Command } from '../commands';
import { NETWORKS } from '../ids';
import type { LevelIndex } from '../levelIndex';
import { refuse } from '../refusals';
import { capacityOf } from '../selectors';
import type { GameState } from '../state';
import { own } from '../draft';
import type { RuleAnswer } from './orderPlan';
import { openRng } from '../rng';
import { stepLadder } from '../ladder';
import { axisIndex, axisName, formationIndex, nodeIndex, nodeName } from './lookups';

type Allocate = Extract<Command, { type: 'allocate' }>;

const ENABLER_NAMES = { isr: 'ISR', missileDefence: 'Missile defence', cyber: 'Cyber defence', training: 'Training', munitions: 'Munitions' } as const;

/**
 * Allocate a US enabler. Allocations persist; when every unit of capacity is in use the oldest
 * allocation is moved to the new target (the order panel says which).
 */
export function planAllocate(s: GameState, ix: LevelIndex, cmd: Allocate): RuleAnswer {
  const r = ix.rules;
  if (cmd.enabler === 'munitions') {
    const cap = capacityOf(s, ix, 'munitions');
    if (cap === 0) return refuse('noCapacity', { enabler: ENABLER_NAMES.munitions });
    const running = s.munitions.length;
    if (running >= cap) return refuse('noMunitions', { cap });
    const day = s.day + r.munitionsDays - 1;
    return {
      role: 'us', cost: STAFF_COST.allocate,
      get effect() { return `A munitions and financing programme for Ukraine delivers at the end of day ${day}: resilience +${r.munitionsResilience}, which lowers Moscow's resolve.`; },
      detail: { readyDay: day },
      apply: (d) => { own(d, 'munitions').push(day); },
    };
  }
  let target: number;
  let targetName: string;
  let effect: string;
  const kind = cmd.enabler;
  if (kind === 'isr') {
    const ai = axisIndex(ix, cmd.axis);
    if (typeof ai !== 'number') return ai;
    target = ai; targetName = `the ${axisName(ix, ai)} axis`;
    effect = `ISR watches ${targetName}: its events show ${r.isrWarningDays} day(s) earlier; credibility +${r.isrCredibility} there.`;
  } else if (kind === 'missileDefence') {
    const ni = nodeIndex(ix, cmd.hub);
    if (typeof ni !== 'number') return ni;
    if (!ix.staging[ni]) return refuse('notStagingHub', { node: nodeName(ix, ni) });
    target = ni; targetName = nodeName(ix, ni);
    effect = `A missile-defence battery covers ${targetName}: strikes there are intercepted; credibility +${r.batteryCredibility} on its axes.`;
  } else if (kind === 'cyber') {
    const net = ix.networkIndex.get(String(cmd.network));
    if (net === undefined) return refuse('malformed', { detail: `unknown network "${String(cmd.network)}"` });
    target = net; targetName = `the ${NETWORKS[net]} network`;
    effect = `A cyber-defence team guards ${targetName}: cyber attacks and sabotage there are blunted.`;
  } else if (kind === 'training') {
    const fi = formationIndex(ix, cmd.formation);
    if (typeof fi !== 'number') return fi;
    const f = s.formations[fi]!;
    const def = ix.formations[fi]!;
    if (f.status === 'reserve') return refuse('notMobilised', { name: def.name });
    if (f.interop >= 100) return refuse('trainingDone', { name: def.name });
    target = fi; targetName = def.name;
    effect = `US trainers join ${def.name}: interoperability +${r.trainingPerDay} a day (now ${f.interop}).`;
  } else {
    return refuse('malformed', { detail: `unknown enabler "${String((cmd as { enabler: unknown }).enabler)}"` });
  }
  const cap = capacityOf(s, ix, kind);
  if (cap === 0) return refuse('noCapacity', { enabler: ENABLER_NAMES[kind] });
  const list = s.alloc[kind];
  const active = list.slice(0, cap);
  if (active.includes(target)) return refuse('alreadyAllocated', { enabler: ENABLER_NAMES[kind], target: targetName });
  // At capacity, the oldest active allocation is the one reassigned.
  const replaces = active.length >= cap ? active[0] : undefined;
  const replacedName = replaces === undefined ? undefined : describeTarget(ix, kind, replaces);
  return {
    role: 'us', cost: STAFF_COST.allocate,
    get effect() { return replacedName ? `${effect} (moved from ${replacedName}.)` : effect; },
    detail: replacedName ? { replaces: replacedName } : {},
    apply: (d) => {
      const next = d.alloc[kind].slice(0, cap);
      if (next.length >= cap) next.shift();
      next.push(target);
      d.alloc = { ...d.alloc, [kind]: next };
    },
  };
}

function describeTarget(ix: LevelIndex, kind: 'isr' | 'missileDefence' | 'cyber' | 'training', t: number): string {
  if (kind === 'isr') return `the ${axisName(ix, t)} axis`;
  if (kind === 'missileDefence') return nodeName(ix, t);
  if (kind === 'cyber') return `the ${NETWORKS[t]} network`;
  return ix.formations[t]!.name;
}

/** The US air and naval surge in nearby NATO states: big, short credibility; risks escalation. */
export function planSurge(s: GameState, ix: LevelIndex, axis: unknown): RuleAnswer {
  const ai = axisIndex(ix, axis);
  if (typeof ai !== 'number') return ai;
  const r = ix.rules;
  const cap = ix.level.enablers.surge;
  if (s.surgesUsed >= cap) return refuse('noSurge', { used: s.surgesUsed, cap });
  if (s.surge && s.surge.until >= s.day) return refuse('surgeActive', { axis: axisName(ix, s.surge.axis), until: s.surge.until });
  const until = s.day + r.surgeDays - 1;
  return {
    role: 'us', cost: STAFF_COST.surge,
    get effect() { return `US air and naval power surges near the ${axisName(ix, ai)} axis until the end of day ${until}: credibility +${r.surgeCredibility} there; ${r.surgeRiskPercent}% risk that Moscow answers by climbing a rung.`; },
    detail: { readyDay: until },
    apply: (d, extra) => {
      d.surge = { axis: ai, until };
      d.surgesUsed += 1;
      const rng = openRng(d.rng);
      const roll = rng.int(100);
      d.rng = rng.state();
      const escalated = roll < r.surgeRiskPercent;
      extra.push({ t: 'surgeRisk', day: d.day, roll, chance: r.surgeRiskPercent, escalated });
      if (escalated) stepLadder(d, 1, 'Moscow answers the US surge', extra);
    },
  };
}
