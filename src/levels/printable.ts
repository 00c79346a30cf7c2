/**
 * Text from a file the user named, made safe to print on one line of a terminal: control
 * characters (an escape sequence could clear the screen; a newline breaks the one-line rule)
 * become \u escapes, and anything long is cut with an ellipsis.
 */
export function printable(text: string, max = 60): string {
  // C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
  // eslint-disable-next-line no-control-regex
  const escaped = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return escaped.length > max ? `${escaped.slice(0, max)}…` : escaped;
}

/** At most `max` error lines, each printable, then how many more there were. */
export function fewErrors(errors: readonly string[], max = 5, lineMax = 300): string[] {
  const shown = errors.slice(0, max).map((e) => printable(e, lineMax));
  if (errors.length > max) shown.push(`… and ${errors.length - max} more error(s)`);
  return shown;
}
