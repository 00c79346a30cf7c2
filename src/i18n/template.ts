/**
 * Fill a message template: each {key} takes the parameter of that name; an unknown key stays
 * visible as {key}. The templates live in plain constant objects (one strings module per feature
 * area) so that a translation can supply another object of the same shape.
 */
export function tpl(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  // {n|form|form…} picks a word form by the current language's plural rule (src/i18n sets it).
  return template.replace(/\{(\w+)(?:\|([^{}]*))?\}/g, (whole, key: string, forms: string | undefined) => {
    if (!Object.hasOwn(params, key)) return whole;
    if (forms === undefined) return String(params[key]);
    const list = forms.split('|');
    return list[Math.min(list.length - 1, pluralOf(Number(params[key])))] ?? '';
  });
}

let pluralOf = (n: number): number => (Math.abs(n) === 1 ? 0 : 1);

/** The plural rule of the interface language (set by src/i18n when the language changes). */
export function setPluralRule(rule: (n: number) => number): void {
  pluralOf = rule;
}

/** Untrusted text quoted in a message: shortened, and with control characters made visible. */
export function quoted(text: string, max = 40): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
