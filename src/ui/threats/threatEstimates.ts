import { threatOutlooks, type GameState, type LevelIndex, type ThreatOutlook, type ThreatVerdict } from '../../engine';
import { t } from '../../i18n';
import { lt } from '../../i18n/levelText';
import { contestTermsText } from './contestTerms';

/**
 * The intel estimate of each known threat as the threats panel words it: the engine's outlook
 * (threatOutlooks: the answer to its kind of pressure on its axis today against the range Moscow's
 * resolve can take, and the verdict) with the level's names in the current language. It is a
 * forecast, not a verdict: the ladder and the coalition can still change before it fires.
 */
export interface ThreatEstimate extends Pick<ThreatOutlook, 'event' | 'card' | 'fires' | 'inDays' | 'deterrable' | 'pressure' | 'contest' | 'blind' | 'min' | 'max'> {
  title: string;
  text: string;
  /** the axis's name in the current language */
  axis: string;
  /** the contest's total, the figure set against the resolve range */
  credibility: number;
  outlook: ThreatVerdict;
}

export function threatEstimates(s: GameState, ix: LevelIndex): ThreatEstimate[] {
  const L = lt(ix.level);
  return threatOutlooks(s, ix).map((o) => ({
    event: o.event, card: o.card, title: L.card(o.card).title, text: L.card(o.card).text, axis: L.axis(ix.level.axes[o.axis]!.id),
    fires: o.fires, inDays: o.inDays, deterrable: o.deterrable, pressure: o.pressure, contest: o.contest, blind: o.blind,
    credibility: o.contest.total, min: o.min, max: o.max, outlook: o.verdict,
  }));
}

/** The estimate in words, with the numbers, the terms that answer this kind of pressure (left out
 *  where the card lists every term beside it: `withTerms` false), and a warning when no ISR watches
 *  the axis (the estimate is then wide). */
export function outlookText(x: ThreatEstimate, withTerms = true): string {
  const p = { credibility: x.credibility, min: x.min, max: x.max };
  if (x.outlook === 'undeterrable') return t('outlook.undeterrable');
  const head = x.outlook === 'holds' ? t('outlook.holds', p) : x.outlook === 'lands' ? t('outlook.lands', p) : t('outlook.uncertain', p);
  const parts = [head, withTerms ? t('outlook.answeredBy', { terms: contestTermsText(x.contest) }) : null, x.blind ? t('outlook.blind') : null];
  return parts.filter(Boolean).join(' ');
}

export const OUTLOOK_MARK: Record<ThreatEstimate['outlook'], string> = { holds: '✓', uncertain: '?', lands: '✗', undeterrable: '!' };
