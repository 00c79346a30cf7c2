/**
 * The review's daily figures as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a
 * comma, quote or line break quoted, quotes doubled). Numbers are plain integers with no digit
 * grouping, so any spreadsheet reads them in any language; the headers are the caller's words.
 */
import type { Review } from './review';

export interface CsvHeaders {
  day: string;
  ready: string;
  core: string;
  rung: string;
  rungName: string;
  unity: string;
  resilience: string;
  deterred: string;
  landed: string;
  /** one per axis, in level order */
  credibility: string[];
  /** one per nation, in level order */
  will: string[];
}

export function csvField(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(fields: ReadonlyArray<string | number>): string {
  return fields.map(csvField).join(',');
}

/** One row per day, day 0 (the start) first. `rungName` words a rung of the ladder. */
export function figuresCsv(r: Review, h: CsvHeaders, rungName: (rung: number) => string): string {
  const head = [h.day, h.ready, h.core, h.rung, h.rungName, h.unity, h.resilience, ...h.credibility, ...h.will, h.deterred, h.landed];
  const rows = r.days.map((d) => [
    d.day, d.ready, d.core, d.ladder, rungName(d.ladder), d.unity, d.resilience, ...d.credibility, ...d.will, d.deterred, d.landed,
  ]);
  return [head, ...rows].map(csvLine).join('\r\n') + '\r\n';
}
