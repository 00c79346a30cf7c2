/**
 * A class as it is written to storage (a JSON file per room, or a Redis key): its set-up and each
 * game's orders, never its state (the engine recomputes that, and checks each day's hash on the
 * way). Read back through a schema, so a damaged or edited file gets a message, not a crash.
 */
import { int, list, pattern, text, z } from '../levels/schemaKit';
import { parseJsonSafely } from '../levels/safeJson';
import { commandSchema, hashSchema, NOTE_MAX } from '../replay/replaySchema';
import { CODE_PATTERN, MAX_GAMES, MESSAGE_MAX, roomSetupSchema, type RoomSetup } from '../live/protocol';
import type { SavedGame } from './liveGame';

export const CLASS_FORMAT = 'guarantor-class';
export const CLASS_FORMAT_VERSION = 1;

export interface ClassRecord {
  format: typeof CLASS_FORMAT;
  formatVersion: typeof CLASS_FORMAT_VERSION;
  code: string;
  /** sha-256 of the facilitator's token */
  facilitatorHash: string;
  setup: RoomSetup | null;
  games: SavedGame[];
  /** per game, per seat: sha-256 of the key of the browser that took it, or null */
  seatKeys: Array<Array<string | null>>;
  messages: string[];
}

const sha = pattern(/^[0-9a-f]{64}$/, 'a sha-256 hash');
const savedGameSchema = z.strictObject({
  days: list(z.strictObject({ orders: list(commandSchema(), 0, 200), hash: hashSchema() }), 0, 400),
  orders: list(commandSchema(), 0, 200),
  done: list(z.boolean(), 1, 16),
  paused: z.boolean(),
  notes: list(z.strictObject({ day: int(1, 400), text: text(1, NOTE_MAX) }), 0, 500),
  desyncs: list(z.strictObject({ day: int(1, 400), team: int(0, 15) }), 0, 2000),
});

const classRecordSchema = z.strictObject({
  format: z.literal(CLASS_FORMAT),
  formatVersion: z.literal(CLASS_FORMAT_VERSION),
  code: pattern(CODE_PATTERN, 'a join code'),
  facilitatorHash: sha,
  setup: z.nullable(roomSetupSchema),
  games: list(savedGameSchema, 0, MAX_GAMES),
  seatKeys: list(list(z.nullable(sha), 0, 16), 0, MAX_GAMES),
  messages: list(text(1, MESSAGE_MAX), 0, 500),
});

export type RecordResult = { ok: true; record: ClassRecord } | { ok: false; error: string };

export function parseClassRecord(textIn: string, source: string): RecordResult {
  const json = parseJsonSafely(textIn, source, 20_000_000);
  if (!json.ok) return { ok: false, error: json.error };
  const r = classRecordSchema.safeParse(json.value);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { ok: false, error: `${source}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'not a saved class'}` };
  }
  return { ok: true, record: r.data as ClassRecord };
}
