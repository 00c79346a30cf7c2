/**
 * The hot-seat classroom is in the save (issue 15, point 2): teams, whose turn, the handover, the
 * pause, the PIN's check and lockout and the facilitator's notes survive a reload and Continue.
 * The PIN is not in the save; wrong tries wait longer and longer.
 */
import { describe, expect, it } from 'vitest';
import { wireAutosave } from '../../src/app/autosave';
import { endTurnNow, setPaused, startClassroomGame, takeTurn, tryFacilitatorPin } from '../../src/store/classroomActions';
import { FREE_TRIES, MAX_WAIT_MS, tryPin, NO_LOCK, makePinCheck } from '../../src/session/pinLock';
import { teamOfCommand } from '../../src/session/whoseOrder';
import { greedyBot } from '../../src/bots/greedy';
import { pickContinuation } from '../../src/saves/restore';
import { parseSave, SAVE_VERSION } from '../../src/saves/saveFormat';
import { readSaves, SAVE_KEYS } from '../../src/saves/saveSlots';
import { MemoryStorage } from '../helpers/memoryStorage';
import { shippedLevel } from '../helpers/shipped';
import { classroomStore, setupFor, TEST_SALT } from '../classroom/play';

const level = shippedLevel('tutorial');
const timing = () => ({ clockMs: 0, splitMs: Array(8).fill(null) as null[] });

function savedClassroomGame() {
  const storage = new MemoryStorage();
  const ctx = classroomStore();
  const { store, actions } = ctx;
  wireAutosave(store, storage, { timing, savedAt: () => '2026-01-01T00:00:00.000Z', notify: () => {} });
  startClassroomGame(actions, level, 'class-save', setupFor(level, '4321'), TEST_SALT);
  // Day 1: the first team plays its orders and ends its turn; the second team takes the screen.
  takeTurn(store, actions, 0);
  const c = () => store.getState().session!.classroom!;
  for (const cmd of greedyBot(store.getState().session!.state, level).orders) {
    if (teamOfCommand(c(), level, cmd) === 0) actions.issue(cmd);
  }
  endTurnNow(store, actions);
  takeTurn(store, actions, 1);
  actions.addNote('Team 2 hesitated over the airlift.');
  setPaused(store, actions, true);
  return { storage, store, actions };
}

describe('a classroom game in the save', () => {
  it('teams, turns, handover, pause and notes come back with Continue', () => {
    const { storage, store } = savedClassroomGame();
    const before = store.getState().session!;
    expect(before.classroom).toMatchObject({ current: 1, done: [true, false, false], paused: true });
    const c = pickContinuation(readSaves(storage), [level]);
    expect(c.kind).toBe('ok');
    if (c.kind !== 'ok') return;
    expect(c.session.classroom).toEqual(before.classroom);
    expect(c.session.notes).toEqual(before.notes);
    expect(c.session.orders).toEqual(before.orders);
    expect(c.save.version).toBe(SAVE_VERSION);
  });

  it('the PIN itself is nowhere in the save, only its salted digest', () => {
    const { storage } = savedClassroomGame();
    const text = [...storage.map.values()].join('\n');
    expect(text).not.toContain('4321');
    expect(text).toContain(makePinCheck('4321', TEST_SALT).digest);
  });

  it('a save whose classroom does not match its staff pools is refused as a whole', () => {
    const { storage } = savedClassroomGame();
    const slot = storage.getItem(SAVE_KEYS.latest) as 'a' | 'b';
    const save = JSON.parse(storage.getItem(SAVE_KEYS[slot])!) as { classroom: { teams: Array<{ perDay: number }> } };
    save.classroom.teams[0]!.perDay = 20;
    storage.setItem(SAVE_KEYS[slot], JSON.stringify(save));
    storage.removeItem(SAVE_KEYS[slot === 'a' ? 'b' : 'a']);
    expect(pickContinuation(readSaves(storage), [level]).kind).toBe('broken');
  });

  it('a version 1 save is migrated to version 2', () => {
    const { storage } = savedClassroomGame();
    const slot = storage.getItem(SAVE_KEYS.latest) as 'a' | 'b';
    const v1: Record<string, unknown> = { ...(JSON.parse(storage.getItem(SAVE_KEYS[slot])!) as Record<string, unknown>), version: 1 };
    delete v1.classroom;
    delete v1.notes;
    const parsed = parseSave(JSON.stringify(v1));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.save).toMatchObject({ version: 2, level: 'tutorial', seed: 'class-save' });
  });
});

describe('the facilitator PIN lockout', () => {
  it('322 scripted guesses in 18.6 seconds do not find the PIN', () => {
    const check = makePinCheck('4321', TEST_SALT);
    let lock = NO_LOCK;
    let found = false;
    let checked = 0;
    for (let i = 0; i < 322; i++) {
      const now = 1_000_000 + Math.floor((i * 18_600) / 322);
      const guess = String(1000 + i * 11).padStart(4, '0');
      const r = tryPin(check, lock, i === 321 ? '4321' : guess, now);
      if (!(r.ok === false && r.locked)) checked++;
      lock = r.lock;
      if (r.ok) found = true;
    }
    expect(found).toBe(false);
    // Only the free tries and the one after the first wait were ever compared.
    expect(checked).toBeLessThanOrEqual(FREE_TRIES + 2);
  });

  it('waits grow with each wrong try, up to a cap; the right PIN after the wait opens and resets', () => {
    const check = makePinCheck('2468', TEST_SALT);
    let lock = NO_LOCK;
    let now = 0;
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      const r = tryPin(check, lock, '0000', now);
      expect(r.ok).toBe(false);
      if (!r.ok) waits.push(r.waitMs);
      lock = r.lock;
      now += (r.ok ? 0 : r.waitMs) + 1;
    }
    expect(waits.slice(0, FREE_TRIES - 1)).toEqual([0, 0]);
    for (let i = FREE_TRIES; i < waits.length; i++) expect(waits[i]!).toBeGreaterThanOrEqual(waits[i - 1]!);
    expect(Math.max(...waits)).toBe(MAX_WAIT_MS);
    // During a wait even the right PIN is not checked.
    const early = tryPin(check, { fails: 5, until: now + 1000 }, '2468', now);
    expect(early).toMatchObject({ ok: false, locked: true });
    expect(tryPin(check, lock, '2468', now)).toEqual({ ok: true, lock: NO_LOCK });
  });

  it('the lockout is kept in the classroom, so the save (and a reload) keep it', () => {
    const { storage, store, actions } = savedClassroomGame();
    for (let i = 0; i < FREE_TRIES + 1; i++) tryFacilitatorPin(store, actions, '0000', 5_000_000);
    const lock = store.getState().session!.classroom!.pinLock;
    // The last try fell in the first wait: not checked, not counted.
    expect(lock.fails).toBe(FREE_TRIES);
    expect(lock.until).toBeGreaterThan(5_000_000);
    const c = pickContinuation(readSaves(storage), [level]);
    expect(c.kind === 'ok' && c.session.classroom!.pinLock).toEqual(lock);
  });
});
