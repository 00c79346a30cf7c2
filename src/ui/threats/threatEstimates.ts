import { threatOutlooks, type GameState, type LevelIndex, type ThreatVerdict } from '../../engine';
import { t } from '../../i18n';
import { lt } from '../../i18n/levelText';

/**
 * The intel estimate of each known threat as the threats panel words it: the engine's outlook
 * (threatOutlooks: credibility on its axis today against the range Moscow's resolve can take, and
 * the verdict) with the level's names in the current language.
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
  outlook: ThreatVerdict;
}

export function threatEstimates(s: GameState, ix: LevelIndex): ThreatEstimate[] {
  const L = lt(ix.level);
  return threatOutlooks(s, ix).map((o) => ({
    event: o.event, card: o.card, title: L.card(o.card).title, text: L.card(o.card).text, axis: L.axis(ix.level.axes[o.axis]!.id),
    fires: o.fires, inDays: o.inDays, deterrable: o.deterrable, credibility: o.credibility.total, min: o.min, max: o.max, outlook: o.verdict,
  }));
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
