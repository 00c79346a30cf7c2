/**
 * Levels on demand (issue 16): a first visit's title has only the levels' cards; a level's file
 * is fetched when it is chosen, and everything that needs all of them (codes, replays, the daily
 * challenge, generated levels, saves) waits for one download of them and then behaves as with
 * the levels loaded from the start. Failed downloads say so and can be tried again.
 */
import { describe, expect, it } from 'vitest';
import { dailyAt } from '../../src/share/daily';
import { encodeGameCode } from '../../src/share/shareCode';
import { createRunTracker } from '../../src/speedrun/tracker';
import { createActions, type LevelSource } from '../../src/store/actions';
import { createGameStore } from '../../src/store/gameStore';
import { createShareFeature } from '../../src/ui/share/feature';
import { createViewer } from '../../src/ui/share/viewer';
import { levelBriefOf, levelCardOf, levelFrontOf } from '../../src/levels/levelCard';
import type { Level } from '../../src/levels/schema';
import { MemoryStorage } from '../helpers/memoryStorage';
import { shippedLevel } from '../helpers/shipped';

const tutorial = shippedLevel('tutorial');
const campaign = shippedLevel('forty-thousand');
const NOW = Date.UTC(2025, 5, 1, 9, 30);

/** A level source that counts its downloads and can be made to fail. */
function source(levels: Level[]) {
  const calls = { one: [] as string[], all: 0 };
  let failing = false;
  const s: LevelSource & { calls: typeof calls; fail(on: boolean): void } = {
    calls,
    fail(on) { failing = on; },
    async load(id) {
      calls.one.push(id);
      if (failing) throw new Error('offline');
      const l = levels.find((x) => x.id === id);
      if (!l) throw new Error(`no level "${id}"`);
      return l;
    },
    async loadAll() {
      calls.all++;
      if (failing) throw new Error('offline');
      return levels;
    },
  };
  return s;
}

