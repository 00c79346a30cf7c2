import { credibilityOf, knownThreats, resolveRange, type GameState, type LevelIndex } from '../../engine';
import { t } from '../../i18n';
import { lt } from '../../i18n/levelText';

/**
 * The intel estimate of each known threat: credibility on its axis today against the range
 * Moscow's resolve can take (the engine's resolveRange). It is a forecast, not a verdict: the
 * ladder and the coalition can still change before the day it fires.
 */
export interface ThreatEstimate {
  event: number;
  /** the card's id: how the map and the selection name the event */
  card: string;
  title: string;
  text: string;
  axis: string;
  fires: number;
  inDays: number;
  deterrable: boolean;
  credibility: number;
  min: number;
  max: number;
  outlook: 'holds' | 'uncertain' | 'lands' | 'undeterrable';
}

export function threatEstimates(s: GameState, ix: LevelIndex): ThreatEstimate[] {
  return knownThreats(s)
    .map((i) => {
      const e = s.events[i]!;
      const card = ix.level.deck[e.card]!;
      const ai = ix.axis.get(card.axis) ?? 0;
      const credibility = credibilityOf(s, ix, ai).total;
      const { min, max } = resolveRange(s, ix, card.severity);
      const outlook: ThreatEstimate['outlook'] = !card.deterrable ? 'undeterrable' : credibility >= max ? 'holds' : credibility < min ? 'lands' : 'uncertain';
      return {
        event: i, card: card.id, title: lt(ix.level).card(card.id).title, text: lt(ix.level).card(card.id).text, axis: lt(ix.level).axis(card.axis), fires: e.day, inDays: e.day - s.day,
        deterrable: card.deterrable, credibility, min, max, outlook,
      };
    })
    .sort((a, b) => a.fires - b.fires || a.event - b.event);
}

/** The estimate in words, with the numbers. */
export function outlookText(x: ThreatEstimate): string {
  const p = { credibility: x.credibility, min: x.min, max: x.max };
  switch (x.outlook) {
    case 'undeterrable': return t('outlook.undeterrable');
    case 'holds': return t('outlook.holds', p);
    case 'lands': return t('outlook.lands', p);
    case 'uncertain': return t('outlook.uncertain', p);
  }
}

export const OUTLOOK_MARK: Record<ThreatEstimate['outlook'], string> = { holds: '✓', uncertain: '?', lands: '✗', undeterrable: '!' };
