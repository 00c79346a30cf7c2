/**
 * Saves: autosave at every change, continue exactly where the game stopped (rebuilt by replaying
 * and checking every hash), versioned with migrations or a clear refusal, never half-loaded; a
 * damaged latest save falls back on the previous good one; full or missing storage never stops
 * the game.
 */
import { describe, expect, it } from 'vitest';
import { wireAutosave } from '../../src/app/autosave';
import { saveOf } from '../../src/saves/saveOf';
import { greedyBot } from '../../src/bots/greedy';
import { GAME_VERSION, hashState } from '../../src/engine';
import { migrate } from '../../src/saves/migrate';
import { restoreSave, pickContinuation } from '../../src/saves/restore';
import { parseSave, SAVE_FORMAT, SAVE_VERSION, saveText, type Save } from '../../src/saves/saveFormat';
import { discardSaves, readSaves, SAVE_KEYS, SAVE_OWNER_KEY, writeSave } from '../../src/saves/saveSlots';
import { noticeText } from '../../src/ui/noticeText';
import { createActions } from '../../src/store/actions';
import { createGameStore } from '../../src/store/gameStore';
import { SAVE_TEXT } from '../../src/i18n/catalogs/saves';
import { MemoryStorage } from '../helpers/memoryStorage';
import { shippedLevel } from '../helpers/shipped';

const tutorial = shippedLevel('tutorial');
const campaign = shippedLevel('forty-thousand');
const levels = [tutorial, campaign];
const timing = () => ({ clockMs: 61_500, splitMs: [4000, null, null, null, null, null, null, null] });

function playing(storage: MemoryStorage | null, days: number, seed = 'sv-1') {
  const store = createGameStore();
  const actions = createActions(store);
  const notes: string[] = [];
  wireAutosave(store, storage, { timing, savedAt: () => '2025-06-01T12:00:00.000Z', notify: (_k, t) => notes.push(noticeText(t)) });
  actions.newGame(campaign, seed, { seedMode: 'random' });
  for (let d = 0; d < days; d++) {
    for (const cmd of greedyBot(store.getState().session!.state, campaign).orders) actions.issue(cmd);
    actions.endDay();
  }
  return { store, actions, notes };
}

