import { credibilityOf, resolveRange, type Credibility } from '../credibility';
import type { LevelIndex } from '../levelIndex';
import { knownThreats } from '../selectors';
import type { GameState } from '../state';

/**
 * What the intel estimate says of a known threat: credibility on its axis today, term by term,
 * against the range Moscow's resolve can take. `holds` when even the highest resolve is met,
 * `lands` when even the lowest is not, `uncertain` between (ties go to the coalition, as when the
 * event fires). It is a forecast: the ladder and the coalition can still change before the day.
 */
export type ThreatVerdict = 'holds' | 'uncertain' | 'lands' | 'undeterrable';

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
  credibility: Credibility;
  min: number;
  max: number;
  verdict: ThreatVerdict;
}

export function verdictOf(deterrable: boolean, credibility: number, min: number, max: number): ThreatVerdict {
  if (!deterrable) return 'undeterrable';
  if (credibility >= max) return 'holds';
  return credibility < min ? 'lands' : 'uncertain';
}

/** The outlook of one scheduled event, or null when the coalition does not know of it (or its card
 *  names no axis of this level). */
export function threatOutlook(s: GameState, ix: LevelIndex, event: number): ThreatOutlook | null {
  const e = s.events[event];
  if (!e || !e.revealed || e.outcome !== 0) return null;
  const card = ix.level.deck[e.card];
  const axis = card ? ix.axis.get(card.axis) : undefined;
  if (!card || axis === undefined) return null;
  const credibility = credibilityOf(s, ix, axis);
  const { min, max } = resolveRange(s, ix, card.severity);
  return {
    event, card: card.id, axis, fires: e.day, inDays: e.day - s.day, deterrable: card.deterrable,
    credibility, min, max, verdict: verdictOf(card.deterrable, credibility.total, min, max),
  };
}

/** Every known threat's outlook, soonest first. */
export function threatOutlooks(s: GameState, ix: LevelIndex): ThreatOutlook[] {
  const out: ThreatOutlook[] = [];
  for (const i of knownThreats(s)) {
    const o = threatOutlook(s, ix, i);
    if (o) out.push(o);
  }
  return out.sort((a, b) => a.fires - b.fires || a.event - b.event);
}
