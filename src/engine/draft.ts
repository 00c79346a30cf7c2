import type { GameState } from './state';

/**
 * A working copy for one step of the rules: the top level and every array are copied, objects
 * inside arrays are shared and must be replaced, never mutated. Cheap (a few small slices) and it
 * keeps every earlier state intact for undo, replays and tests.
 */
export function draft(s: GameState): GameState {
  return {
    ...s,
    staffLeft: s.staffLeft.slice(),
    will: s.will.slice(),
    reassuredDay: s.reassuredDay.slice(),
    formations: s.formations.slice(),
    linkCutUntil: s.linkCutUntil.slice(),
    railLoads: s.railLoads.slice(),
    prepo: s.prepo.slice(),
    exercises: s.exercises.slice(),
    exerciseUntil: s.exerciseUntil.slice(),
    plans: s.plans.slice(),
    commitments: s.commitments.slice(),
    alloc: s.alloc,
    munitions: s.munitions.slice(),
    losses: s.losses.slice(),
    supportCuts: s.supportCuts.slice(),
    events: s.events.slice(),
    milestones: s.milestones.slice(),
  };
}
