/**
 * The sharing feature as the page drives it, without the DOM: codes and links open games, bad
 * input leaves the game in progress untouched and says what was wrong, replays are verified and
 * watched through the store (step, branch, close gives the game back), the daily challenge and
 * generated levels start with the right seed mode.
 */
import { describe, expect, it } from 'vitest';
import { readLaunch } from '../../src/app/launchParams';
import { launchSeedMode, readSharedLaunch } from '../../src/app/shareWiring';
import { greedyBot } from '../../src/bots/greedy';
import { playGame } from '../../src/bots/playGame';
import { hashState, makeReplay } from '../../src/engine';
import { replayFileText } from '../../src/replay/replayFile';
import { dailyAt } from '../../src/share/daily';
import { encodeGameCode, encodeRunCode } from '../../src/share/shareCode';
import { createRunTracker } from '../../src/speedrun/tracker';
import { createActions } from '../../src/store/actions';
import { createGameStore } from '../../src/store/gameStore';
import { createShareFeature, readShareInput } from '../../src/ui/share/feature';
import { createViewer } from '../../src/ui/share/viewer';
import { noticeText, orderRefusalText } from '../../src/ui/noticeText';
import { MemoryStorage } from '../helpers/memoryStorage';
import { shippedLevel } from '../helpers/shipped';

const tutorial = shippedLevel('tutorial');
const campaign = shippedLevel('forty-thousand');
const NOW = Date.UTC(2025, 5, 1, 9, 30);

function setup() {
  const store = createGameStore();
  const actions = createActions(store);
  actions.setLevels([tutorial, campaign]);
  const storage = new MemoryStorage();
  const tracker = createRunTracker(store, { now: () => 0, storage });
  const viewer = createViewer(store, actions);
  const f = createShareFeature({ store, actions, tracker, viewer, storage, clock: () => NOW, pageUrl: () => 'https://guarantor.example/play/?level=x#y' });
  actions.showTitle();
  return { store, actions, f, tracker, viewer };
}

function inGame(x: ReturnType<typeof setup>) {
  x.actions.newGame(tutorial, 'mine', { seedMode: 'set' });
  x.actions.issue({ type: 'activate', formation: 'pl-6-ab' });
  x.actions.endDay();
  x.actions.issue({ type: 'summit' });
  return x.store.getState().session!;
}

describe('links and codes', () => {
  it('a pasted code, a link with a level and seed, or a run link all open', () => {
    expect(readShareInput(encodeGameCode('tutorial', 'a'))).toMatchObject({ ok: true, shared: { kind: 'game', level: 'tutorial', seed: 'a' } });
    expect(readShareInput('https://x.org/g/?level=forty-thousand&seed=b')).toMatchObject({ ok: true, shared: { level: 'forty-thousand', seed: 'b' } });
    expect(readShareInput('https://x.org/?level=gen-oak-river-7')).toMatchObject({ ok: true, shared: { level: 'gen-oak-river-7', seed: 'oak-river-7' } });
    const run = encodeRunCode(makeReplay(tutorial, 'r', ...((g) => [g.days, g.state] as const)(playGame(tutorial, 'r', greedyBot))));
    expect(readShareInput(`https://x.org/?replay=${run}`)).toMatchObject({ ok: true, shared: { kind: 'run' } });
    expect(readSharedLaunch(`?replay=${run}`)).toMatchObject({ shared: { kind: 'run' }, errors: [] });
    expect(readSharedLaunch(`?replay=${run.slice(0, -3)}`)).toMatchObject({ shared: null, errors: [expect.stringContaining('incomplete')] });
    expect(readShareInput('https://x.org/?level=<b>')).toMatchObject({ ok: false, error: expect.stringContaining('not a level id') });
    expect(readShareInput('https://x.org/?foo=1')).toMatchObject({ ok: false, error: expect.stringContaining('names no level') });
  });

  it('?level=gen-<seed> opens a generated level; a bad one says why', () => {
    expect(readLaunch('?level=gen-oak-river-7&seed=x', [tutorial, campaign])).toMatchObject({ level: { id: 'gen-oak-river-7' }, seed: 'x', errors: [] });
    expect(readLaunch('?level=gen-&seed=x', [tutorial, campaign]).errors[0]).toContain('lower-case');
    expect(launchSeedMode('tutorial', null)).toBe('random');
    expect(launchSeedMode('tutorial', 'a')).toBe('set');
    expect(launchSeedMode('gen-daily-2025-06-01', 'daily-2025-06-01')).toBe('daily');
  });
});

describe('bad input never touches the game in progress', () => {
  it('a bad code, an unknown level, a tampered or foreign replay: a message, the same game', () => {
    const x = setup();
    const g = inGame(x);
    const bad = [
      'G1.garbage', encodeGameCode('moon', 'a'), '<img src=x onerror=alert(1)>', 'x'.repeat(100_000),
      `https://x/?level=tutorial&seed=${encodeURIComponent('<script>')}`,
    ];
    for (const t of bad) {
      expect(x.f.openCode(t)).toBe(false);
      expect(x.f.ui.getState().codeError).toEqual(expect.any(String));
      expect(x.store.getState().session).toBe(g);
    }
    expect(x.f.ui.getState().codeError).toContain('seed');
    const played = playGame(tutorial, 'r', greedyBot);
    const replay = makeReplay(tutorial, 'r', played.days, played.state);
    replay.days[3]!.orders = [];
    expect(x.f.importReplayText(replayFileText(replay), 'bad.json')).toBe(false);
    expect(x.f.ui.getState().importError).toContain('on day 4');
    expect(x.f.importReplayText('{"__proto__":{}}', 'proto.json')).toBe(false);
    expect(x.f.ui.getState().importError).toContain('__proto__');
    expect(x.store.getState().session).toBe(g);
    expect(x.f.playGenerated('Not_OK', 'set')).toContain('lower-case');
    expect(x.store.getState().session).toBe(g);
  });
});

