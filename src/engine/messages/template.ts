/**
 * The one template filler of the game, shared by the engine's sentences, the interface's catalog
 * and the feature catalogs, so one translator learns one notation:
 *   {key}              the parameter named key, rendered by the caller's `value` (numbers get the
 *                      language's digit grouping, ids become names...)
 *   {key|form|form...} the word form for the number in key, by the language's plural rule
 *                      ("{n|day|days}"; Ukrainian has three forms: "{n|день|дні|днів}")
 * A parameter the template names but the caller does not give stays visible as {key}. Pure and
 * never throws.
 */
export type TemplateParams = Readonly<Record<string, string | number>>;

export interface TemplateRules {
  /** the index of the word form a number takes */
  plural(n: number): number;
  /** a parameter's text; by default numbers as they are */
  value?(key: string, v: string | number): string;
}

const TOKEN = /\{(\w+)(?:\|([^{}]*))?\}/g;

export function fillTemplate(template: string, params: TemplateParams, rules: TemplateRules): string {
  return template.replace(TOKEN, (whole, key: string, forms: string | undefined) => {
    if (!Object.hasOwn(params, key)) return whole;
    const v = params[key]!;
    if (forms !== undefined) {
      const list = forms.split('|');
      return list[Math.min(list.length - 1, rules.plural(Number(v)))] ?? '';
    }
    return rules.value ? rules.value(key, v) : String(v);
  });
}

/** The parameter names a template uses, sorted (a translation must use the same ones). */
export function placeholders(template: string): string[] {
  const out = new Set<string>();
  for (const m of template.matchAll(TOKEN)) out.add(m[1]!);
  return [...out].sort();
}

/** The one digit grouping: threes joined by `sep` ("40,000", "40 000"); a minus sign for negatives. */
export function groupDigits(n: number, sep: string): string {
  const digits = String(Math.abs(Math.trunc(n)));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
    out += digits[i];
  }
  return (n < 0 ? '-' : '') + out;
}

/** English: one form for 1, another for the rest. */
export const englishPlural = (n: number): number => (Math.abs(n) === 1 ? 0 : 1);

/** Ukrainian (and other East Slavic languages): 1, 21, 31… · 2–4, 22–24… · the rest. */
export function slavicPlural(n: number): number {
  const a = Math.abs(Math.trunc(n));
  const d = a % 10;
  const h = a % 100;
  if (d === 1 && h !== 11) return 0;
  if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return 1;
  return 2;
}
