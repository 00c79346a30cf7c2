/**
 * The level generator: from a seed alone, a complete level that passes the same schema and checks
 * as a hand-made one, draws its places and forces from the campaign (so the map stays real), and
 * that the greedy bot wins. A seed the bot cannot win is a generator bug, not bad luck.
 */
import { fc } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { greedyBot } from '../../src/bots/greedy';
import { playGame } from '../../src/bots/playGame';
import { hashState, NATION_IDS, verifyReplay } from '../../src/engine';
import { generateLevel, generatorSeedOf, isGeneratorSeed } from '../../src/levels/generateLevel';
import { parseLevelText, validateLevel } from '../../src/levels/parseLevel';
import type { Level } from '../../src/levels/schema';
import { parseReplayText } from '../../src/replay/replaySchema';
import { resolveLevel } from '../../src/levels/resolveLevel';
import { levelProblemText } from '../../src/i18n/levelProblem';
import { REPO, shippedLevel } from '../helpers/shipped';

const pool = shippedLevel('forty-thousand');
const tutorial = shippedLevel('tutorial');

function gen(seed: string): Level {
  const r = generateLevel(seed, pool);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.level;
}

/** Everything a generated level must be, apart from winnable. */
function checkShape(level: Level, seed: string): void {
  expect(level.id).toBe(`gen-${seed}`);
  expect(validateLevel(JSON.parse(JSON.stringify(level)), level.id)).toMatchObject({ ok: true });
  const poolNodes = new Map(pool.nodes.map((n) => [n.id, n]));
  for (const n of level.nodes) {
    const real = poolNodes.get(n.id)!;
    expect(real, n.id).toBeDefined();
    expect([n.name, n.lat, n.lon, n.country]).toEqual([real.name, real.lat, real.lon, real.country]);
  }
  const poolLinks = new Set(pool.links.map((l) => `${l.id}:${l.from}:${l.to}:${l.kind}:${l.days}`));
  for (const l of level.links) expect(poolLinks.has(`${l.id}:${l.from}:${l.to}:${l.kind}:${l.days}`), l.id).toBe(true);
  const poolFormations = new Set(pool.nations.flatMap((n) => n.roster.map((f) => `${n.id}:${f.id}:${f.name}:${f.strength}`)));
  for (const n of level.nations) {
    expect(NATION_IDS).toContain(n.id);
    for (const f of n.roster) expect(poolFormations.has(`${n.id}:${f.id}:${f.name}:${f.strength}`), f.id).toBe(true);
  }
  const troops = level.nations.reduce((t, n) => t + n.roster.reduce((s, f) => s + f.strength, 0), 0);
  expect(troops).toBeGreaterThanOrEqual(level.win.troops + 10000);
  expect(level.nations.filter((n) => n.roster.some((f) => f.hr)).length).toBeGreaterThanOrEqual(2);
  expect(level.deck.length).toBeGreaterThanOrEqual(3);
  for (const c of level.deck) expect(c.window[1]).toBeLessThanOrEqual(level.deadline);
  expect(level.par).toBeLessThan(level.deadline);
  for (const a of level.axes) expect(level.nodes.some((n) => n.axes.includes(a.id)), a.id).toBe(true);
  expect(level.learningNotes.length).toBeGreaterThanOrEqual(4);
}

