import { exactly, int, lazySchema, list, pattern, text, z } from '../levels/schemaKit';
import { MILESTONE_IDS } from '../engine/ids';
import { parseVersioned, type Migration } from '../saves/migrate';
import { tpl } from '../i18n/template';
import type { SeedMode } from '../session/session';
import { CATEGORY_IDS, type CategoryId } from './categories';
import { dayTimes, minSegments, segments, type SplitTimes } from './splits';
import { SPEEDRUN_TEXT as T } from '../i18n/catalogs/speedrun';

/**
 * Personal bests, per level × seed mode × category: the best readiness day (real time breaks a
 * tie), that run's splits, and the best segment ever run at each milestone (for "sum of best" and
 * gold splits). Kept in localStorage as a versioned book, exportable and importable as a file.
 */
export const PB_FORMAT = 'guarantor-personal-bests';
export const PB_VERSION = 1;
/** Migrations from version n to n + 1 (none yet: version 1 is the first). */
export const PB_MIGRATIONS: Readonly<Record<number, Migration>> = {};

export interface PbRecord {
  level: string;
  seedMode: SeedMode;
  category: CategoryId;
  /** the readiness day of the best run */
  day: number;
  /** its real time, null when it was not timed */
  ms: number | null;
  seed: string;
  splitDays: number[];
  splitMs: Array<number | null>;
  bestSegDays: Array<number | null>;
  bestSegMs: Array<number | null>;
  /** finished runs counted in this record */
  runs: number;
  /** the date the best was set (YYYY-MM-DD), when known */
  date?: string;
}

export interface PbBook { format: typeof PB_FORMAT; version: typeof PB_VERSION; records: PbRecord[] }

export const emptyBook = (): PbBook => ({ format: PB_FORMAT, version: PB_VERSION, records: [] });

