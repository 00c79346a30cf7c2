import { GENERATED_PREFIX } from '../levels/generateLevel';
import { SHARE_TEXT as T } from '../i18n/catalogs/share';
import { quoted, tpl } from '../i18n/template';

/**
 * The daily challenge: on a given UTC date everyone gets the same generated level and seed,
 * computed from the date alone (no server). Pure: the caller reads the clock and passes the time.
 * On 2025-06-01 the level is "gen-daily-2025-06-01" and the seed "daily-2025-06-01".
 */
export interface Daily { date: string; level: string; seed: string }

export type DailyResult = { ok: true; daily: Daily } | { ok: false; error: string };

/** The UTC calendar date of an instant, as YYYY-MM-DD. */
export function utcDate(epochMs: number): string {
  const d = new Date(Number.isFinite(epochMs) ? epochMs : 0);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function dailyChallenge(date: string): DailyResult {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const real = m && (() => {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const t = new Date(Date.UTC(y, mo - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
  })();
  if (!real) return { ok: false, error: tpl(T.dailyBadDate, { date: quoted(String(date)) }) };
  const seed = `daily-${date}`;
  return { ok: true, daily: { date, level: `${GENERATED_PREFIX}${seed}`, seed } };
}

/** The daily of the instant's UTC date. */
export function dailyAt(epochMs: number): Daily {
  const r = dailyChallenge(utcDate(epochMs));
  // utcDate always yields a real date.
  return (r as { ok: true; daily: Daily }).daily;
}

/** Whether a level and seed are some day's daily challenge (for the personal-best seed mode). */
export function isDailyGame(level: string, seed: string): boolean {
  const m = /^daily-(\d{4}-\d{2}-\d{2})$/.exec(seed);
  if (!m) return false;
  const r = dailyChallenge(m[1]!);
  return r.ok && r.daily.level === level;
}