describe('generated levels', () => {
  it('are deterministic: the same seed gives the same level, another seed another one', () => {
    expect(gen('oak-river-7')).toEqual(gen('oak-river-7'));
    expect(JSON.stringify(gen('oak-river-7'))).not.toBe(JSON.stringify(gen('oak-river-8')));
  });

  it('use no clock and no Math.random', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => { throw new Error('Math.random'); });
    const now = vi.spyOn(Date, 'now').mockImplementation(() => { throw new Error('Date.now'); });
    try {
      expect(generateLevel('lantern-otter-47', pool).ok).toBe(true);
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });

  it('pin the level a seed makes (a change to the generator or its pool shows here)', () => {
    const level = gen('oak-river-7');
    expect(level.title).toBe('Generated: East and South (oak-river-7)');
    expect(level.nations.map((n) => n.id)).toEqual(['PL', 'LV', 'LT', 'FI', 'DK', 'FR', 'DE']);
    expect([level.deadline, level.par, level.deck.length]).toEqual([70, 24, 16]);
    // The recorded game of this level replays to the same hash every day.
    const file = `${REPO}tests/replays/generated/gen-oak-river-7.x.greedy.replay.json`;
    const r = parseReplayText(readFileSync(file, 'utf8'), file);
    if (!r.ok) throw new Error(r.error);
    expect(verifyReplay(r.replay, level)).toMatchObject({ valid: true, outcome: 'won' });
  });

  it('refuse seeds that would not make a level id, with a message', () => {
    for (const bad of ['', 'Oak', 'oak_river', '-oak', 'x'.repeat(45), '<script>', '__proto__']) {
      expect(isGeneratorSeed(bad)).toBe(false);
      expect(generateLevel(bad, pool)).toMatchObject({ ok: false, errors: [expect.stringContaining('lower-case')] });
    }
    expect(generatorSeedOf('gen-oak')).toBe('oak');
    expect(generatorSeedOf('gen-')).toBeNull();
    expect(generatorSeedOf('tutorial')).toBeNull();
  });

  it('resolve through the level registry by id, the same object each time', () => {
    const levels = [tutorial, pool];
    const a = resolveLevel('gen-oak-river-7', levels);
    const b = resolveLevel('gen-oak-river-7', levels);
    expect(a.ok && b.ok && a.level === b.level).toBe(true);
    expect(resolveLevel('tutorial', levels)).toEqual({ ok: true, level: tutorial });
    const said = (r: ReturnType<typeof resolveLevel>) => (r.ok ? '' : levelProblemText(r.problem));
    expect(said(resolveLevel('moon', levels))).toContain('no level “moon”');
    expect(said(resolveLevel('gen-Oak', levels))).toContain('not a level id');
    expect(said(resolveLevel('gen-oak', [tutorial]))).toContain('forty-thousand');
    expect(resolveLevel('<img src=x>', levels)).toMatchObject({ ok: false });
  });

  it('save as a level file that loads like a hand-made one', () => {
    const text = JSON.stringify(gen('daily-2025-06-01'), null, 1);
    expect(parseLevelText(text, 'levels/generated.json')).toMatchObject({ ok: true });
  });

  it('over many seeds: every level is valid, real, and won by the greedy bot on nearly every game (its own seed and another)', () => {
    const seedArb = fc.oneof(
      fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,43}$/),
      fc.tuple(fc.integer({ min: 2020, max: 2040 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
        .map(([y, m, d]) => `daily-${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    const gameSeed = fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/);
    const lost: string[] = [];
    let games = 0;
    fc.assert(fc.property(seedArb, gameSeed, (seed, other) => {
      const level = gen(seed);
      checkShape(level, seed);
      for (const s of [seed, other]) {
        const g = playGame(level, s, greedyBot, {}, false);
        games++;
        if (g.state.status !== 'won') lost.push(`gen-${seed} seed ${s}: ${g.state.reason} on day ${g.state.day}`);
        else expect(g.state.readinessDay!).toBeLessThanOrEqual(level.deadline);
      }
    }), { numRuns: 600, seed: 20250601 });
    // Under the deterrence rules (a Moscow that picks its moment, the guarantee tested after the
    // force stands up) the one-day planner loses the odd game; a level it loses often is unfair.
    expect(lost.length, lost.join('\n')).toBeLessThanOrEqual(24);
    expect(games).toBe(1200);
  });

  it('replay the same in the engine whatever loaded them (a game is a function of id and seed)', () => {
    const a = playGame(gen('lantern-otter-47'), 'q', greedyBot);
    const b = playGame(gen('lantern-otter-47'), 'q', greedyBot);
    expect(hashState(a.state)).toBe(hashState(b.state));
  });
});
