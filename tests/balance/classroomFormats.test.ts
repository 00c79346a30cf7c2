import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeExpert } from '../../src/bots/expert';
import { randomBot } from '../../src/bots/random';
import { playGame } from '../../src/bots/playGame';
import { defaultSetup } from '../../src/session/turns';
import { indexLevel } from '../../src/engine';
import { cutLevel } from '../../tools/build-classroom-levels';
import { CLASSROOM_CUTS } from '../../tools/classroomCuts';
import { ALL_LEVELS, LEVEL_FILES, LEVELS_DIR, level } from './helpers';

/**
 * The 50-minute classroom formats (levels/<id>-50min.json): each is its campaign level cut by
 * tools/build-classroom-levels.ts, shorter than the level, and balanced like it: the expert bot
 * wins within the day count, the random bot loses.
 */
const FORMATS = ALL_LEVELS.map((id) => `${id}-50min`);
const SEEDS = ['s1', 's2', 's3'];

describe('the 50-minute classroom formats', () => {
  it('exist for every campaign level', () => {
    for (const id of FORMATS) expect(LEVEL_FILES).toContain(`${id}.json`);
  });

  it.each(CLASSROOM_CUTS.map((c) => [c.of, c] as const))('%s-50min is what the cut makes of the level file (rerun npm run build:classroom)', (of, cut) => {
    const base = JSON.parse(readFileSync(`${LEVELS_DIR}${of}.json`, 'utf8'));
    const file = JSON.parse(readFileSync(`${LEVELS_DIR}${of}-50min.json`, 'utf8'));
    expect(file).toEqual(JSON.parse(JSON.stringify(cutLevel(base, cut))));
  });

  it.each(FORMATS)('%s is shorter than its level, names it and keeps its map, forces and staff', (id) => {
    const lv = level(id);
    const full = level(lv.format!.of);
    expect(lv.format!.minutes).toBe(50);
    expect(lv.deadline).toBeLessThan(full.deadline);
    expect(lv.par).toBeLessThan(lv.deadline);
    expect(lv.nodes).toEqual(full.nodes);
    expect(lv.links).toEqual(full.links);
    expect(indexLevel(lv).formations.map((f) => f.id)).toEqual(indexLevel(full).formations.map((f) => f.id));
    expect(lv.staffActions).toBe(full.staffActions);
    for (const c of lv.deck) expect(c.window[1]).toBeLessThanOrEqual(lv.deadline);
    // The roles' pools add up to about one player's staff: par means the same for a class.
    const { lead, ministers, us } = lv.format!.staff;
    expect(Math.abs(lead + ministers + us - lv.staffActions)).toBeLessThanOrEqual(1);
  });

  // Moscow picks its moments and the guarantee is tested after the force stands up: the expert
  // may lose a seed or two of a tight lesson, but wins most of them within the day count.
  it.each(FORMATS)('%s: the expert bot wins most seeds within the day count, the random bot loses', (id) => {
    const lv = level(id);
    const expert = makeExpert();
    const won: string[] = [];
    for (const seed of SEEDS) {
      const g = playGame(lv, seed, expert, {}, false).state;
      if (g.status === 'won') { won.push(seed); expect(g.readinessDay!).toBeLessThanOrEqual(lv.deadline); }
      const lost = playGame(lv, seed, randomBot, {}, false).state;
      expect(lost.status, `${id}/${seed}`).toBe('lost');
    }
    expect(won.length, `${id}: won ${won.join(' ')} of ${SEEDS.join(' ')}`).toBeGreaterThanOrEqual(Math.ceil(SEEDS.length / 2));
  });

  it('gives a class of teams the format\'s staff pools, the ministers\' share split among their teams', () => {
    const lv = level('forty-thousand-50min');
    const { lead, ministers, us } = lv.format!.staff;
    const one = defaultSetup(lv, 1).teams;
    expect(one.map((t) => t.perDay)).toEqual([lead, ministers, us]);
    const two = defaultSetup(lv, 2).teams;
    expect(two.filter((t) => t.id.startsWith('ministers')).reduce((n, t) => n + t.perDay, 0)).toBe(ministers);
    // The 90-minute format (the full level) keeps the generous defaults.
    expect(defaultSetup(level('forty-thousand'), 1).teams[0]!.perDay).toBeGreaterThan(lead);
  });
});
