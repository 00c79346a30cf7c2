/**
 * Templates for interface text: {name} takes a parameter (numbers get the language's digit
 * grouping), {name|form|form...} picks a word form for the number in `name` by the language's
 * plural rule. The same syntax as the engine's catalog (engine/messages/format.ts), so one
 * translator learns one notation. Pure; never throws.
 */
export type Params = Record<string, string | number>;

export interface NumberRules {
  /** 40000 → "40,000" (English) or "40 000" (Ukrainian) */
  number(n: number): string;
  /** the index of the word form a number takes */
  plural(n: number): number;
}

const TOKEN = /\{(\w+)(?:\|([^{}]*))?\}/g;

export function format(template: string, params: Params, rules: NumberRules): string {
  return template.replace(TOKEN, (whole, key: string, forms: string | undefined) => {
    if (!(key in params)) return whole;
    const v = params[key]!;
    if (forms !== undefined) {
      const list = forms.split('|');
      return list[Math.min(list.length - 1, rules.plural(Number(v)))] ?? '';
    }
    return typeof v === 'number' ? rules.number(v) : v;
  });
}

/** The parameter names a template uses, sorted (a translation must use the same ones). */
export function placeholders(template: string): string[] {
  const out = new Set<string>();
  for (const m of template.matchAll(TOKEN)) out.add(m[1]!);
  return [...out].sort();
}

/** Digits grouped in threes with `sep` ("40,000", "40 000"); a minus sign for negatives. */
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
