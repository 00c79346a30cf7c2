import type { Card } from '../levels/schema';
import { credibilityOf } from './credibility';
import { PRESSURE_OF_KIND, type Pressure } from './ids';
import type { LevelIndex } from './levelIndex';
import { activeAllocations } from './selectors';
import type { GameState } from './state';

/**
 * Each kind of pressure is decided by what really answers it (docs/design.md section 6):
 *  - political and diplomatic pressure by coalition unity, the target government's will, public
 *    commitments and a recent summit;
 *  - gray-zone pressure by Ukraine's resilience, a cyber team on the network it hits, ISR that
 *    attributes it, and the rapid-reaction protocol;
 *  - military and nuclear pressure by ready troops and the certified core on the axis, missile
 *    defence, the US surge, contingency plans, exercises and pre-positioned stocks.
 * A missile battery never decides a protest note, and a summit never stops a strike.
 */
export const CONTEST_TERMS = {
  political: ['unity', 'will', 'commitment', 'summit'],
  grayZone: ['resilience', 'cyber', 'isr', 'protocol'],
  military: ['troops', 'core', 'batteries', 'surge', 'plan', 'exercise', 'prepo'],
} as const satisfies Record<Pressure, readonly string[]>;

export type ContestTerm = (typeof CONTEST_TERMS)[Pressure][number];

/** The coalition's side of one event's contest, term by term in CONTEST_TERMS order. */
export interface Contest {
  pressure: Pressure;
  terms: Array<{ term: ContestTerm; value: number }>;
  total: number;
}

/** The pressure a card exerts: its level's word, else what its kind of card implies. */
export function pressureOf(card: Card): Pressure {
  return card.pressure ?? PRESSURE_OF_KIND[card.kind];
}

/** The contest an event of `card` would meet on axis `axis` today. */
export function contestOf(s: GameState, ix: LevelIndex, card: Card, axis: number): Contest {
  const pressure = pressureOf(card);
  const values = pressure === 'political' ? political(s, ix, card, axis)
    : pressure === 'grayZone' ? grayZone(s, ix, card, axis)
      : military(s, ix, axis);
  const terms = CONTEST_TERMS[pressure].map((term) => ({ term, value: values[term as keyof typeof values] ?? 0 })) as Contest['terms'];
  let sum = 0;
  for (const t of terms) sum += t.value;
  return { pressure, terms, total: Math.max(0, sum) };
}

function political(s: GameState, ix: LevelIndex, card: Card, axis: number): Record<string, number> {
  const r = ix.rules;
  // The government Moscow leans on; a card aimed at no one leans on the coalition's average will.
  const ni = card.target === undefined ? undefined : ix.nation.get(card.target);
  let will: number;
  if (ni !== undefined) will = s.will[ni]!;
  else {
    let sum = 0;
    for (const w of s.will) sum += w;
    will = Math.floor(sum / Math.max(1, s.will.length));
  }
  let commitment = 0;
  for (const c of s.commitments) if (c.axis === axis && c.state !== 'broken') commitment += r.commitCredibility;
  const summit = s.summitDay > 0 && s.day - s.summitDay < r.summitCredibilityDays ? r.summitCredibility : 0;
  return {
    unity: Math.trunc((s.unity - 50) / r.unityDivisor),
    will: Math.trunc((will - 50) / r.willDivisor),
    commitment,
    summit,
  };
}

function grayZone(s: GameState, ix: LevelIndex, card: Card, axis: number): Record<string, number> {
  const r = ix.rules;
  const net = card.network === undefined ? -1 : ix.networkIndex.get(card.network)!;
  return {
    resilience: Math.floor(s.resilience / r.resilienceDivisor),
    cyber: net >= 0 && activeAllocations(s, ix, 'cyber').includes(net) ? r.cyberCredibility : 0,
    isr: activeAllocations(s, ix, 'isr').includes(axis) ? r.isrCredibility : 0,
    protocol: s.protocol === 0 ? r.protocolCredibility : 0,
  };
}

function military(s: GameState, ix: LevelIndex, axis: number): Record<string, number> {
  const c = credibilityOf(s, ix, axis);
  return { troops: c.troops, core: c.core, batteries: c.batteries, surge: c.surge, plan: c.plan, exercise: c.exercise, prepo: c.prepo };
}
