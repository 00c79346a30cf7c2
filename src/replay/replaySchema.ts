import { firstIssue, int, lazySchema, list, pattern, text, z } from '../levels/schemaKit';
import { AXIS_IDS, NATION_IDS, NETWORKS } from '../engine/ids';
import { REPLAY_FORMAT, REPLAY_FORMAT_VERSION, type Replay } from '../engine/replay';
import { formatPath } from '../levels/parseLevel';
import { parseJsonSafely } from '../levels/safeJson';
import { SEED_PATTERN } from '../session/seed';
import { NOTE_MAX } from './replayLimits';

export { NOTE_MAX } from './replayLimits';

/** Every order a replay may hold, checked for shape (legality is the engine's to judge). */
export const commandSchema = lazySchema(() => {
  const ref = text(1, 64);
  const axis = z.enum(AXIS_IDS);
  return z.discriminatedUnion('type', [
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
    z.strictObject({ type: z.literal('euroLift') }),
    z.strictObject({ type: z.literal('play'), card: ref }),
    z.strictObject({ type: z.literal('inject'), card: ref }),
    z.strictObject({ type: z.literal('extend'), days: int(1, 30) }),
  ]);
});

export const hashSchema = lazySchema(() => pattern(/^[0-9a-f]{16}$/, 'a 16-digit hexadecimal hash'));
/** Staff pools of a classroom game, as a replay or a save records them. */
export const poolsSchema = lazySchema(() => list(z.strictObject({ id: text(1, 32), roles: list(text(1, 16), 1, 16), perDay: int(0, 50) }), 1, 16));

export const replaySchema = lazySchema(() => z.strictObject({
  format: z.literal(REPLAY_FORMAT),
  formatVersion: z.literal(REPLAY_FORMAT_VERSION),
  gameVersion: text(1, 32),
  level: pattern(/^[a-z0-9][a-z0-9-]{0,47}$/, 'a level id of lower-case letters, digits and dashes'),
  // The one seed rule of the title screen, links and the CLI.
  seed: pattern(SEED_PATTERN, 'a seed of 1 to 32 letters, digits, "-" or "_"'),
  pools: z.optional(poolsSchema()),
  days: list(z.strictObject({ orders: list(commandSchema(), 0, 100), hash: hashSchema() }), 0, 400),
  notes: z.optional(list(z.strictObject({ day: int(1, 400), text: text(1, NOTE_MAX) }), 0, 200)),
  result: z.optional(z.strictObject({
    outcome: z.enum(['playing', 'won', 'lost']),
    reason: z.nullable(z.enum(['forceStoodUp', 'war', 'unity', 'deadline', 'guaranteeFailed'])),
    readinessDay: z.nullable(int(1, 400)),
    day: int(1, 400),
    hash: hashSchema(),
  })),
}));

export type ReplayResult = { ok: true; replay: Replay } | { ok: false; error: string };

/** Untrusted text → a replay, or one message naming what is wrong. Never throws. */
export function parseReplayText(text: unknown, source: string): ReplayResult {
  const json = parseJsonSafely(text, source, 5_000_000);
  if (!json.ok) return { ok: false, error: json.error };
  const parsed = replaySchema().safeParse(json.value);
  if (!parsed.success) {
    return { ok: false, error: `${source}: ${firstIssue(parsed.error, json.value, formatPath)}` };
  }
  return { ok: true, replay: parsed.data as Replay };
}
