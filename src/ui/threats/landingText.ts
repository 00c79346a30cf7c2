import { CONTEST_TERMS, landingCost, type Contest, type ContestTerm, type GameState, type LevelIndex } from '../../engine';
import { language, t } from '../../i18n';
import { factText, rungName } from '../../i18n/engineText';
import { ORDER_SHORTCUTS, type OrderKey } from '../orders/shortcuts';
import { CONTEST_TERM_KEY } from './contestTerms';

/**
 * A threat card's two halves in words: what it costs if it lands (the engine's landingCost, the
 * landing rule played on a copy, worded by the day report's own effect sentences) and what would
 * answer it (every term of its kind of contest, with today's value and the order that raises it).
 */
export function landingLines(s: GameState, ix: LevelIndex, event: number): readonly string[] {
  // Kept per state object (the store never changes one in place): a new selection or setting
  // redraws the cards without playing the landing rule again for every threat.
  let known = linesByState.get(s);
  if (!known) linesByState.set(s, (known = new Map()));
  const key = `${language().code}:${ix.level.id}:${event}`;
  let lines = known.get(key);
  if (!lines) known.set(key, (lines = worded(s, ix, event)));
  return lines;
}

const linesByState = new WeakMap<GameState, Map<string, readonly string[]>>();

function worded(s: GameState, ix: LevelIndex, event: number): string[] {
  const cost = landingCost(s, ix, event);
  if (!cost) return [];
  const lines = cost.effects.map((f) => factText(f, ix.level));
  if (cost.ladder) lines.push(t('stakes.ladder', { from: rungName(cost.ladder.from), to: rungName(cost.ladder.to) }));
  if (lines.length === 0) return [t('stakes.none')];
  if (cost.blunted) lines.push(t('stakes.blunted'));
  return lines;
}

/** The order a player gives to raise each term (its key letter); null for a term no order moves. */
export const TERM_ORDER: Readonly<Record<ContestTerm, OrderKey | null>> = {
  unity: 'summit', will: 'reassure', commitment: 'commit', summit: 'summit',
  resilience: null, cyber: 'cyber', isr: 'isr', protocol: 'protocol',
  troops: 'move', core: 'exercise', batteries: 'missileDefence', surge: 'surge', plan: 'plan', exercise: 'exercise', prepo: 'preposition',
};

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** "Coalition unity +6 (raise with G); Target government's will 0 (raise with N); …": every term
 *  of the contest's kind, in CONTEST_TERMS order, zero ones included (they are what can be raised). */
export function answerText(c: Contest): string {
  const value = new Map(c.terms.map((x) => [x.term, x.value]));
  return CONTEST_TERMS[c.pressure].map((term) => {
    const key = TERM_ORDER[term];
    const how = key ? t('stakes.raise', { key: ORDER_SHORTCUTS[key] }) : t('stakes.noLever');
    return `${t(CONTEST_TERM_KEY[term])} ${signed(value.get(term) ?? 0)} (${how})`;
  }).join('; ');
}
