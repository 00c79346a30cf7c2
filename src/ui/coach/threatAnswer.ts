/**
 * The coach's deterrence lesson: for the soonest known threat whose estimate does not yet hold,
 * the first order that raises the answer of ITS kind of pressure (the engine's contest), with
 * the numbers the engine gives before and after. Nothing here knows what a term is worth: the
 * gain is measured by asking the engine for the outlook once the order is given, or, for staff
 * work that takes days, read from the engine's own plan of the order.
 * No DOM: the coach panel words it.
 */
import {
  activeAllocations, applyCommand, evaluateCommand, isRefusal, outlookOf, pressureOf, threatOutlooks, warningDays,
  type Command, type GameState, type LevelIndex, type ThreatOutlook,
} from '../../engine';
import type { Card } from '../../levels/schema';

export type AnswerStep = 'isr' | 'commit' | 'reassureThreat' | 'summitThreat' | 'cyber' | 'protocol' | 'plan' | 'battery';

export interface ThreatAnswer {
  step: AnswerStep;
  command: Command;
  /** the threat answered (its card id), its axis and the day it fires */
  threat: string;
  axis: string;
  fires: number;
  /** the estimate now: the coalition's answer against Moscow's resolve min–max */
  total: number;
  min: number;
  max: number;
  /** what the order adds to the answer, and the estimate it leaves */
  gain: number;
  after: number;
  afterMin: number;
  afterMax: number;
  /** staff work that takes days: the day it is in force (0 when it counts at once) */
  readyDay: number;
  /** ISR: the days of warning Moscow's moves on the axis get, before and after */
  warnBefore: number;
  warnAfter: number;
}

/** Threats further off than this many days wait, unless staff work must start now to be in time. */
const ANSWER_WITHIN = 3;
/** Staff work that takes days starts no later than this many days before it would be too late. */
const LATEST_MARGIN = 3;


/** The answers the contest of each kind of pressure really uses, in the order the lesson teaches them. */
function candidates(s: GameState, ix: LevelIndex, card: Card): Array<{ step: AnswerStep; command: Command }> {
  const axis = card.axis;
  switch (pressureOf(card)) {
    case 'political': {
      const out: Array<{ step: AnswerStep; command: Command }> = [{ step: 'commit', command: { type: 'commit', axis } }];
      if (card.target) out.push({ step: 'reassureThreat', command: { type: 'reassure', nation: card.target } });
      out.push({ step: 'summitThreat', command: { type: 'summit' } });
      return out;
    }
    case 'grayZone': {
      const out: Array<{ step: AnswerStep; command: Command }> = [];
      if (card.network) out.push({ step: 'cyber', command: { type: 'allocate', enabler: 'cyber', network: card.network } });
      out.push({ step: 'protocol', command: { type: 'protocol' } });
      return out;
    }
    default: {
      const ai = ix.axis.get(axis)!;
      const out: Array<{ step: AnswerStep; command: Command }> = [{ step: 'plan', command: { type: 'plan', axis } }];
      // A battery at the hub of the axis where most troops stand (the first hub when none do).
      const hubs = ix.axisNodes[ai]!.filter((n) => ix.staging[n] && !activeAllocations(s, ix, 'missileDefence').includes(n));
      const hub = hubs.sort((a, b) => troopsAt(s, ix, b) - troopsAt(s, ix, a) || a - b)[0];
      if (hub !== undefined) out.push({ step: 'battery', command: { type: 'allocate', enabler: 'missileDefence', hub: ix.level.nodes[hub]!.id } });
      return out;
    }
  }
}

function troopsAt(s: GameState, ix: LevelIndex, node: number): number {
  let sum = 0;
  s.formations.forEach((f, i) => { if (f.node === node && f.status !== 'reserve') sum += ix.formations[i]!.strength; });
  return sum;
}

/** The estimate of threat `o` once `cmd` is given (the engine's outlook on the state that follows). */
function outlookAfter(s: GameState, ix: LevelIndex, o: ThreatOutlook, cmd: Command) {
  const r = applyCommand(s, ix.level, cmd);
  if (!r.ok) return null;
  return outlookOf(r.state, ix, cardOf(ix, o.card), o.axis);
}

const cardOf = (ix: LevelIndex, id: string): Card => ix.level.deck.find((c) => c.id === id)!;

/**
 * ISR first when a known threat's axis has none: the estimate narrows and the next moves show
 * earlier. Then, soonest threat first, the first answer of its kind that is legal and helps in
 * time. Null when every known threat already holds (or nothing legal would help).
 */
export function threatAnswer(s: GameState, ix: LevelIndex): ThreatAnswer | null {
  const threats = threatOutlooks(s, ix).filter((o) => o.deterrable);
  const base = (o: ThreatOutlook) => ({
    threat: o.card, axis: ix.level.axes[o.axis]!.id, fires: o.fires, total: o.contest.total, min: o.min, max: o.max, warnBefore: 0, warnAfter: 0,
  });

  const blind = threats.find((o) => o.blind);
  if (blind) {
    const command: Command = { type: 'allocate', enabler: 'isr', axis: ix.level.axes[blind.axis]!.id };
    const r = applyCommand(s, ix.level, command);
    if (r.ok) {
      const card = cardOf(ix, blind.card);
      const after = outlookOf(r.state, ix, card, blind.axis);
      return {
        step: 'isr', command, ...base(blind), gain: after.contest.total - blind.contest.total, after: after.contest.total, afterMin: after.min, afterMax: after.max, readyDay: 0,
        warnBefore: warningDays(s, ix, card), warnAfter: warningDays(r.state, ix, card),
      };
    }
  }

  for (const o of threats) {
    // The lesson answers a threat when it is near; the force's own call-up comes first otherwise.
    if (o.verdict === 'holds') continue;
    const near = o.inDays <= ANSWER_WITHIN;
    const card = cardOf(ix, o.card);
    for (const c of candidates(s, ix, card)) {
      const plan = evaluateCommand(s, ix.level, c.command);
      if (isRefusal(plan)) continue;
      const after = outlookAfter(s, ix, o, c.command);
      if (!after) continue;
      const gain = after.contest.total - o.contest.total;
      if (gain > 0 && near) {
        return { step: c.step, command: c.command, ...base(o), gain, after: after.contest.total, afterMin: after.min, afterMax: after.max, readyDay: 0 };
      }
      // Staff work (a plan, the protocol) counts once it is in force: worth it if that is in time.
      const readyDay = plan.detail.readyDay;
      if ((c.step === 'plan' || c.step === 'protocol') && readyDay !== undefined && readyDay < o.fires && readyDay + LATEST_MARGIN >= o.fires) {
        const worth = c.step === 'plan' ? ix.rules.planCredibility : ix.rules.protocolCredibility;
        return { step: c.step, command: c.command, ...base(o), gain: worth, after: o.contest.total + worth, afterMin: o.min, afterMax: o.max, readyDay };
      }
    }
  }
  return null;
}