describe('autosave and continue', () => {
  it('continues exactly where the game stopped, today’s orders included, after a reload', () => {
    const storage = new MemoryStorage();
    const { store, actions } = playing(storage, 6);
    actions.issue({ type: 'summit' });
    const before = store.getState().session!;
    // "Reload": a new page reads the slots.
    const c = pickContinuation(readSaves(storage), levels);
    expect(c.kind).toBe('ok');
    if (c.kind !== 'ok') return;
    expect(c.note).toBeNull();
    expect(hashState(c.session.state)).toBe(hashState(before.state));
    expect(c.session.orders).toEqual(before.orders);
    expect(c.session.days).toEqual(before.days);
    expect(c.session.log).toEqual(before.log);
    expect(c.session.run).toEqual({ seedMode: 'random', branched: false, restored: true });
    expect(c.save.run).toMatchObject({ clockMs: 61_500, seedMode: 'random' });
  });

  it('never saves a replay being watched', () => {
    const storage = new MemoryStorage();
    const { store, actions } = playing(storage, 2);
    const saved = storage.getItem(SAVE_KEYS.a) ?? storage.getItem(SAVE_KEYS.b);
    actions.openSession({ ...store.getState().session!, viewOnly: true, orders: [] });
    expect(readSaves(storage).latest).toMatchObject({ ok: true });
    expect([storage.getItem(SAVE_KEYS.a), storage.getItem(SAVE_KEYS.b)]).toContain(saved);
  });

  it('keeps the previous good save: a damaged latest one falls back on it, with a message', () => {
    const storage = new MemoryStorage();
    playing(storage, 5);
    const latest = storage.getItem(SAVE_KEYS.latest) as 'a' | 'b';
    const good = parseSave(storage.getItem(SAVE_KEYS[latest === 'a' ? 'b' : 'a']));
    expect(good.ok).toBe(true);
    storage.map.set(SAVE_KEYS[latest], storage.getItem(SAVE_KEYS[latest])!.slice(0, 200));
    const c = pickContinuation(readSaves(storage), levels);
    expect(c).toMatchObject({ kind: 'ok', note: expect.stringContaining('damaged') });
    if (c.kind === 'ok' && good.ok) expect(c.session.days).toHaveLength(good.save.days.length);
  });

  it('a hand-edited save (a changed hash, order, level or seed) is refused whole, naming the day', () => {
    const storage = new MemoryStorage();
    const { store } = playing(storage, 5);
    const save = saveOf(store.getState().session!, timing(), 'x');
    const edited: Save = JSON.parse(JSON.stringify(save));
    edited.days[2]!.hash = '0000000000000000';
    expect(restoreSave(edited, levels)).toMatchObject({ ok: false, error: expect.stringContaining('day 3') });
    const seed: Save = { ...save, seed: 'other' };
    expect(restoreSave(seed, levels)).toMatchObject({ ok: false, error: expect.stringContaining('day 1') });
    const level: Save = { ...save, level: 'moon' };
    expect(restoreSave(level, levels)).toMatchObject({ ok: false, error: expect.stringContaining('“moon”') });
    const order: Save = { ...save, today: [{ type: 'activate', formation: 'no-such-unit' }] };
    expect(restoreSave(order, levels)).toMatchObject({ ok: false, error: expect.stringContaining('refused') });
    // Both slots damaged: nothing to continue, and a message saying why.
    for (const k of [SAVE_KEYS.a, SAVE_KEYS.b]) storage.map.set(k, saveText(edited));
    expect(pickContinuation(readSaves(storage), levels)).toMatchObject({ kind: 'broken', error: expect.stringContaining('day 3') });
  });

  it('a save of another game version is kept when its days still replay the same, refused when not', () => {
    const storage = new MemoryStorage();
    const { store } = playing(storage, 3);
    const save = { ...saveOf(store.getState().session!, timing(), 'x'), gameVersion: '0.0.1' };
    expect(restoreSave(save, levels).ok).toBe(true);
    const changed = { ...save, days: save.days.map((d, i) => (i === 1 ? { ...d, hash: 'ffffffffffffffff' } : d)) };
    expect(restoreSave(changed, levels)).toMatchObject({ ok: false, error: expect.stringContaining('game version 0.0.1') });
  });

  it('full storage: the game goes on, one message per game, the previous save untouched', () => {
    const storage = new MemoryStorage();
    playing(storage, 2);
    const before = new Map(storage.map);
    storage.full = true;
    const { store, notes } = playing(storage, 3, 'sv-2');
    expect(store.getState().session!.state.day).toBe(4);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/could not be saved \(QuotaExceededError\)/);
    expect(storage.map).toEqual(before);
  });

  it('storage that drops writes is caught by reading back', () => {
    const storage = new MemoryStorage();
    storage.lying = true;
    const { store } = playing(storage, 1);
    expect(writeSave(storage, saveOf(store.getState().session!, timing(), 'x'))).toEqual({ ok: false, reason: 'the browser did not keep it' });
  });

  it('no storage at all (disabled): the game goes on, with one message', () => {
    const { store, notes } = playing(null, 3);
    expect(store.getState().session!.state.day).toBe(4);
    expect(notes).toEqual([expect.stringContaining('does not let the game save')]);
    expect(readSaves(null)).toEqual({ latest: null, previous: null });
  });

  it('discarding clears both slots', () => {
    const storage = new MemoryStorage();
    playing(storage, 2);
    discardSaves(storage);
    expect(storage.map.size).toBe(0);
    expect(pickContinuation(readSaves(storage), levels)).toEqual({ kind: 'none' });
  });
});

/**
 * Two tabs of the game in one browser share the storage. The browser tells each tab when another
 * changes a key (the storage event); here a tiny hub plays the browser.
 */
function twoTabs() {
  const storage = new MemoryStorage();
  const listeners = new Map<string, (owner: string | null) => void>();
  const realSet = storage.setItem.bind(storage);
  storage.setItem = (key: string, value: string) => {
    const before = storage.getItem(key);
    realSet(key, value);
    // Only the other tabs hear of a change, and only of a real one.
    if (key === SAVE_OWNER_KEY && before !== value) for (const [id, fn] of listeners) if (id !== value) fn(value);
  };
  const tab = (id: string) => {
    const store = createGameStore();
    const actions = createActions(store);
    const notes: Array<{ kind: string; text: string; action?: { label: string; run: () => void } }> = [];
    wireAutosave(store, storage, {
      timing, savedAt: () => '2025-06-01T12:00:00.000Z',
      notify: (kind, text, action) => notes.push({ kind, text: noticeText(text), ...(action ? { action: { label: noticeText(action.label), run: action.run } } : {}) }),
      tabs: { id, onOwnerChange: (fn) => listeners.set(id, fn) },
    });
    const play = (days: number) => {
      for (let d = 0; d < days; d++) {
        for (const cmd of greedyBot(store.getState().session!.state, campaign).orders) actions.issue(cmd);
        actions.endDay();
      }
    };
    return { store, actions, notes, play };
  };
  const savedDay = () => { const r = readSaves(storage).latest; return r?.ok ? r.save.days.length : null; };
  return { storage, tab, savedDay };
}

