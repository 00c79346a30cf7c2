import type { Contest } from '../contest';
import type { Pressure } from '../ids';
import type { LevelIndex } from '../levelIndex';
import { eventOutlook, type Outlook } from '../outlook';
import { activeAllocations, knownThreats } from '../selectors';
import type { GameState } from '../state';

/**
 * What the intel estimate says of a known threat: the answer to its kind of pressure on its axis
 * today, term by term (outlook.ts, the engine's one estimate), against the range Moscow's resolve
 * can take. `holds` when even the highest resolve is met, `lands` when even the lowest is not,
 * `uncertain` between (ties go to the coalition, as when the event fires). It is a forecast: the
 * ladder and the coalition can still change before the day. The map, the threats panel, the coach
 * and the tests all read it from here.
 */
export type ThreatVerdict = Outlook['verdict'];

export interface ThreatOutlook {
  /** index into state.events */
  event: number;
  /** the card's id in the level's deck */
  card: string;
  /** the axis index the card threatens */
  axis: number;
  fires: number;
  inDays: number;
  deterrable: boolean;
  /** the kind of pressure, and the contest that decides it, term by term */
  pressure: Pressure;
  contest: Contest;
  /** no ISR over the axis: the estimate is wide */
  blind: boolean;
  min: number;
  max: number;
  verdict: ThreatVerdict;
}

/** The outlook of one scheduled event, or null when the coalition does not know of it (or its card
 *  names no axis of this level). */
export function threatOutlook(s: GameState, ix: LevelIndex, event: number, isr = activeAllocations(s, ix, 'isr')): ThreatOutlook | null {
  const e = s.events[event];
  if (!e || !e.revealed || e.outcome !== 0) return null;
  const card = ix.level.deck[e.card];
  const axis = card ? ix.axis.get(card.axis) : undefined;
  if (!card || axis === undefined) return null;
  const o = eventOutlook(s, ix, event, isr);
  return {
    event, card: card.id, axis, fires: e.day, inDays: e.day - s.day, deterrable: card.deterrable,
    pressure: o.pressure, contest: o.contest, blind: o.blind, min: o.min, max: o.max, verdict: o.verdict,
  };
}

/** Every known threat's outlook, soonest first. */
export function threatOutlooks(s: GameState, ix: LevelIndex): ThreatOutlook[] {
  const isr = activeAllocations(s, ix, 'isr');
  const out: ThreatOutlook[] = [];
  for (const i of knownThreats(s)) {
    const o = threatOutlook(s, ix, i, isr);
    if (o) out.push(o);
  }
  return out.sort((a, b) => a.fires - b.fires || a.event - b.event);
}
