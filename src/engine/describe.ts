import { LADDER_RUNGS, NATION_NAMES, type NationId } from './ids';
import type { LevelIndex } from './levelIndex';
import type { EffectFact, LogEntry } from './log';
import type { Command } from './commands';
import { thousands } from './format';

/**
 * English sentences for log entries: the day log, the CLI trace and the debrief read these.
 * Names come from the level; a missing id (a hand-edited log) prints the id itself.
 */
export function describeEntry(e: LogEntry, ix: LevelIndex): string {
  const node = (id: string) => ix.level.nodes[ix.node.get(id) ?? -1]?.name ?? id;
  const form = (id: string) => ix.formations[ix.formation.get(id) ?? -1]?.name ?? id;
  const nation = (id: string) => NATION_NAMES[id as NationId] ?? id;
  const axis = (id: string) => ix.level.axes[ix.axis.get(id) ?? -1]?.name ?? id;
  const card = (id: string) => ix.level.deck.find((c) => c.id === id);
  switch (e.t) {
    case 'order': return describeCommand(e.cmd, ix) + (e.detail.arrivalDay ? ` (arrives day ${e.detail.arrivalDay})` : '');
    case 'refused': return `Refused: ${e.text}`;
    case 'ready': return `${form(e.formation)} is ready at ${node(e.node)}.`;
    case 'paused': return `${nation(e.nation)}'s mobilisation is paused: its will (${e.will}) is too low.`;
    case 'arrived': return `${form(e.formation)} arrives at ${node(e.node)}${e.equipped ? '' : ', waiting for its heavy equipment'}.`;
    case 'held': return `${form(e.formation)} is held up: ${linkName(ix, e.link)} is cut.`;
    case 'equipped': return `${form(e.formation)} has married up with its equipment and is ready.`;
    case 'exercised': return `Joint exercise at ${node(e.node)} ends: ${e.formations.length} formations more interoperable${e.certified.length ? `, ${e.certified.length} certified for the high-readiness core` : ''}.`;
    case 'prepoDone': return `Pre-positioned equipment is stocked at ${node(e.node)}.`;
    case 'planDone': return `The ${axis(e.axis)} contingency plan is in force.`;
    case 'protocolDone': return 'The rapid-reaction protocol is in force.';
    case 'commitment': return e.kept
      ? `Commitment kept: ${thousands(e.ready)} troops stand on the ${axis(e.axis)} axis.`
      : `Commitment broken: ${thousands(e.ready)} of the promised ${thousands(e.needed)} troops on the ${axis(e.axis)} axis.`;
    case 'munitions': return `Munitions delivered to Ukraine: resilience ${e.resilience}.`;
    case 'warning': return `Intelligence warns: ${card(e.card)?.title ?? e.card} expected on day ${e.fires} (${axis(e.axis)} axis).`;
    case 'event': {
      const title = card(e.card)?.title ?? e.card;
      const cmp = `credibility ${e.credibility.total} vs resolve ${e.resolve.total}`;
      if (!e.deterrable) return `${title}: not something deterrence can stop. ${effects(e.effects, ix)}`;
      if (e.deterred) return `${title} — DETERRED (${cmp}).`;
      return `${title} — NOT DETERRED (${cmp})${e.blunted ? ', blunted by cyber defence' : ''}. ${effects(e.effects, ix)}`;
    }
    case 'surgeRisk': return e.escalated ? `Moscow answers the surge (roll ${e.roll} < ${e.chance}).` : `The surge passes without escalation (roll ${e.roll} ≥ ${e.chance}).`;
    case 'ladder': return `Escalation ${e.to > e.from ? 'rises' : 'eases'} to ${LADDER_RUNGS[e.to]} (${e.cause}).`;
    case 'fear': return `Fear spreads at the ${LADDER_RUNGS[e.rung]} rung: every guarantor's will −${e.amount}.`;
    case 'milestone': return `Milestone: ${MILESTONE_TEXT[e.id]}.`;
    case 'end': return e.status === 'won' ? `The force stands up on day ${e.day}.` : `Lost: ${END_TEXT[e.reason]}`;
  }
}

