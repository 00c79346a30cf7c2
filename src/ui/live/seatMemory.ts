/**
 * What lets a reloaded tab come back to its seat: the class's code, the seat and its key, and
 * Colyseus's reconnection token. Kept in sessionStorage (this tab only, gone when it closes);
 * read back through a check of every field like any outside data.
 */
import { CODE_PATTERN } from '../../live/protocolConstants';

const KEY = 'guarantor.liveSeat';
const SECRET = /^[A-Za-z0-9_-]{20,64}$/;

export type SeatMemory =
  | { role: 'student'; code: string; game: number; team: number; key: string; reconnect?: string }
  | { role: 'facilitator'; code: string; token: string; reconnect?: string };

// Checked by hand rather than with a schema: this runs when the page starts, and the schema
// library is left for the screens that read files and codes.
const intIn = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const matches = (v: unknown, re: RegExp) => typeof v === 'string' && re.test(v);
const onlyKeys = (o: object, keys: readonly string[]) => Object.keys(o).every((k) => keys.includes(k));

/** Anything parsed from storage → a seat memory, or null: exactly the fields, each in range. */
export function asSeatMemory(v: unknown): SeatMemory | null {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (!matches(o.code, CODE_PATTERN)) return null;
  if (o.reconnect !== undefined && !(typeof o.reconnect === 'string' && o.reconnect.length <= 200)) return null;
  if (o.role === 'student') {
    if (!onlyKeys(o, ['role', 'code', 'game', 'team', 'key', 'reconnect'])) return null;
    return intIn(o.game, 0, 11) && intIn(o.team, 0, 15) && matches(o.key, SECRET) ? (o as SeatMemory) : null;
  }
  if (o.role === 'facilitator') {
    if (!onlyKeys(o, ['role', 'code', 'token', 'reconnect'])) return null;
    return matches(o.token, SECRET) ? (o as SeatMemory) : null;
  }
  return null;
}

function storage(): Storage | null {
  try { return window.sessionStorage; } catch { return null; }
}

export function readSeatMemory(): SeatMemory | null {
  try {
    const text = storage()?.getItem(KEY);
    if (!text || text.length > 2000) return null;
    return asSeatMemory(JSON.parse(text));
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
