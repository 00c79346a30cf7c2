import { activeAllocations, eventOutlook, knownThreats, type LevelIndex } from '../engine';
import type { DayPlan } from './tryOrders';

export interface AnswerStyle {
  /** place batteries at hubs a strike is aimed at */
  missileDefence: boolean;
  /** surge US air and naval power against military pressure: heavy cards only, any card, or never */
  surge: 'heavy' | 'any' | 'none';
}

/**
 * The bots' answer to the threats intelligence shows, each kind of pressure with what answers it
 * (the engine's contest): a hesitant government reassured, a summit or a public commitment against
 * political pressure; a cyber team, ISR attribution and munitions against gray-zone pressure;
 * batteries and the US surge against military pressure. It reads the engine's one outlook.
 */
export function answerThreats(p: DayPlan, ix: LevelIndex, style: AnswerStyle): void {
  const r = ix.rules;
  for (const ei of knownThreats(p.state)) {
    const e = p.state.events[ei]!;
    if (e.day > p.state.day + 2) continue;
    const card = ix.level.deck[e.card]!;
    if (!card.deterrable) continue;
    const ai = ix.axis.get(card.axis)!;
    const holds = () => { const o = eventOutlook(p.state, ix, ei); return o.contest.total >= o.max; };
    const first = eventOutlook(p.state, ix, ei);
    if (first.pressure === 'military') {
      const hub = card.effect.strike?.hub;
      if (hub !== undefined && style.missileDefence && !holds()) {
        const hi = ix.node.get(hub)!;
        if (ix.staging[hi] && !activeAllocations(p.state, ix, 'missileDefence').includes(hi)) p.try({ type: 'allocate', enabler: 'missileDefence', hub });
      }
      if (holds() || e.day !== p.state.day || style.surge === 'none') continue;
      const o = eventOutlook(p.state, ix, ei);
      const expected = (o.min + o.max) / 2;
      const heavy = card.severity >= 30 || (card.effect.ladder ?? 0) > 0;
      if ((heavy || style.surge === 'any') && o.contest.total < expected && o.contest.total + r.surgeCredibility >= expected) {
        p.try({ type: 'surge', axis: card.axis });
      }
    } else if (first.pressure === 'grayZone') {
      if (holds()) continue;
      if (card.network && !activeAllocations(p.state, ix, 'cyber').includes(ix.networkIndex.get(card.network)!)) {
        p.try({ type: 'allocate', enabler: 'cyber', network: card.network });
      }
      // Until the guarantee's crisis breaks, ISR stays over its axis (else the crisis is seen late).
      const watchingTest = p.state.test !== null && p.state.day <= p.state.test.day;
      if (!holds() && !watchingTest && !activeAllocations(p.state, ix, 'isr').includes(ai)) p.try({ type: 'allocate', enabler: 'isr', axis: card.axis });
    } else {
      if (holds()) continue;
      if (card.target) p.try({ type: 'reassure', nation: card.target });
      if (!holds()) p.try({ type: 'commit', axis: card.axis });
    }
  }
}
