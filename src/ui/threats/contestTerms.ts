import type { Contest, ContestTerm, Pressure } from '../../engine';
import { t, type UiKey } from '../../i18n';

/** The words for each term of a contest (the engine's CONTEST_TERMS) and each kind of pressure. */
export const CONTEST_TERM_KEY: Record<ContestTerm, UiKey> = {
  unity: 'term.unity', will: 'term.will', commitment: 'term.commitment', summit: 'term.summit',
  resilience: 'term.resilience', cyber: 'term.cyber', isr: 'term.isrAttribution', protocol: 'term.protocol',
  troops: 'term.troops', core: 'term.core', batteries: 'term.batteries', surge: 'term.surge', plan: 'term.plan',
  exercise: 'term.exercise', prepo: 'term.prepo',
};

export const PRESSURE_KEY: Record<Pressure, UiKey> = {
  political: 'pressure.political', grayZone: 'pressure.grayZone', military: 'pressure.military',
};

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** "Coalition unity +6, Recent summit +5": the terms that count, in the contest's order. */
export function contestTermsText(c: Contest): string {
  return c.terms.filter((x) => x.value !== 0).map((x) => `${t(CONTEST_TERM_KEY[x.term])} ${signed(x.value)}`).join(', ') || '0';
}
