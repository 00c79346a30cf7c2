/**
 * Templates for interface text, filled by the game's one template filler
 * (engine/messages/template.ts): {name} takes a parameter (numbers get the language's digit
 * grouping), {name|form|form...} picks a word form for the number in `name` by the language's
 * plural rule. Pure; never throws.
 */
import { fillTemplate } from '../engine/messages/template';

export { englishPlural, groupDigits, placeholders, slavicPlural } from '../engine/messages/template';

export type Params = Record<string, string | number>;

export interface NumberRules {
  /** 40000 → "40,000" (English) or "40 000" (Ukrainian) */
  number(n: number): string;
  /** the index of the word form a number takes */
  plural(n: number): number;
}

export function format(template: string, params: Params, rules: NumberRules): string {
  return fillTemplate(template, params, { plural: rules.plural, value: (_key, v) => (typeof v === 'number' ? rules.number(v) : v) });
}
