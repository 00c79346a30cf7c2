/**
 * Replays as the browser makes and reads them: the file a game exports is byte for byte the CLI's,
 * a CLI replay plays back through the store's sessions to the same hashes, and a tampered replay is
 * refused with a sentence that names the first day whose hash differs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { greedyBot } from '../../src/bots/greedy';
import { playGame } from '../../src/bots/playGame';
import { GAME_VERSION, hashState, makeReplay, MILESTONE_IDS, type Replay } from '../../src/engine';
import { checkReplay, checkReplayText } from '../../src/replay/checkReplay';
import { createPlayback, replaySplitDays } from '../../src/replay/playback';
import { replayFileName, replayFileText, sessionReplay } from '../../src/replay/replayFile';
import { parseReplayText } from '../../src/replay/replaySchema';
import { createActions } from '../../src/store/actions';
import { createGameStore } from '../../src/store/gameStore';
import { REPO, shippedLevel } from '../helpers/shipped';

const tutorial = shippedLevel('tutorial');
const campaign = shippedLevel('forty-thousand');
const levels = [tutorial, campaign];

/** A game played through the store, as the page plays it. */
function playInStore(seed: string) {
  const store = createGameStore();
  const actions = createActions(store);
  actions.newGame(tutorial, seed);
  while (store.getState().session!.state.status === 'playing') {
    for (const cmd of greedyBot(store.getState().session!.state, tutorial).orders) expect(actions.issue(cmd)).toBeNull();
    actions.endDay();
  }
  return store.getState().session!;
}

const clone = (r: Replay): Replay => JSON.parse(JSON.stringify(r)) as Replay;

describe('replays made in the browser', () => {
  it('are the very file the CLI writes for the same game', () => {
    const g = playInStore('b-1');
    const cli = playGame(tutorial, 'b-1', greedyBot);
    expect(replayFileText(sessionReplay(g))).toBe(`${JSON.stringify(makeReplay(tutorial, 'b-1', cli.days, cli.state), null, 1)}\n`);
    expect(replayFileName(sessionReplay(g))).toBe(`tutorial-b-1-day${g.days.length}.replay.json`);
    expect(replayFileName({ ...sessionReplay(g), seed: '../../etc/passwd' })).toMatch(/^tutorial-[A-Za-z0-9_-]+-day\d+\.replay\.json$/);
  });

  it('verify, and say what they hold', () => {
    const replay = sessionReplay(playInStore('b-2'));
    const r = checkReplayText(replayFileText(replay), 'b-2.json', levels);
    expect(r).toMatchObject({ ok: true, level: tutorial });
    if (r.ok) expect(hashState(r.end)).toBe(replay.result!.hash);
  });

  it('also hold an unfinished game, which verifies as far as it goes', () => {
    const store = createGameStore();
    const actions = createActions(store);
    actions.newGame(tutorial, 'half');
    for (let d = 0; d < 4; d++) {
      for (const cmd of greedyBot(store.getState().session!.state, tutorial).orders) actions.issue(cmd);
      actions.endDay();
    }
    actions.issue({ type: 'summit' });
    const replay = sessionReplay(store.getState().session!);
    expect(replay.days).toHaveLength(4);
    expect(replay.result!.outcome).toBe('playing');
    expect(checkReplay(replay, levels).ok).toBe(true);
  });
});

describe('tampered replays', () => {
  const original = makeReplay(tutorial, 't-1', ...((g) => [g.days, g.state] as const)(playGame(tutorial, 't-1', greedyBot)));

  it('an edited order: refused, naming its day', () => {
    const r = clone(original);
    r.days[2]!.orders = r.days[2]!.orders.slice(1);
    expect(checkReplay(r, levels)).toMatchObject({ ok: false, firstBadDay: 3, error: expect.stringContaining('on day 3') });
  });

  it('an edited seed: refused on the first day', () => {
    const r = clone(original);
    r.seed = 't-2';
    expect(checkReplay(r, levels)).toMatchObject({ ok: false, firstBadDay: 1, error: expect.stringContaining('on day 1') });
  });

  it('another game version: refused as such', () => {
    const r = clone(original);
    r.gameVersion = '0.9.0';
    expect(checkReplay(r, levels)).toMatchObject({ ok: false, error: expect.stringContaining(`recorded with game version 0.9.0; this is version ${GAME_VERSION}`) });
  });

  it('orders after the end, an edited result, an unknown level', () => {
    const late = clone(original);
    late.days.push({ orders: [], hash: late.days[late.days.length - 1]!.hash });
    expect(checkReplay(late, levels)).toMatchObject({ ok: false, firstBadDay: late.days.length, error: expect.stringContaining('after the game ended') });
    const result = clone(original);
    result.result!.hash = '0123456789abcdef';
    expect(checkReplay(result, levels)).toMatchObject({ ok: false, error: expect.stringContaining('0123456789abcdef') });
    const moon = clone(original);
    moon.level = 'moon';
    expect(checkReplay(moon, levels)).toMatchObject({ ok: false, error: expect.stringContaining('“moon”') });
  });
});

describe('watching a replay', () => {
  it('plays a CLI replay (the golden files) through the store sessions to the same hash every day', () => {
    for (const file of ['tutorial.golden-1.greedy.replay.json', 'forty-thousand.golden-4.random.replay.json']) {
      const parsed = parseReplayText(readFileSync(`${REPO}tests/replays/${file}`, 'utf8'), file);
      if (!parsed.ok) throw new Error(parsed.error);
      const replay = parsed.replay;
      const level = replay.level === 'tutorial' ? tutorial : campaign;
      const p = createPlayback(level, replay);
      expect(p.length).toBe(replay.days.length);
      for (let k = 1; k <= p.length; k++) {
        const g = p.at(k);
        expect(g.viewOnly).toBe(true);
        expect(g.days[k - 1]!.hash, `${file} day ${k}`).toBe(replay.days[k - 1]!.hash);
        expect(hashState(g.state)).toBe(replay.days[k - 1]!.hash);
      }
      // Going back gives the same session objects (nothing is recomputed differently).
      expect(p.at(3)).toBe(p.at(3));
      expect(hashState(p.at(p.length).state)).toBe(replay.result!.hash);
      expect(replaySplitDays(p)).toEqual([...p.at(p.length).state.milestones]);
      expect(replaySplitDays(p)).toHaveLength(MILESTONE_IDS.length);
    }
  });

  it('gives each day its log and report, as the game had them', () => {
    const replay = sessionReplay(playInStore('w-1'));
    const p = createPlayback(tutorial, replay);
    const live = playInStore('w-1');
    expect(p.at(p.length).log).toEqual(live.log);
    expect(p.at(p.length).lastDay).toEqual(live.lastDay);
  });
});