describe('starting games', () => {
  it('the daily challenge: the same generated level and seed for the date, in daily mode', () => {
    const x = setup();
    x.f.playDaily();
    const g = x.store.getState().session!;
    expect(g.level.id).toBe(dailyAt(NOW).level);
    expect(g.seed).toBe('daily-2025-06-01');
    expect(g.run).toEqual({ seedMode: 'daily' });
    expect(x.tracker.view.getState().seedMode).toBe('daily');
  });

  it('a generated level from the seed field, and a game code', () => {
    const x = setup();
    expect(x.f.playGenerated('lantern-otter-47', 'random')).toBeNull();
    expect(x.store.getState().session).toMatchObject({ seed: 'lantern-otter-47', level: { id: 'gen-lantern-otter-47' }, run: { seedMode: 'random' } });
    expect(x.f.openCode(`  ${encodeGameCode('forty-thousand', 'q')}\n`)).toBe(true);
    expect(x.store.getState().session).toMatchObject({ seed: 'q', level: { id: 'forty-thousand' } });
  });

  it('share texts of the game on screen: link, code, and a run link once finished', () => {
    const x = setup();
    const g = inGame(x);
    expect(x.f.linkOf(g)).toBe('https://guarantor.example/play/?level=tutorial&seed=mine');
    expect(readShareInput(x.f.codeOf(g))).toMatchObject({ ok: true, shared: { level: 'tutorial', seed: 'mine' } });
    expect(x.f.runLinkOf(g)).toMatchObject({ ok: false, error: expect.stringContaining('once it is finished') });
    while (x.store.getState().session!.state.status === 'playing') {
      for (const cmd of greedyBot(x.store.getState().session!.state, tutorial).orders) x.actions.issue(cmd);
      x.actions.endDay();
    }
    const done = x.f.runLinkOf(x.store.getState().session!);
    expect(done.ok).toBe(true);
    if (done.ok) {
      expect(done.url.length).toBeLessThan(8000);
      const back = readShareInput(done.url);
      expect(back).toMatchObject({ ok: true, shared: { kind: 'run', replay: { level: 'tutorial', seed: 'mine' } } });
    }
  });
});

describe('watching a replay', () => {
  it('steps through it in the store, branches into a game, and gives the old game back on close', () => {
    const x = setup();
    const mine = inGame(x);
    const played = playGame(tutorial, 'v', greedyBot);
    const replay = makeReplay(tutorial, 'v', played.days, played.state);
    expect(x.f.importReplayText(replayFileText(replay), 'v.json')).toBe(true);
    x.f.watchImported();
    expect(x.store.getState().session).toMatchObject({ viewOnly: true, seed: 'v' });
    x.viewer.step(1);
    x.viewer.step(1);
    x.viewer.step(1);
    expect(hashState(x.store.getState().session!.state)).toBe(replay.days[2]!.hash);
    x.viewer.step(-1);
    expect(x.viewer.state.getState().day).toBe(2);
    // Orders are refused while watching.
    const refusal = x.actions.issue({ type: 'summit' });
    expect(refusal).toEqual({ code: 'watchingReplay', params: {} });
    expect(orderRefusalText(refusal!, tutorial)).toContain('watching a replay');
    expect(noticeText(x.store.getState().ui.notices.at(-1)!.text)).toContain('watching a replay');
    x.actions.endDay();
    expect(x.viewer.state.getState().day).toBe(2);
    // Close: the game in progress comes back exactly.
    x.f.closeViewer();
    const back = x.store.getState().session!;
    expect(back.viewOnly).toBeFalsy();
    expect(hashState(back.state)).toBe(hashState(mine.state));
    expect(back.orders).toEqual(mine.orders);
    // Branch from day 5 of the replay: a new game of the player's, with the replay's days behind it.
    x.f.watchImported();
    x.viewer.seek(5);
    x.f.branch();
    const b = x.store.getState().session!;
    expect(b.viewOnly).toBe(false);
    expect(b.run).toMatchObject({ branched: true });
    expect(b.days).toHaveLength(5);
    expect(x.actions.issue({ type: 'summit' })).toBeNull();
    expect(x.tracker.view.getState()).toMatchObject({ untimedWhy: 'branched', playable: true });
  });

  it('races an imported replay: its milestone days become the comparison', () => {
    const x = setup();
    const played = playGame(tutorial, 'race', greedyBot);
    const replay = makeReplay(tutorial, 'race', played.days, played.state);
    x.f.importReplayText(replayFileText(replay), 'race.json');
    x.f.raceImported();
    const v = x.tracker.view.getState();
    expect(v.comparison).toBe('replay');
    expect(v.replayCmp?.days).toEqual(played.state.milestones);
    expect(x.store.getState().session).toMatchObject({ seed: 'race', level: { id: 'tutorial' } });
  });
});
