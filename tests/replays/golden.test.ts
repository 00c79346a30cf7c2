/**
 * Golden replays: games recorded by the bots (tools/make-golden.ts), with the state hash of every
 * day and the final hash pinned in each file. The engine must reproduce every one bit for bit.
 *
 * After a DELIBERATE change to the rules, a level or a bot these fail by design: run
 *     npm run golden
 * review the outcomes it prints, and commit the regenerated tests/replays/*.replay.json with the
 * change. A failure without such a change means the engine's results moved: find out why.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseReplayText } from '../../src/replay/replaySchema';
import { makeReplay, verifyReplay, type Replay } from '../../src/engine/replay';
import { playGame } from '../../src/bots/playGame';
import { greedyBot } from '../../src/bots/greedy';
import { GAME_VERSION } from '../../src/engine/version';
import { REPO, shippedLevel, type ShippedId } from '../helpers/shipped';

const DIR = `${REPO}tests/replays`;
const files = readdirSync(DIR).filter((f) => f.endsWith('.replay.json')).sort();

function load(file: string): Replay {
  const r = parseReplayText(readFileSync(`${DIR}/${file}`, 'utf8'), file);
  if (!r.ok) throw new Error(r.error);
  return r.replay;
}

describe('golden replays', () => {
  it('cover both shipped levels, a couple of seeds each, wins and a loss', () => {
    const replays = files.map(load);
    expect(new Set(replays.filter((r) => r.level === 'tutorial').map((r) => r.seed)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(replays.filter((r) => r.level === 'forty-thousand').map((r) => r.seed)).size).toBeGreaterThanOrEqual(2);
    expect(replays.some((r) => r.result?.outcome === 'won')).toBe(true);
    expect(replays.some((r) => r.result?.outcome === 'lost')).toBe(true);
  });

  for (const file of files) {
    it(`${file}: verifies day by day and ends on its pinned hash`, () => {
      const replay = load(file);
      expect(replay.gameVersion).toBe(GAME_VERSION);
      const pinned = replay.result!;
      expect(pinned.hash).toMatch(/^[0-9a-f]{16}$/);
      const v = verifyReplay(replay, shippedLevel(replay.level as ShippedId));
      expect(v.error).toBeUndefined();
      expect(v).toMatchObject({ valid: true, hash: pinned.hash, outcome: pinned.outcome, reason: pinned.reason, readinessDay: pinned.readinessDay, day: pinned.day });
      expect(replay.days.length).toBe(pinned.day);
      expect(pinned.outcome).not.toBe('playing');
    });
  }
});

describe('tampered replays are caught', () => {
  // A replay recorded here and now (not a golden file), so these hold even while the goldens are stale.
  const level = () => shippedLevel('forty-thousand');
  const recorded = (() => {
    const g = playGame(level(), 'tamper', greedyBot);
    return makeReplay(level(), 'tamper', g.days, g.state);
  })();
  const fresh = () => structuredClone(recorded);

  it('the untampered recording verifies', () => {
    expect(recorded.result!.outcome).not.toBe('playing');
    expect(verifyReplay(fresh(), level())).toMatchObject({ valid: true, hash: recorded.result!.hash });
  });

  it('an edited order: invalid, naming the first day whose hash no longer matches', () => {
    const r = fresh();
    const k = r.days.findIndex((d, i) => i >= 2 && d.orders.some((o) => o.type === 'activate'));
    expect(k).toBeGreaterThanOrEqual(2);
    r.days[k]!.orders = r.days[k]!.orders.filter((o) => o.type !== 'activate');
    const v = verifyReplay(r, level());
    expect(v).toMatchObject({ valid: false, firstBadDay: k + 1 });
    expect(v.error).toMatch(new RegExp(`^day ${k + 1}: the state hash is [0-9a-f]{16}, the replay records ${r.days[k]!.hash}$`));
  });

  it('an order retargeted: invalid from that day', () => {
    const r = fresh();
    const k = r.days.findIndex((d) => d.orders.some((o) => o.type === 'move'));
    const i = r.days[k]!.orders.findIndex((o) => o.type === 'move');
    const move = r.days[k]!.orders[i] as { type: 'move'; formation: string; to: string };
    r.days[k]!.orders[i] = { ...move, to: move.to === 'rzeszow' ? 'lviv' : 'rzeszow' };
    expect(verifyReplay(r, level())).toMatchObject({ valid: false, firstBadDay: k + 1 });
  });

  it('an edited seed: invalid from day 1', () => {
    const r = fresh();
    r.seed = `${r.seed}x`;
    expect(verifyReplay(r, level())).toMatchObject({ valid: false, firstBadDay: 1 });
  });

  it('a different game version: invalid, and says so', () => {
    const r = fresh();
    r.gameVersion = '0.9.0';
    const v = verifyReplay(r, level());
    expect(v.valid).toBe(false);
    expect(v.error).toBe(`recorded with game version 0.9.0; this is ${GAME_VERSION}`);
  });

  it('an extra day after the game ended: invalid, naming that day', () => {
    const r = fresh();
    const n = r.days.length;
    r.days.push({ orders: [], hash: r.days[n - 1]!.hash });
    const v = verifyReplay(r, level());
    expect(v).toMatchObject({ valid: false, firstBadDay: n + 1 });
    expect(v.error).toBe(`day ${n + 1} has orders after the game ended on day ${n}`);
  });

  it('an edited day hash, an edited final hash, another level', () => {
    const r = fresh();
    r.days[4]!.hash = r.days[4]!.hash.replace(/^./, (c) => (c === '0' ? '1' : '0'));
    expect(verifyReplay(r, level())).toMatchObject({ valid: false, firstBadDay: 5 });
    const f = fresh();
    f.result = { ...f.result!, hash: '0000000000000000' };
    const v = verifyReplay(f, level());
    expect(v.valid).toBe(false);
    expect(v.firstBadDay).toBeUndefined();
    expect(v.error).toMatch(/the final hash is [0-9a-f]{16}, the replay's result records 0000000000000000/);
    expect(verifyReplay(fresh(), shippedLevel('tutorial'))).toMatchObject({ valid: false, error: 'the replay is of level "forty-thousand", not "tutorial"' });
  });

  it('a refused order slipped in changes nothing, so the replay stays valid (refusals are part of the rules)', () => {
    const r = fresh();
    r.days[0]!.orders.push({ type: 'activate', formation: 'no-such-unit' });
    expect(verifyReplay(r, level()).valid).toBe(true);
  });
});