export const MILESTONE_TEXT = {
  firstStaged: 'first formation staged',
  coreReady: 'high-readiness core ready',
  ready10k: '10,000 ready',
  ready20k: '20,000 ready',
  ready30k: '30,000 ready',
  ready40k: '40,000 ready',
  coreCertified: 'core certified',
  forceStoodUp: 'force stood up',
} as const;

export const END_TEXT = {
  forceStoodUp: 'the force is stood up.',
  war: 'the escalation ladder reached war.',
  unity: 'coalition unity collapsed below its floor.',
  deadline: 'the deadline passed before the force stood up.',
} as const;

function linkName(ix: LevelIndex, id: string): string {
  const l = ix.level.links[ix.link.get(id) ?? -1];
  if (!l) return id;
  const name = (n: string) => ix.level.nodes[ix.node.get(n) ?? -1]?.name ?? n;
  return `the ${l.kind} link ${name(l.from)}–${name(l.to)}`;
}

function effects(list: EffectFact[], ix: LevelIndex): string {
  return list.map((f) => effectText(f, ix)).join(' ');
}

export function effectText(f: EffectFact, ix: LevelIndex): string {
  const nation = (id: string) => NATION_NAMES[id as NationId] ?? id;
  switch (f.k) {
    case 'will': return `${nation(f.nation)}'s will ${f.from} → ${f.to}.`;
    case 'unity': return `Unity ${f.from} → ${f.to}.`;
    case 'cut': return `${f.links.map((l) => linkName(ix, l)).join(', ')} cut until day ${f.until}.`;
    case 'enabler': return `US ${f.kind} capacity −${f.amount} until day ${f.until}.`;
    case 'strike': return f.intercepted
      ? `The strike near ${ix.level.nodes[ix.node.get(f.hub) ?? -1]?.name ?? f.hub} is intercepted by missile defence.`
      : `Strike near ${ix.level.nodes[ix.node.get(f.hub) ?? -1]?.name ?? f.hub}: ${f.formations.length} formation(s) disrupted until day ${f.until}${f.prepoLost ? ', pre-positioned stocks destroyed' : ''}.`;
    case 'delay': return `Mobilisation of ${f.nations.map(nation).join(', ')} delayed ${f.days} day(s) (${f.formations} formation(s)).`;
    case 'staff': return `Command networks disrupted: ${f.amount} staff action(s) lost tomorrow.`;
    case 'support': return `US support cut by ${f.cut}% until day ${f.until}.`;
    case 'resilience': return `Ukraine's resilience ${f.from} → ${f.to}.`;
  }
}

/** An order in words ("Activate PL 12th Mechanised Brigade"). */
export function describeCommand(c: Command, ix: LevelIndex): string {
  const node = (id: string) => ix.level.nodes[ix.node.get(id) ?? -1]?.name ?? id;
  const form = (id: string) => ix.formations[ix.formation.get(id) ?? -1]?.name ?? id;
  const axis = (id: string) => ix.level.axes[ix.axis.get(id) ?? -1]?.name ?? id;
  switch (c.type) {
    case 'activate': return `Activate ${form(c.formation)}`;
    case 'move': return `Move ${form(c.formation)} to ${node(c.to)}`;
    case 'airlift': return `Airlift ${form(c.formation)} to ${node(c.to)}`;
    case 'preposition': return `Pre-position equipment at ${node(c.hub)}`;
    case 'exercise': return `Joint exercise at ${node(c.hub)}`;
    case 'plan': return `Contingency plan for the ${axis(c.axis)} axis`;
    case 'protocol': return 'Agree the rapid-reaction protocol';
    case 'allocate':
      switch (c.enabler) {
        case 'isr': return `ISR over the ${axis(c.axis)} axis`;
        case 'missileDefence': return `Missile defence at ${node(c.hub)}`;
        case 'cyber': return `Cyber defence on the ${c.network} network`;
        case 'training': return `US training for ${form(c.formation)}`;
        case 'munitions': return 'Munitions programme for Ukraine';
      }
      return 'Allocate an enabler';
    case 'surge': return `US air and naval surge near the ${axis(c.axis)} axis`;
    case 'summit': return 'Hold a leaders’ summit';
    case 'reassure': return `Reassure ${NATION_NAMES[c.nation] ?? c.nation}`;
    case 'commit': return `Public commitment on the ${axis(c.axis)} axis`;
  }
}
