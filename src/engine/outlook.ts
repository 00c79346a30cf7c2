import type { Card } from '../levels/schema';
import { contestOf, type Contest } from './contest';
import { resolveRange } from './credibility';
import type { Pressure } from './ids';
import type { LevelIndex } from './levelIndex';
import { activeAllocations } from './selectors';
import type { GameState } from './state';

/**
 * The intel estimate of a known event: the contest of its kind of pressure on its axis today
 * against the range Moscow's resolve can take. Without ISR over the axis the range is wider (the
 * coalition is guessing). Every view (threat list, map chips, tooltips, bots) asks this one function.
 */
export interface Outlook {
  pressure: Pressure;
  contest: Contest;
  min: number;
  max: number;
  /** no ISR over the axis: a wide estimate */
  blind: boolean;
  verdict: 'holds' | 'uncertain' | 'lands' | 'undeterrable';
}

export function outlookOf(s: GameState, ix: LevelIndex, card: Card, axis: number, isrAxes = activeAllocations(s, ix, 'isr')): Outlook {
  const contest = contestOf(s, ix, card, axis);
  const range = resolveRange(s, ix, card.severity, axis);
  const blind = !isrAxes.includes(axis);
  const spread = blind ? ix.rules.blindSpread : 0;
  const min = Math.max(0, range.min - spread);
  const max = range.max + spread;
  const verdict: Outlook['verdict'] = !card.deterrable ? 'undeterrable' : contest.total >= max ? 'holds' : contest.total < min ? 'lands' : 'uncertain';
  return { pressure: contest.pressure, contest, min, max, blind, verdict };
}

/** The estimate of scheduled event `ei` (s.events[ei]) on the axis Moscow aimed it at. */
export function eventOutlook(s: GameState, ix: LevelIndex, ei: number, isrAxes = activeAllocations(s, ix, 'isr')): Outlook {
  const e = s.events[ei]!;
  const card = ix.level.deck[e.card]!;
  return outlookOf(s, ix, card, ix.axis.get(card.axis) ?? 0, isrAxes);
}
