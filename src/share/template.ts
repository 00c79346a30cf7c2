/**
 * Fill a message template: each {key} takes the parameter of that name; an unknown key stays
 * visible as {key}. The templates live in plain constant objects (one strings module per feature
 * area) so that a translation can supply another object of the same shape.
 */
export function tpl(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(params, key) ? String(params[key]) : whole));
}

/** Untrusted text quoted in a message: shortened, and with control characters made visible. */
export function quoted(text: string, max = 40): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, '?');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
