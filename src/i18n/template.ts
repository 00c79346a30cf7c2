import { englishPlural, fillTemplate } from '../engine/messages/template';

/**
 * Fill a feature catalog's sentence with the game's one template filler
 * (engine/messages/template.ts): each {key} takes the parameter of that name, {n|form|form…}
 * picks a word form by the current language's plural rule; an unknown key stays visible as {key}.
 */
export function tpl(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return fillTemplate(template, params, { plural: pluralOf });
}

let pluralOf = englishPlural;

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
