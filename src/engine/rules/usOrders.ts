import { STAFF_COST, type Command } from '../commands';
import { NETWORKS } from '../ids';
import type { LevelIndex } from '../levelIndex';
import { msg, type Message } from '../messages/message';
import { refuse, type RefusalCode } from '../refusals';
import { capacityOf, usSupport } from '../selectors';
import type { GameState } from '../state';
import { own } from '../draft';
import { openRng } from '../rng';
import { stepLadder } from '../ladder';
import { orderPlan, type RuleAnswer } from './orderPlan';
import { axisIndex, formationIndex, nodeIndex } from './lookups';

type Allocate = Extract<Command, { type: 'allocate' }>;
type Persistent = 'isr' | 'missileDefence' | 'cyber' | 'training';

/** How each kind of allocation names its target in messages: the parameter and the refusal. */
const TARGET: Record<Persistent, { param: string; taken: RefusalCode; moved: string }> = {
  isr: { param: 'axis', taken: 'alreadyAllocatedAxis', moved: 'movedFromAxis' },
  missileDefence: { param: 'node', taken: 'alreadyAllocatedNode', moved: 'movedFromNode' },
  cyber: { param: 'network', taken: 'alreadyAllocatedNetwork', moved: 'movedFromNetwork' },
  training: { param: 'formation', taken: 'alreadyAllocatedFormation', moved: 'movedFromFormation' },
};

function targetId(ix: LevelIndex, kind: Persistent, t: number): string {
  if (kind === 'isr') return ix.level.axes[t]!.id;
  if (kind === 'missileDefence') return ix.level.nodes[t]!.id;
  if (kind === 'cyber') return NETWORKS[t]!;
  return ix.formations[t]!.id;
}

/**
 * Allocate a US enabler. Allocations persist; when every unit of capacity is in use the oldest
 * allocation is moved to the new target (the order panel says which).
 */
export function planAllocate(s: GameState, ix: LevelIndex, cmd: Allocate): RuleAnswer {
  const r = ix.rules;
  if (cmd.enabler === 'munitions') {
    const cap = capacityOf(s, ix, 'munitions');
    if (cap === 0) return refuse(ix, 'noCapacity', { enabler: 'munitions' });
    if (s.munitions.length >= cap) return refuse(ix, 'noMunitions', { cap });
    const day = s.day + r.munitionsDays - 1;
    return orderPlan(ix, {
      role: 'us', cost: STAFF_COST.allocate,
      message: msg('munitions', { day, resilience: r.munitionsResilience }),
      detail: { readyDay: day },
      apply: (d) => { own(d, 'munitions').push(day); },
    });
  }
  const kind = cmd.enabler;
  let target: number;
  let message: Message;
  if (kind === 'isr') {
    const ai = axisIndex(ix, cmd.axis);
    if (typeof ai !== 'number') return ai;
    target = ai;
    message = msg('isr', { axis: ix.level.axes[ai]!.id, days: r.isrWarningDays, credibility: r.isrCredibility });
  } else if (kind === 'missileDefence') {
    const ni = nodeIndex(ix, cmd.hub);
    if (typeof ni !== 'number') return ni;
    if (!ix.staging[ni]) return refuse(ix, 'notStagingHub', { node: ix.level.nodes[ni]!.id });
    target = ni;
    message = msg('missileDefence', { node: ix.level.nodes[ni]!.id, credibility: r.batteryCredibility });
  } else if (kind === 'cyber') {
    const net = ix.networkIndex.get(String(cmd.network));
    if (net === undefined) return refuse(ix, 'malformed', { detail: `unknown network "${String(cmd.network)}"` });
    target = net;
    message = msg('cyber', { network: NETWORKS[net]! });
  } else if (kind === 'training') {
    const fi = formationIndex(ix, cmd.formation);
    if (typeof fi !== 'number') return fi;
    const f = s.formations[fi]!;
    const def = ix.formations[fi]!;
    if (f.status === 'reserve') return refuse(ix, 'notMobilised', { formation: def.id });
    if (f.interop >= 100) return refuse(ix, 'trainingDone', { formation: def.id });
    target = fi;
    message = msg('training', { formation: def.id, perDay: r.trainingPerDay, interop: f.interop });
  } else {
    return refuse(ix, 'malformed', { detail: `unknown enabler "${String((cmd as { enabler: unknown }).enabler)}"` });
  }
  const cap = capacityOf(s, ix, kind);
  if (cap === 0) return refuse(ix, 'noCapacity', { enabler: kind });
  const active = s.alloc[kind].slice(0, cap);
  const t = TARGET[kind];
  if (active.includes(target)) return refuse(ix, t.taken, { enabler: kind, [t.param]: targetId(ix, kind, target) });
  // At capacity, the oldest active allocation is the one reassigned.
  const replaces = active.length >= cap ? active[0] : undefined;
  const moved = replaces === undefined ? undefined : targetId(ix, kind, replaces);
  return orderPlan(ix, {
    role: 'us', cost: STAFF_COST.allocate,
    message: moved ? { ...message, more: [msg(t.moved, { [t.param]: moved })] } : message,
    detail: moved ? { replaces: moved } : {},
    apply: (d) => {
      const next = d.alloc[kind].slice(0, cap);
      if (next.length >= cap) next.shift();
      next.push(target);
      d.alloc = { ...d.alloc, [kind]: next };
    },
  });
}

/** The US air and naval surge in nearby NATO states: big, short credibility; risks escalation. */
export function planSurge(s: GameState, ix: LevelIndex, axis: unknown): RuleAnswer {
  const ai = axisIndex(ix, axis);
  if (typeof ai !== 'number') return ai;
  const r = ix.rules;
  const cap = ix.level.enablers.surge;
  if (s.surgesUsed >= cap) return refuse(ix, 'noSurge', { used: s.surgesUsed, cap });
  if (s.surge && s.surge.until >= s.day) return refuse(ix, 'surgeActive', { axis: ix.level.axes[s.surge.axis]!.id, until: s.surge.until });
  const support = usSupport(s);
  if (support < 50) return refuse(ix, 'surgeWithheld', { support });
  const until = s.day + r.surgeDays - 1;
  return orderPlan(ix, {
    role: 'us', cost: STAFF_COST.surge,
    message: msg('surge', { axis: ix.level.axes[ai]!.id, day: until, credibility: r.surgeCredibility, risk: r.surgeRiskPercent }),
    detail: { readyDay: until },
    apply: (d, extra) => {
      d.surge = { axis: ai, until };
      d.surgesUsed += 1;
      const rng = openRng(d.rng);
      const roll = rng.int(100);
      d.rng = rng.state();
      const escalated = roll < r.surgeRiskPercent;
      extra.push({ t: 'surgeRisk', day: d.day, roll, chance: r.surgeRiskPercent, escalated });
      if (escalated) stepLadder(d, 1, { key: 'ladderSurge', params: {} }, extra);
    },
  });
}