const bookSchema = lazySchema(() => {
  const n = MILESTONE_IDS.length;
  const ms = z.nullable(int(0, 1e10));
  const recordSchema = z.strictObject({
    level: pattern(/^[a-z0-9][a-z0-9-]{0,47}$/, 'is not in the expected form'),
    seedMode: z.enum(['set', 'random', 'daily']),
    category: z.enum(CATEGORY_IDS),
    day: int(1, 400),
    ms,
    seed: text(1, 64),
    splitDays: exactly(int(0, 400), n),
    splitMs: exactly(ms, n),
    bestSegDays: exactly(z.nullable(int(0, 400)), n),
    bestSegMs: exactly(ms, n),
    runs: int(1, 1e9),
    date: z.optional(pattern(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2026-11-26')),
  });
  return z.strictObject({
    format: z.literal(PB_FORMAT),
    version: z.literal(PB_VERSION),
    records: list(recordSchema, 0, 5000),
  });
});

export type BookResult = { ok: true; book: PbBook } | { ok: false; error: string };

/** Untrusted text (localStorage, an imported file) → a book, or one message. Never throws. */
export function parsePbBook(text: unknown, source: string = T.pbWhat): BookResult {
  const r = parseVersioned(text, {
    format: PB_FORMAT, version: PB_VERSION, migrations: PB_MIGRATIONS, schema: bookSchema(), maxChars: 2_000_000,
    what: source,
    words: { notText: T.pbNotText, invalid: T.pbInvalid, wrongFormat: T.pbWrongFormat, newer: T.pbNewer, older: T.pbOlder },
    cast: (v) => v as PbBook,
  });
  return r.ok ? { ok: true, book: r.value } : r;
}

export function pbBookText(book: PbBook): string {
  return `${JSON.stringify(book, null, 1)}\n`;
}

export function findRecord(book: PbBook, level: string, seedMode: SeedMode, category: CategoryId): PbRecord | undefined {
  return book.records.find((r) => r.level === level && r.seedMode === seedMode && r.category === category);
}

export interface FinishedRun {
  level: string;
  seed: string;
  seedMode: SeedMode;
  categories: readonly CategoryId[];
  day: number;
  ms: number | null;
  splits: SplitTimes;
  date?: string;
}

/** Whether a beats b: fewer days; on the same day, less real time (an untimed run never wins a tie). */
function better(aDay: number, aMs: number | null, bDay: number, bMs: number | null): boolean {
  return aDay < bDay || (aDay === bDay && aMs !== null && (bMs === null || aMs < bMs));
}

/** Count a finished run in the book: new bests per category, and the best segments. */
export function recordRun(book: PbBook, run: FinishedRun): { book: PbBook; newBest: CategoryId[] } {
  const records = [...book.records];
  const newBest: CategoryId[] = [];
  const segDays = segments(dayTimes(run.splits.days));
  const segMs = segments(run.splits.ms);
  for (const category of run.categories) {
    const i = records.findIndex((r) => r.level === run.level && r.seedMode === run.seedMode && r.category === category);
    const old = i >= 0 ? records[i]! : undefined;
    const wins = !old || better(run.day, run.ms, old.day, old.ms);
    if (wins) newBest.push(category);
    const rec: PbRecord = {
      level: run.level, seedMode: run.seedMode, category,
      ...(wins
        ? { day: run.day, ms: run.ms, seed: run.seed, splitDays: [...run.splits.days], splitMs: [...run.splits.ms], ...(run.date ? { date: run.date } : {}) }
        : { day: old!.day, ms: old!.ms, seed: old!.seed, splitDays: old!.splitDays, splitMs: old!.splitMs, ...(old!.date ? { date: old!.date } : {}) }),
      bestSegDays: old ? minSegments(old.bestSegDays, segDays) : segDays,
      bestSegMs: old ? minSegments(old.bestSegMs, segMs) : segMs,
      runs: (old?.runs ?? 0) + 1,
    };
    if (i >= 0) records[i] = rec;
    else records.push(rec);
  }
  return { book: { ...book, records }, newBest };
}

/** An imported book merged into ours: the better best per key, the better segment per milestone. */
export function mergeBooks(ours: PbBook, theirs: PbBook): { book: PbBook; merged: number } {
  const records = [...ours.records];
  let merged = 0;
  for (const t of theirs.records) {
    const i = records.findIndex((r) => r.level === t.level && r.seedMode === t.seedMode && r.category === t.category);
    merged++;
    if (i < 0) { records.push(t); continue; }
    const o = records[i]!;
    const best = better(t.day, t.ms, o.day, o.ms) ? t : o;
    records[i] = { ...best, bestSegDays: minSegments(o.bestSegDays, t.bestSegDays), bestSegMs: minSegments(o.bestSegMs, t.bestSegMs), runs: o.runs + t.runs };
  }
  return { book: { ...ours, records }, merged };
}

const KEY = 'guarantor.pbs';
const DAMAGED_KEY = 'guarantor.pbs.damaged';

/** The stored book; a damaged one is set aside (never deleted) and a message says so. */
export function readPbs(storage: Pick<Storage, 'getItem' | 'setItem'> | null): { book: PbBook; error: string | null } {
  let text: string | null = null;
  try {
    text = storage?.getItem(KEY) ?? null;
  } catch {
    text = null;
  }
  if (text === null) return { book: emptyBook(), error: null };
  const r = parsePbBook(text, T.pbWhatStored);
  if (r.ok) return { book: r.book, error: null };
  try { storage?.setItem(DAMAGED_KEY, text); } catch { /* keeping a copy is a courtesy */ }
  return { book: emptyBook(), error: tpl(T.pbDamagedKept, { error: r.error }) };
}

export function writePbs(storage: Pick<Storage, 'setItem'> | null, book: PbBook): string | null {
  try {
    storage?.setItem(KEY, JSON.stringify(book));
    return null;
  } catch (e) {
    return tpl(T.pbWriteFailed, { reason: (e as Error).name || 'error' });
  }
}
