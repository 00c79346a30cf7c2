/**
 * Pieces of text read out as one passage (the screen reader's announcement of a day, a picture's
 * description): each piece becomes a sentence, with a full stop only where it has no closing mark
 * of its own — "Deterred (22 vs 13)." and "Day 2 ended" give "Day 2 ended. Deterred (22 vs 13).",
 * never "..".
 */
export function sentences(parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => (/[.!?…:;]$/.test(p) ? p : `${p}.`))
    .join(' ');
}
