/** "What if?" from the debrief: a new game from the day before a turning point, same seed and teams. */
import { describe, expect, it } from 'vitest';
import { branchFromDay } from '../../src/classroom/branch';
import { sessionReplay } from '../../src/classroom/play';
import { turningPoints } from '../../src/classroom/turningPoints';
import { hashState } from '../../src/engine';
import { level as levelFile } from '../balance/helpers';
import { classroomStore, playClassroom } from './play';

describe('branching from a turning point', () => {
  const level = levelFile('across-administrations-50min');
  const { store } = playClassroom(level, 'what-if-1');
  const g = store.getState().session!;

  it('starts the day before the turning point, in the very state the game had then, with the same teams', () => {
    const points = turningPoints(level, g.log);
    expect(points.length).toBeGreaterThan(0);
    const p = points[points.length - 1]!;
    const b = branchFromDay(g, p.branchDay)!;
    expect(b.state.day).toBe(p.branchDay);
    expect(b.seed).toBe(g.seed);
    expect(b.level).toBe(g.level);
    expect(b.run?.branched).toBe(true);
    const replay = sessionReplay(g);
    if (p.branchDay > 1) expect(hashState(b.state)).toBe(replay.days[p.branchDay - 2]!.hash);
    expect(b.classroom!.teams.map((t) => t.id)).toEqual(g.classroom!.teams.map((t) => t.id));
    expect(b.classroom!.done.every((d) => !d)).toBe(true);
    expect(b.days).toHaveLength(p.branchDay - 1);
  });

  it('plays on: the branched game takes orders and ends days like any other', () => {
    const { store: s2, actions } = classroomStore();
    const b = branchFromDay(g, 2)!;
    actions.openSession(b);
    actions.endDay();
    expect(s2.getState().session!.state.day).toBe(3);
  });
});
