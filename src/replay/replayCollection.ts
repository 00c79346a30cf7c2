/**
 * Several replays in one file: every game of a live class, collected by the facilitator. Each
 * replay inside is an ordinary replay; `npm run -s verify` checks every one of them.
 */
import { lazySchema, text, list, z } from '../levels/schemaKit';
import { parseJsonSafely } from '../levels/safeJson';
import type { Replay } from '../engine';
import { replaySchema } from './replaySchema';

export const COLLECTION_FORMAT = 'guarantor-replays';
export const COLLECTION_FORMAT_VERSION = 1;

const collectionSchema = lazySchema(() => z.strictObject({
  format: z.literal(COLLECTION_FORMAT),
  formatVersion: z.literal(COLLECTION_FORMAT_VERSION),
  replays: list(z.strictObject({ name: text(1, 60), replay: replaySchema() }), 1, 50),
}));

export function replayCollection(runs: Array<{ name: string; replay: Replay }>): string {
  return `${JSON.stringify({ format: COLLECTION_FORMAT, formatVersion: COLLECTION_FORMAT_VERSION, replays: runs }, null, 1)}\n`;
}

export type CollectionResult = { ok: true; runs: Array<{ name: string; replay: Replay }> } | { ok: false; error: string };

/** Is this text a collection (by its format field)? Then parse it; a single replay is not one. */
export function isCollectionText(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === COLLECTION_FORMAT;
}

export function parseReplayCollection(textIn: string, source: string): CollectionResult {
  const json = parseJsonSafely(textIn, source, 50_000_000);
  if (!json.ok) return { ok: false, error: json.error };
  const r = collectionSchema().safeParse(json.value);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { ok: false, error: `${source}: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'not a collection of replays'}` };
  }
  return { ok: true, runs: r.data.replays as Array<{ name: string; replay: Replay }> };
}
