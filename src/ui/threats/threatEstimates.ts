import { activeAllocations, eventOutlook, knownThreats, type Contest, type GameState, type LevelIndex, type Pressure } from '../../engine';
import { t } from '../../i18n';
import { lt } from '../../i18n/levelText';
import { contestTermsText } from './contestTerms';

/**
 * The intel estimate of each known threat: the answer to its kind of pressure on its axis today
 * against the range Moscow's resolve can take (the engine's eventOutlook, which every view uses).
 * It is a forecast, not a verdict: the ladder and the coalition can still change before it fires.
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
  pressure: Pressure;
  /** the answer term by term */
  contest: Contest;
  /** no ISR over the axis: a wide estimate */
  blind: boolean;
  credibility: number;
  min: number;
  max: number;
  outlook: 'holds' | 'uncertain' | 'lands' | 'undeterrable';
}

export function threatEstimates(s: GameState, ix: LevelIndex): ThreatEstimate[] {
  const isr = activeAllocations(s, ix, 'isr');
  return knownThreats(s)
    .map((i) => {
      const e = s.events[i]!;
      const card = ix.level.deck[e.card]!;
      const o = eventOutlook(s, ix, i, isr);
      return {
        event: i, card: card.id, title: lt(ix.level).card(card.id).title, text: lt(ix.level).card(card.id).text, axis: lt(ix.level).axis(card.axis), fires: e.day, inDays: e.day - s.day,
        deterrable: card.deterrable, pressure: o.pressure, contest: o.contest, blind: o.blind,
        credibility: o.contest.total, min: o.min, max: o.max, outlook: o.verdict,
      };
    })
    .sort((a, b) => a.fires - b.fires || a.event - b.event);
}

/** The estimate in words, with the numbers, the terms that answer this kind of pressure, and
 *  a warning when no ISR watches the axis (the estimate is then wide). */
export function outlookText(x: ThreatEstimate): string {
  const p = { credibility: x.credibility, min: x.min, max: x.max };
  if (x.outlook === 'undeterrable') return t('outlook.undeterrable');
  const head = x.outlook === 'holds' ? t('outlook.holds', p) : x.outlook === 'lands' ? t('outlook.lands', p) : t('outlook.uncertain', p);
  const terms = t('outlook.answeredBy', { terms: contestTermsText(x.contest) });
  return x.blind ? `${head} ${terms} ${t('outlook.blind')}` : `${head} ${terms}`;
}

export const OUTLOOK_MARK: Record<ThreatEstimate['outlook'], string> = { holds: '✓', uncertain: '?', lands: '✗', undeterrable: '!' };
