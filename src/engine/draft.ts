import type { GameState } from './state';

/** The fields of the state that are arrays a rule may write into. */
export type ArrayField =
  | 'staffLeft' | 'will' | 'reassuredDay' | 'formations' | 'linkCutUntil' | 'railLoads' | 'prepo' | 'exercises'
  | 'exerciseUntil' | 'plans' | 'commitments' | 'munitions' | 'losses' | 'supportCuts' | 'events' | 'milestones';

const ARRAY_FIELDS: readonly ArrayField[] = [
  'staffLeft', 'will', 'reassuredDay', 'formations', 'linkCutUntil', 'railLoads', 'prepo', 'exercises',
  'exerciseUntil', 'plans', 'commitments', 'munitions', 'losses', 'supportCuts', 'events', 'milestones',
];
const BIT = new Map<ArrayField, number>(ARRAY_FIELDS.map((k, i) => [k, 1 << i]));

/**
 * The lazy draft being written, and which of its arrays it has copied (one bit per field). Rules
 * run synchronously and one order at a time, so a single slot suffices and costs no allocation.
 */
let current: GameState | null = null;
let copied = 0;

/**
 * A working copy for one step of the rules (an order, or the end of a day). Every earlier state
 * stays intact (undo, replays and tests rely on it): the top level is copied at once, an array only
 * when a rule asks to write into it (own), and objects inside arrays are replaced, never mutated.
 */
export function lazyDraft(s: GameState): GameState {
  current = { ...s };
  copied = 0;
  return current;
}

/** Ends the lazy draft: after this it is an ordinary state, never written again. */
export function sealDraft(d: GameState): GameState {
  if (d === current) current = null;
  return d;
}

/** The draft's own copy of an array field, safe to write into. */
export function own<K extends ArrayField>(d: GameState, key: K): GameState[K] {
  if (d === current) {
    const bit = BIT.get(key)!;
    if ((copied & bit) === 0) {
      (d as Record<ArrayField, unknown[]>)[key] = d[key].slice();
      copied |= bit;
    }
  }
  return d[key];
}
