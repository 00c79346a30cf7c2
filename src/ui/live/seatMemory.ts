/**
 * What lets a reloaded tab come back to its seat: the class's code, the seat and its key, and
 * Colyseus's reconnection token. Kept in sessionStorage (this tab only, gone when it closes);
 * read back through a schema like any outside data.
 */
import { int, pattern, z } from '../../levels/schemaKit';
import { CODE_PATTERN } from '../../live/protocol';

const KEY = 'guarantor.liveSeat';
const secret = pattern(/^[A-Za-z0-9_-]{20,64}$/, 'a secret');
const memorySchema = z.union([
  z.strictObject({ role: z.literal('student'), code: pattern(CODE_PATTERN, 'a code'), game: int(0, 11), team: int(0, 15), key: secret, reconnect: z.optional(z.string().check(z.maxLength(200))) }),
  z.strictObject({ role: z.literal('facilitator'), code: pattern(CODE_PATTERN, 'a code'), token: secret, reconnect: z.optional(z.string().check(z.maxLength(200))) }),
]);
export type SeatMemory = z.infer<typeof memorySchema>;

function storage(): Storage | null {
  try { return window.sessionStorage; } catch { return null; }
}

export function readSeatMemory(): SeatMemory | null {
  try {
    const text = storage()?.getItem(KEY);
    if (!text || text.length > 2000) return null;
    const r = memorySchema.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

export function writeSeatMemory(m: SeatMemory | null): void {
  try {
    if (m) storage()?.setItem(KEY, JSON.stringify(m));
    else storage()?.removeItem(KEY);
  } catch { /* a tab that refuses storage simply cannot rejoin by itself */ }
}