describe('two tabs', () => {
  it('a tab whose saves another tab has taken stops saving, says so, and can take them back', () => {
    const { storage, tab, savedDay } = twoTabs();
    const a = tab('tab-a');
    a.actions.newGame(campaign, 'tab-a-seed', { seedMode: 'set' });
    a.play(4);
    expect(savedDay()).toBe(4);
    expect(storage.getItem(SAVE_OWNER_KEY)).toBe('tab-a');

    const b = tab('tab-b');
    b.actions.newGame(campaign, 'tab-b-seed', { seedMode: 'set' });
    b.play(1);
    expect(storage.getItem(SAVE_OWNER_KEY)).toBe('tab-b');
    const warned = a.notes.filter((n) => n.text === SAVE_TEXT.otherTab);
    expect(warned).toHaveLength(1);
    expect(warned[0]!.kind).toBe('error');
    expect(warned[0]!.action?.label).toBe(SAVE_TEXT.keepThisTab);
    expect(b.notes).toEqual([]);

    // Tab A plays on: its days no longer replace tab B's game.
    a.play(3);
    const latest = readSaves(storage).latest;
    expect(latest?.ok && latest.save.seed).toBe('tab-b-seed');
    expect(savedDay()).toBe(1);

    // The player chooses tab A's game: it is saved at once, and tab B is the one told now.
    warned[0]!.action!.run();
    const back = readSaves(storage).latest;
    expect(back?.ok && back.save.seed).toBe('tab-a-seed');
    expect(savedDay()).toBe(7);
    expect(storage.getItem(SAVE_OWNER_KEY)).toBe('tab-a');
    expect(a.notes.at(-1)).toMatchObject({ kind: 'info', text: SAVE_TEXT.keptThisTab });
    expect(b.notes.filter((n) => n.text === SAVE_TEXT.otherTab)).toHaveLength(1);
  });

  it('starting a new game in a tab that gave up its saves takes them back', () => {
    const { tab, savedDay, storage } = twoTabs();
    const a = tab('tab-a');
    a.actions.newGame(campaign, 'first', { seedMode: 'set' });
    a.play(2);
    const b = tab('tab-b');
    b.actions.newGame(campaign, 'second', { seedMode: 'set' });
    b.play(1);
    a.actions.newGame(tutorial, 'third', { seedMode: 'set' });
    a.play(2);
    const latest = readSaves(storage).latest;
    expect(latest?.ok && latest.save.seed).toBe('third');
    expect(savedDay()).toBe(2);
  });

  it('a tab with no game in progress is not warned, and its own writes never warn itself', () => {
    const { tab } = twoTabs();
    const idle = tab('tab-idle');
    const a = tab('tab-a');
    a.actions.newGame(campaign, 'only', { seedMode: 'set' });
    a.play(3);
    expect(idle.notes).toEqual([]);
    expect(a.notes).toEqual([]);
  });
});

describe('save versions', () => {
  const base = (): Record<string, unknown> => JSON.parse(saveText(saveOf(playing(null, 1).store.getState().session!, timing(), 'x'))) as Record<string, unknown>;

  it('the current version parses; its format and version are written', () => {
    const v = base();
    expect(v).toMatchObject({ format: SAVE_FORMAT, version: SAVE_VERSION, gameVersion: GAME_VERSION });
    expect(parseSave(JSON.stringify(v)).ok).toBe(true);
  });

  it('a newer version, or an older one with no migration, is refused with a clear message', () => {
    expect(parseSave(JSON.stringify({ ...base(), version: SAVE_VERSION + 1 }))).toMatchObject({ ok: false, error: expect.stringContaining('newer version of the game') });
    expect(parseSave(JSON.stringify({ ...base(), version: 0 }))).toMatchObject({ ok: false, error: expect.stringContaining('cannot convert') });
    expect(parseSave(JSON.stringify({ ...base(), version: 'one' }))).toMatchObject({ ok: false });
  });

  it('migrations run one version at a time, and a gap refuses the whole', () => {
    const steps = {
      1: (o: Record<string, unknown>) => ({ ...o, renamed: o.old, old: undefined }),
      2: (o: Record<string, unknown>) => ({ ...o, added: true }),
    };
    expect(migrate({ version: 1, old: 5 }, 3, steps)).toEqual({ ok: true, value: { version: 3, renamed: 5, old: undefined, added: true } });
    expect(migrate({ version: 0 }, 3, steps)).toEqual({ ok: false, kind: 'older', version: 0 });
    expect(migrate({ version: 4 }, 3, steps)).toEqual({ ok: false, kind: 'newer', version: 4 });
  });

  it('damaged, foreign and hostile saves are refused, never thrown', () => {
    for (const bad of ['', '{', 'null', '[]', '{"format":"guarantor-save"}', JSON.stringify({ ...base(), days: 'many' }),
      '{"format":"guarantor-save","version":1,"__proto__":{"x":1}}', '{"constructor":{"prototype":{"x":1}}}', 'x'.repeat(4_000_000)]) {
      const r = parseSave(bad);
      expect(r.ok, bad.slice(0, 40)).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(5);
    }
    expect(parseSave(42)).toMatchObject({ ok: false });
  });
});
