/**
 * The live classroom's messages, shared by the room server (src/server) and the browser
 * (src/ui/live). Every message a client sends is checked against these schemas on the server
 * before anything reads it; the server's own messages are typed here for the client.
 */
import { int, list, pattern, text, z } from '../levels/schemaKit';
import { commandSchema, NOTE_MAX } from '../replay/replaySchema';
import type { Command, Replay } from '../engine';
import { CODE_PATTERN, MAX_GAMES } from './protocolConstants';

export { CODE_ALPHABET, CODE_LENGTH, CODE_PATTERN, MAX_GAMES, PROBE_ANSWER, PROBE_PATH, ROOM_NAME } from './protocolConstants';


/** Largest message the server reads (the transport closes a connection that sends more). */
export const MAX_MESSAGE_BYTES = 16 * 1024;
/** Messages a client may send per second on average, and in one burst. */
export const RATE_PER_SECOND = 20;
export const RATE_BURST = 40;
export const MESSAGE_MAX = 300;

const secret = pattern(/^[A-Za-z0-9_-]{20,64}$/, 'a secret of 20 to 64 letters, digits, dashes or underscores');
const gameIx = int(0, MAX_GAMES - 1);
const gameOrAll = int(-1, MAX_GAMES - 1);

/** Options a browser joins with: a student, or the facilitator with the secret token. */
export const joinSchema = z.union([
  z.strictObject({ role: z.literal('student'), seat: z.optional(z.strictObject({ game: gameIx, team: int(0, 15), key: secret })) }),
  z.strictObject({ role: z.literal('facilitator'), token: secret }),
]);
export type JoinOptions = z.infer<typeof joinSchema>;

/** What a student's browser may send, by message type. */
export const studentMessages = {
  claim: z.strictObject({ game: gameIx, team: int(0, 15) }),
  order: z.strictObject({ id: int(0, 1e9), cmd: commandSchema() }),
  endTurn: z.strictObject({}),
  endDay: z.strictObject({}),
  sync: z.strictObject({}),
  desync: z.strictObject({ day: int(1, 400) }),
} as const;

/** What the facilitator's dashboard may send. */
export const facilitatorMessages = {
  setup: z.strictObject({
    level: pattern(/^[a-z0-9][a-z0-9-]{0,47}$/, 'a level id'),
    seed: pattern(/^[A-Za-z0-9_-]{1,32}$/, 'a seed of letters, digits, dashes and underscores'),
    games: int(1, MAX_GAMES),
    ministerTeams: int(1, 8),
    /** a seat of each game plays Moscow (otherwise the red bot does); absent in older records */
    moscow: z.optional(z.boolean()),
  }),
  pause: z.strictObject({ game: gameOrAll, paused: z.boolean() }),
  inject: z.strictObject({ game: gameOrAll, card: text(1, 64) }),
  extend: z.strictObject({ game: gameOrAll, days: int(1, 30) }),
  note: z.strictObject({ game: gameIx, text: text(1, NOTE_MAX) }),
  broadcast: z.strictObject({ text: text(1, MESSAGE_MAX) }),
  endGameDay: z.strictObject({ game: gameIx }),
  collect: z.strictObject({}),
} as const;

export type StudentMessage = keyof typeof studentMessages;
export type FacilitatorMessage = keyof typeof facilitatorMessages;

export const roomSetupSchema = facilitatorMessages.setup;
export type RoomSetup = z.infer<typeof roomSetupSchema>;

/** A seat of a game: a team of the classroom set-up (lead, ministers, US liaison, any other role). */
export interface SeatInfo { id: string; roles: string[]; perDay: number; taken: boolean }

/** The class as a student's browser sees it before and after taking a seat. */
export interface ClassInfo { setup: RoomSetup | null; games: Array<{ seats: SeatInfo[]; day: number; status: string }> }

/** A whole game for a seat: enough to rebuild it through the engine. */
export interface GameSync {
  game: number;
  team: number;
  level: string;
  seed: string;
  pools: Array<{ id: string; roles: string[]; perDay: number }>;
  days: Array<{ orders: Command[]; hash: string }>;
  orders: Command[];
  done: boolean[];
  paused: boolean;
}

/** What the facilitator's dashboard shows of a game: the engine's figures, never a client's. */
export interface GameFigures {
  day: number;
  deadline: number;
  status: 'playing' | 'won' | 'lost';
  reason: string | null;
  ready: number;
  readyNeeded: number;
  core: number;
  coreNeeded: number;
  ladder: number;
  unity: number;
  axes: Array<{ id: string; credibility: number; bar: number }>;
  curve: number[];
  done: boolean[];
  paused: boolean;
  ordersToday: number;
  desyncs: number;
}

export interface Accepted { game: number; day: number; n: number; cmd: Command; id?: number }
export interface Refused { id?: number; code: string; params: Record<string, string | number> }
export interface Turns { game: number; done: boolean[]; paused: boolean }
/** `orders`: the whole day's orders, for a seat from which some were withheld (Moscow's plays, kept
 *  from the coalition's seats until the day ends), so that it ends the same day as the server. */
export interface DayEnded { game: number; day: number; hash: string; orders?: Command[] }
export interface SeatGiven { game: number; team: number; key: string }
export interface CollectedReplays { replays: Array<{ name: string; replay: Replay }> }

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export function parseWith<T>(schema: z.ZodMiniType<T>, value: unknown): ParseResult<T> {
  const r = schema.safeParse(value);
  return r.success ? { ok: true, value: r.data } : { ok: false, error: r.error.issues[0]?.message ?? 'malformed' };
}