function setup() {
  const store = createGameStore();
  const actions = createActions(store);
  const levels = source([tutorial, campaign]);
  actions.offerLevels([tutorial, campaign].map(levelCardOf), levels);
  const storage = new MemoryStorage();
  const tracker = createRunTracker(store, { now: () => 0, storage });
  const viewer = createViewer(store, actions);
  const f = createShareFeature({ store, actions, tracker, viewer, storage, clock: () => NOW, pageUrl: () => 'https://guarantor.example/' });
  actions.showTitle();
  return { store, actions, levels, f };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

/** The title's cards without their briefs, and a source that has the briefs alone as well. */
function setupWithBriefs() {
  const store = createGameStore();
  const actions = createActions(store);
  const levels = source([tutorial, campaign]);
  const briefCalls = { n: 0 };
  let failing = false;
  actions.offerLevels([tutorial, campaign].map(levelFrontOf), {
    ...levels,
    async briefs() {
      briefCalls.n++;
      if (failing) throw new Error('offline');
      return { tutorial: levelBriefOf(tutorial), 'forty-thousand': levelBriefOf(campaign) };
    },
  });
  return { store, actions, levels, briefCalls, fail: (on: boolean) => { failing = on; } };
}

describe('levels on demand', () => {
  it('starts with the cards only; one level is fetched alone, all of them once', async () => {
    const x = setup();
    expect(x.store.getState().levelCards.map((c) => c.id)).toEqual(['tutorial', 'forty-thousand']);
    expect(x.store.getState().levels).toEqual([]);
    expect(x.actions.levelsLoaded()).toBe(false);

    expect(await x.actions.loadLevel('tutorial')).toBe(tutorial);
    expect(x.levels.calls).toEqual({ one: ['tutorial'], all: 0 });
    expect(x.actions.levelsLoaded()).toBe(false);

    const [a, b] = await Promise.all([x.actions.loadLevels(), x.actions.loadLevels()]);
    expect(a).toEqual([tutorial, campaign]);
    expect(b).toBe(a);
    expect(x.levels.calls.all).toBe(1);
    expect(x.actions.levelsLoaded()).toBe(true);
    // Once all are in the store, nothing is downloaded again.
    expect(await x.actions.loadLevel('forty-thousand')).toBe(campaign);
    expect(x.levels.calls).toEqual({ one: ['tutorial'], all: 1 });
  });

  it('a failed download can be tried again', async () => {
    const x = setup();
    x.levels.fail(true);
    await expect(x.actions.loadLevels()).rejects.toThrow('offline');
    expect(x.actions.levelsLoaded()).toBe(false);
    x.levels.fail(false);
    expect(await x.actions.loadLevels()).toHaveLength(2);
    expect(x.levels.calls.all).toBe(2);
  });

  it('a game code, the daily challenge and a generated level open once the levels are in', async () => {
    const x = setup();
    expect(x.f.openCode(encodeGameCode('forty-thousand', 'q'))).toBe(true);
    expect(x.store.getState().session).toBeNull();
    await settle();
    expect(x.store.getState().session).toMatchObject({ seed: 'q', level: { id: 'forty-thousand' } });

    const y = setup();
    y.f.playDaily();
    await settle();
    expect(y.store.getState().session).toMatchObject({ seed: 'daily-2025-06-01', level: { id: dailyAt(NOW).level }, run: { seedMode: 'daily' } });

    const z = setup();
    expect(z.f.playGenerated('NOT OK', 'set')).toContain('lower-case');
    expect(z.levels.calls.all).toBe(0);
    expect(z.f.playGenerated('lantern-otter-47', 'random')).toBeNull();
    await settle();
    expect(z.store.getState().session).toMatchObject({ level: { id: 'gen-lantern-otter-47' }, run: { seedMode: 'random' } });
  });

  it('a code for a level the game does not have is refused after the download, in the field', async () => {
    const x = setup();
    x.f.openCode(encodeGameCode('no-such-level', 'q'));
    await settle();
    expect(x.store.getState().session).toBeNull();
    expect(x.f.ui.getState().codeError).toContain('no-such-level');
  });

  it('gives the cards their briefs in one download of the briefs alone, and may try again after a failure', async () => {
    const x = setupWithBriefs();
    expect(x.store.getState().levelCards.some((c) => c.brief)).toBe(false);
    x.fail(true);
    await expect(x.actions.loadLevelBriefs()).rejects.toThrow('offline');
    expect(x.store.getState().levelCards.map((c) => c.id)).toEqual(['tutorial', 'forty-thousand']);
    expect(x.store.getState().levelCards.some((c) => c.brief)).toBe(false);
    x.fail(false);
    await Promise.all([x.actions.loadLevelBriefs(), x.actions.loadLevelBriefs()]);
    expect(x.store.getState().levelCards).toStrictEqual([tutorial, campaign].map(levelCardOf));
    await x.actions.loadLevelBriefs();
    expect(x.briefCalls.n).toBe(2);
    expect(x.levels.calls).toEqual({ one: [], all: 0 });
  });

  it('names a level by its card before its file is loaded (the personal-bests table)', async () => {
    const x = setup();
    expect(x.f.levelTitle('forty-thousand')).toBe(campaign.title);
    expect(x.f.levelTitle('no-such-level')).toBe('no-such-level');
    expect(x.levels.calls).toEqual({ one: [], all: 0 });
  });

  it('no levels are fetched for a title without saves; a failed download is a notice', async () => {
    const x = setup();
    x.f.refreshContinuation();
    expect(x.f.ui.getState().continuation).toEqual({ kind: 'none' });
    expect(x.levels.calls).toEqual({ one: [], all: 0 });
    x.levels.fail(true);
    x.f.playDaily();
    await settle();
    expect(x.store.getState().session).toBeNull();
    expect(x.store.getState().ui.notices.at(-1)).toMatchObject({ kind: 'error' });
  });
});
