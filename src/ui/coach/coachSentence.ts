import { t, type UiKey } from '../../i18n';
import { nationName, networkName } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';
import type { Level } from '../../levels/schema';
import type { CoachStep, CoachTip } from './coachTip';

const TEXT: Record<CoachStep, UiKey> = {
  confirm: 'coach.confirm', isr: 'coach.isr', commit: 'coach.commit', reassureThreat: 'coach.reassureThreat',
  summitThreat: 'coach.summitThreat', cyber: 'coach.cyber', protocol: 'coach.protocol', plan: 'coach.plan', battery: 'coach.battery',
  move: 'coach.move', toAirfield: 'coach.toAirfield', airlift: 'coach.airlift', toUkraine: 'coach.toUkraine',
  exercise: 'coach.exercise', activate: 'coach.activate', reassure: 'coach.reassure', endDay: 'coach.endDay', wait: 'coach.wait', advance: 'coach.advance',
};

/** The tip as the player reads it, in the current language. */
export function coachSentence(tip: CoachTip, level: Level): string {
  return t(TEXT[tip.step], wordsOf(tip, level));
}

/** The tip's numbers as they are, its ids as names in the player's language. */
function wordsOf(tip: CoachTip, level: Level): Record<string, string | number> {
  const names = lt(level);
  const p = tip.params;
  const out: Record<string, string | number> = { ...p, troops: level.win.troops };
  const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : null);
  if (str('formation')) out.formation = names.formation(str('formation')!);
  if (str('node')) out.node = names.node(str('node')!);
  if (str('to')) out.to = names.node(str('to')!);
  if (str('nation')) out.nation = nationName(str('nation')!);
  if (str('network')) out.network = networkName(str('network')!);
  if (str('threat')) out.threat = names.card(str('threat')!).title;
  if (str('axis')) out.axis = names.axis(str('axis')!);
  if (tip.step === 'advance') out.reason = t(p.reason === 'move' ? 'coach.advanceMove' : 'coach.advanceActivation');
  return out;
}
