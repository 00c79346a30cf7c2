import { exactly, int, lazySchema, list, pattern, text, z } from '../levels/schemaKit';
import { MILESTONE_IDS } from '../engine/ids';
import type { Command, StaffPool } from '../engine';
import { commandSchema, hashSchema, NOTE_MAX, poolsSchema } from '../replay/replaySchema';
import { MAX_STAFF, type Classroom } from '../session/turns';
import type { SeedMode, SessionNote } from '../session/session';
import { parseVersioned, type Migration } from './migrate';
import { SAVE_TEXT as T } from '../i18n/catalogs/saves';

/**
 * A saved game: what is needed to rebuild it exactly, and nothing that can drift. The level by its
 * id (a generated level by "gen-" + its seed), the seed, the staff pools of a classroom game, the
 * finished days (a replay's body: orders and the state hash after each) and today's orders so far.
 * Restoring replays the days and checks every hash (restore.ts). The run's timing rides along.
 */
export const SAVE_FORMAT = 'guarantor-save';
export const SAVE_VERSION = 2;
/**
 * Migrations from version n to n + 1. Version 2 added the classroom (teams, turns, pause, the
 * PIN's digest and lockout) and the facilitator's notes, both optional: a version 1 save is the
 * same game without them (a version 1 classroom save comes back, as before, without its turns).
 */
export const SAVE_MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: (old) => ({ ...old }),
};
export const MAX_SAVE_CHARS = 3_000_000;

export interface SaveRun {
  seedMode: SeedMode;
  branched: boolean;
  /** real time counted so far */
  clockMs: number;
  /** real time at each milestone reached (null: not reached or not timed) */
  splitMs: Array<number | null>;
}

export interface Save {
  format: typeof SAVE_FORMAT;
  version: typeof SAVE_VERSION;
  gameVersion: string;
  /** when it was written, ISO 8601, from the page's clock (for the Continue button only) */
  savedAt: string;
  level: string;
  seed: string;
  pools?: StaffPool[];
  days: Array<{ orders: Command[]; hash: string }>;
  today: Command[];
  run: SaveRun;
  /** a classroom game's teams, turns, pause and PIN check (version 2) */
  classroom?: Classroom;
  /** the facilitator's notes (version 2) */
  notes?: SessionNote[];
}

const saveSchema = lazySchema(() => {
  const team = z.strictObject({ id: text(1, 32), roles: list(text(1, 16), 1, 16), perDay: int(0, MAX_STAFF) });
  const classroom = z.strictObject({
    teams: list(team, 1, 16),
    group: text(0, 200),
    pinCheck: z.strictObject({ salt: pattern(/^[0-9a-f]{8,64}$/, 'hexadecimal'), digest: pattern(/^[0-9a-f]{16}$/, 'a 16-digit hexadecimal digest') }),
    pinLock: z.strictObject({ fails: int(0, 1_000_000), until: int(0, 1e15) }),
    current: int(-1, 15),
    done: list(z.boolean(), 1, 16),
    paused: z.boolean(),
  });

  return z.strictObject({
    format: z.literal(SAVE_FORMAT),
    version: z.literal(SAVE_VERSION),
    gameVersion: text(1, 32),
    savedAt: text(0, 40),
    level: pattern(/^[a-z0-9][a-z0-9-]{0,47}$/, 'a level id'),
    seed: text(1, 64),
    pools: z.optional(poolsSchema()),
    days: list(z.strictObject({ orders: list(commandSchema(), 0, 100), hash: hashSchema() }), 0, 400),
    today: list(commandSchema(), 0, 100),
    classroom: z.optional(classroom),
    notes: z.optional(list(z.strictObject({ day: int(1, 400), text: text(1, NOTE_MAX) }), 0, 200)),
    run: z.strictObject({
      seedMode: z.enum(['set', 'random', 'daily']),
      branched: z.boolean(),
      clockMs: int(0, 1e10),
      splitMs: exactly(z.nullable(int(0, 1e10)), MILESTONE_IDS.length),
    }),
  });
});

export type SaveParse = { ok: true; save: Save } | { ok: false; error: string };

/** Untrusted text (localStorage, hand-edited) → a save, or why not. Never throws. */
export function parseSave(text: unknown): SaveParse {
  const r = parseVersioned(text, {
    format: SAVE_FORMAT, version: SAVE_VERSION, migrations: SAVE_MIGRATIONS, schema: saveSchema(), maxChars: MAX_SAVE_CHARS,
    what: T.saveWhat,
    words: { notText: T.notText, invalid: T.invalid, wrongFormat: T.wrongFormat, newer: T.newer, older: T.older },
    cast: (v) => v as Save,
  });
  return r.ok ? { ok: true, save: r.value } : r;
}

export function saveText(save: Save): string {
  return JSON.stringify(save);
}
