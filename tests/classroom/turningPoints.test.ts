/**
 * Turning points and team differences come from the log alone: checked against games played on
 * the shipped levels, and against the engine's own figures in the log entries they cite.
 */
import { describe, expect, it } from 'vitest';
import { greedyBot } from '../../src/bots/greedy';
import { makeExpert } from '../../src/bots/expert';
import { playGame } from '../../src/bots/playGame';
import { runReplay } from '../../src/classroom/replayRun';
import { reviewFromLog } from '../../src/classroom/review';
import { teamDifferences, orderKey } from '../../src/classroom/teamDiff';
import { CLOSE_MARGIN, turningPoints } from '../../src/classroom/turningPoints';
import { indexLevel, makeReplay, type LogEntry, type Replay } from '../../src/engine';
import type { Level } from '../../src/levels/schema';
import { shippedLevel } from '../helpers/shipped';

function game(level: Level, seed: string, bot = greedyBot): { replay: Replay; log: LogEntry[] } {
  const g = playGame(level, seed, bot, {}, true);
  const replay = makeReplay(level, seed, g.days, g.state);
  return { replay, log: runReplay(replay, level).log };
}

describe('turning points', () => {
  const level = shippedLevel('across-administrations');
  const played = [1, 2, 3, 4].map((i) => game(level, `tp-${i}`));

  it('mark every close event, every cut of US support or an enabler, and every paused mobilisation, each once per day', () => {
    for (const { log } of played) {
      const points = turningPoints(level, log);
      const days = points.map((p) => p.day);
      expect(new Set(days).size).toBe(days.length);
      expect([...days].sort((a, b) => a - b)).toEqual(days);
      const close = log.filter((e) => e.t === 'event' && e.deterrable && Math.abs(e.credibility.total - e.resolve.total) <= CLOSE_MARGIN);
      const cuts = log.filter((e) => e.t === 'event' && e.effects.some((f) => f.k === 'support' || f.k === 'enabler'));
      const paused = log.filter((e) => e.t === 'paused');
      for (const e of [...close, ...cuts, ...paused]) expect(days, `${e.t} on day ${e.day}`).toContain(e.day);
      for (const p of points) {
        expect(p.branchDay).toBe(Math.max(1, p.day - 1));
        for (const r of p.reasons) if (r.k === 'close') expect(Math.abs(r.margin)).toBeLessThanOrEqual(CLOSE_MARGIN);
      }
    }
  });

  it('find the US support cut of Across Administrations in every game (the level is built around it)', () => {
    for (const { log } of played) expect(turningPoints(level, log).some((p) => p.reasons.some((r) => r.k === 'cut' && r.fact.k === 'support'))).toBe(true);
  });

  it('say which reserve formations a will drop put out of reach, by their activation thresholds', () => {
    const ix = indexLevel(level);
    for (const { log } of played) {
      for (const p of turningPoints(level, log)) for (const r of p.reasons) {
        if (r.k !== 'willBelow') continue;
        for (const id of r.formations) {
          const f = ix.formations.find((x) => x.id === id)!;
          expect(f.nationId).toBe(r.nation);
          expect(f.threshold).toBeGreaterThan(r.to);
          expect(f.threshold).toBeLessThanOrEqual(r.from);
        }
      }
    }
  });
});

describe('team differences', () => {
  const level = shippedLevel('north');
  const a = game(level, 'same-seed');
  const b = game(level, 'same-seed', makeExpert());
  const run = (g: { replay: Replay; log: LogEntry[] }) => ({ days: g.replay.days, review: reviewFromLog(level, g.log) });

  it('list nothing for two copies of the same game', () => {
    expect(teamDifferences([run(a), run(a)])).toEqual([]);
  });

  it('list each day two teams ordered differently, with exactly the orders one gave and the other did not', () => {
    const diffs = teamDifferences([run(a), run(b)]);
    const differing = a.replay.days.map((_, i) => i + 1).filter((day) => {
      const ka = new Set((a.replay.days[day - 1]?.orders ?? []).map(orderKey));
      const kb = new Set((b.replay.days[day - 1]?.orders ?? []).map(orderKey));
      return ka.size !== kb.size || [...ka].some((k) => !kb.has(k));
    });
    expect(differing.length).toBeGreaterThan(0);
    for (const day of differing.filter((d) => d <= Math.min(a.replay.days.length, b.replay.days.length))) {
      const d = diffs.find((x) => x.day === day)!;
      expect(d.ordersDiffer).toBe(true);
      const kb = new Set(b.replay.days[day - 1]!.orders.map(orderKey));
      expect(d.teams[0]!.own.map(orderKey)).toEqual(a.replay.days[day - 1]!.orders.map(orderKey).filter((k) => !kb.has(k)));
      // What followed is that team's own day.
      expect(d.teams[1]!.ready).toBe(run(b).review.days.find((x) => x.day === day)!.ready);
    }
  });
});
