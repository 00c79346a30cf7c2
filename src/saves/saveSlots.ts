import { parseSave, saveText, type Save, type SaveParse } from './saveFormat';

/**
 * Two save slots and a pointer to the latest. A save is written to the slot that is NOT the
 * latest, read back, and only then does the pointer move: a write that fails half-way (storage
 * full, the tab killed) leaves the previous good save where it was, and a latest save that turns
 * out damaged still has the one before it to fall back on.
 */
export const SAVE_KEYS = { a: 'guarantor.save.a', b: 'guarantor.save.b', latest: 'guarantor.save.latest' } as const;

/** Which tab wrote the saves last (see app/autosave.ts): two tabs must not overwrite each other unnoticed. */
export const SAVE_OWNER_KEY = 'guarantor.save.tab';

export type SaveStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

type Slot = 'a' | 'b';

function latestSlot(storage: SaveStorage): Slot | null {
  const v = storage.getItem(SAVE_KEYS.latest);
  return v === 'a' || v === 'b' ? v : null;
}

export function writeSave(storage: SaveStorage, save: Save): { ok: true } | { ok: false; reason: string } {
  try {
    const next: Slot = latestSlot(storage) === 'a' ? 'b' : 'a';
    const text = saveText(save);
    storage.setItem(SAVE_KEYS[next], text);
    if (storage.getItem(SAVE_KEYS[next]) !== text) return { ok: false, reason: 'the browser did not keep it' };
    storage.setItem(SAVE_KEYS.latest, next);
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: (e as Error)?.name || 'storage error' };
  }
}

export interface StoredSaves { latest: SaveParse | null; previous: SaveParse | null }

/** Both slots, parsed (not yet restored). A slot never written is null. Never throws. */
export function readSaves(storage: SaveStorage | null): StoredSaves {
  if (!storage) return { latest: null, previous: null };
  try {
    const latest = latestSlot(storage);
    const read = (slot: Slot): SaveParse | null => {
      const text = storage.getItem(SAVE_KEYS[slot]);
      return text === null ? null : parseSave(text);
    };
    if (latest === null) {
      // No pointer (never written, or it was lost): whichever slot holds a save.
      return { latest: read('a') ?? read('b'), previous: null };
    }
    return { latest: read(latest), previous: read(latest === 'a' ? 'b' : 'a') };
  } catch {
    return { latest: null, previous: null };
  }
}

export function discardSaves(storage: SaveStorage | null): void {
  try {
    for (const k of Object.values(SAVE_KEYS)) storage?.removeItem(k);
  } catch { /* nothing to lose */ }
}
