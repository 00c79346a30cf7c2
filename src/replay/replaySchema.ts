import { z } from 'zod';
import { AXIS_IDS, NATION_IDS, NETWORKS } from '../engine/ids';
import { REPLAY_FORMAT, REPLAY_FORMAT_VERSION, type Replay } from '../engine/replay';
import { formatPath } from '../levels/parseLevel';
import { parseJsonSafely } from '../levels/safeJson';

/** The longest facilitator's note a replay may carry. */
export const NOTE_MAX = 500;

const ref = z.string().min(1).max(64);
const axis = z.enum(AXIS_IDS);

/** Every order a replay may hold, checked for shape (legality is the engine's to judge). */
export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('activate'), formation: ref }),
  z.strictObject({ type: z.literal('move'), formation: ref, to: ref }),
  z.strictObject({ type: z.literal('airlift'), formation: ref, to: ref }),
  z.strictObject({ type: z.literal('preposition'), hub: ref }),
  z.strictObject({ type: z.literal('exercise'), hub: ref }),
  z.strictObject({ type: z.literal('plan'), axis }),
  z.strictObject({ type: z.literal('protocol') }),
  z.discriminatedUnion('enabler', [
    z.strictObject({ type: z.literal('allocate'), enabler: z.literal('isr'), axis }),
    z.strictObject({ type: z.literal('allocate'), enabler: z.literal('missileDefence'), hub: ref }),
    z.strictObject({ type: z.literal('allocate'), enabler: z.literal('cyber'), network: z.enum(NETWORKS) }),
    z.strictObject({ type: z.literal('allocate'), enabler: z.literal('training'), formation: ref }),
    z.strictObject({ type: z.literal('allocate'), enabler: z.literal('munitions') }),
  ]),
  z.strictObject({ type: z.literal('surge'), axis }),
  z.strictObject({ type: z.literal('summit') }),
  z.strictObject({ type: z.literal('reassure'), nation: z.enum(NATION_IDS) }),
  z.strictObject({ type: z.literal('commit'), axis }),
  z.strictObject({ type: z.literal('inject'), card: ref }),
  z.strictObject({ type: z.literal('extend'), days: z.number().int().min(1).max(30) }),
]);

export const hashSchema = z.string().regex(/^[0-9a-f]{16}$/, 'a 16-digit hexadecimal hash');
const hash = hashSchema;
/** Staff pools of a classroom game, as a replay or a save records them. */
export const poolsSchema = z.array(z.strictObject({ id: z.string().min(1).max(32), roles: z.array(z.string().min(1).max(16)).min(1).max(16), perDay: z.number().int().min(0).max(50) })).min(1).max(16);

export const replaySchema = z.strictObject({
  format: z.literal(REPLAY_FORMAT),
  formatVersion: z.literal(REPLAY_FORMAT_VERSION),
  gameVersion: z.string().min(1).max(32),
  level: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'a level id of lower-case letters, digits and dashes'),
  seed: z.string().min(1).max(64),
  pools: poolsSchema.optional(),
  days: z.array(z.strictObject({ orders: z.array(commandSchema).max(100), hash })).max(400),
  notes: z.array(z.strictObject({ day: z.number().int().min(1).max(400), text: z.string().min(1).max(NOTE_MAX) })).max(200).optional(),
  result: z.strictObject({
    outcome: z.enum(['playing', 'won', 'lost']),
    reason: z.enum(['forceStoodUp', 'war', 'unity', 'deadline']).nullable(),
    readinessDay: z.number().int().min(1).max(400).nullable(),
    day: z.number().int().min(1).max(400),
    hash,
  }).optional(),
});

export type ReplayResult = { ok: true; replay: Replay } | { ok: false; error: string };

/** Untrusted text → a replay, or one message naming what is wrong. Never throws. */
export function parseReplayText(text: unknown, source: string): ReplayResult {
  const json = parseJsonSafely(text, source, 5_000_000);
  if (!json.ok) return { ok: false, error: json.error };
  const parsed = replaySchema.safeParse(json.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, error: `${source}: ${formatPath(issue.path)}: ${issue.message}` };
  }
  return { ok: true, replay: parsed.data as Replay };
}
