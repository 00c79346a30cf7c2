import { describe, expect, it } from 'vitest';
import { greedyBot } from '../../src/bots/greedy';
import { endDay, indexLevel, newGame, type GameState, type LogEntry } from '../../src/engine';
import { summariseDay } from '../../src/app/soundWiring';
import { needsAttention } from '../../src/engine';
import { dayReport } from '../../src/ui/report/dayReport';
import { outlookText, threatEstimates } from '../../src/ui/threats/threatEstimates';
import { loadLevel } from './levels';

const level = loadLevel('tutorial');
const ix = indexLevel(level);

/** Days of a greedy game, with each day's log. */
function days(seed: string): Array<{ before: GameState; log: LogEntry[]; day: number }> {
  const out: Array<{ before: GameState; log: LogEntry[]; day: number }> = [];
  let s = newGame(level, seed);
  while (s.status === 'playing') {
    const r = endDay(greedyBot(s, level).state, level);
    out.push({ before: s, log: r.log, day: s.day });
    s = r.state;
  }
  return out;
}

describe('the day report', () => {
  const game = days('a');

  it('puts events first, with the numbers that decided them, and leaves out the player’s orders', () => {
    const withEvent = game.find((d) => d.log.some((e) => e.t === 'event'))!;
    const r = dayReport(withEvent.log, ix, withEvent.day);
    expect(r.headline.startsWith(`Day ${withEvent.day} ended`)).toBe(true);
    expect(r.headline).toMatch(/^Day \d+ ended: \d+ deterred, \d+ not deterred$/);
    expect(r.lines[0]!.kind === 'deterred' || r.lines[0]!.kind === 'landed').toBe(true);
    expect(r.lines[0]!.text).toMatch(/answer \d+ vs resolve \d+/);
    expect(r.lines.some((l) => l.text.startsWith('Activate') || l.text.startsWith('Move'))).toBe(false);
  });

  it('ends the last day with the outcome', () => {
    const final = game[game.length - 1]!;
    expect(dayReport(final.log, ix, final.day).lines[0]!.kind).toBe('end');
  });

  it('reports a quiet day as such', () => {
    expect(dayReport([], ix, 4)).toEqual({ day: 4, headline: 'Day 4 ended: a quiet day', lines: [] });
  });

  it('tells the fast-forward to stop on days that need a look', () => {
    expect(needsAttention([])).toBe(false);
    for (const d of game) {
      const interesting = d.log.some((e) => ['warning', 'event', 'ready', 'arrived', 'milestone', 'end'].includes(e.t));
      if (interesting) expect(needsAttention(d.log)).toBe(true);
    }
  });

  it('boils a day down for the sound cues', () => {
    const all = game.flatMap((d) => d.log);
    const sum = summariseDay(all);
    expect(sum.outcome).toBe('won');
    expect(sum.deterred + sum.failed).toBe(all.filter((e) => e.t === 'event').length);
    expect(sum.warnings).toBeGreaterThan(0);
  });
});

describe('threat estimates', () => {
  it('compares credibility today with the range of resolve, soonest first', () => {
    const s = days('a').map((d) => d.before).find((x) => threatEstimates(x, ix).length > 1)!;
    const t = threatEstimates(s, ix);
    for (let i = 1; i < t.length; i++) expect(t[i]!.fires).toBeGreaterThanOrEqual(t[i - 1]!.fires);
    for (const x of t) {
      expect(x.min).toBeLessThanOrEqual(x.max);
      const expected = !x.deterrable ? 'undeterrable' : x.credibility >= x.max ? 'holds' : x.credibility < x.min ? 'lands' : 'uncertain';
      expect(x.outlook).toBe(expected);
      expect(outlookText(x)).toMatch(x.deterrable ? new RegExp(`${x.min}–${x.max}`) : /Cannot be deterred/);
    }
  });
});
