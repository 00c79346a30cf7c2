import type { GameState } from './state';

/** The fields of the state that are arrays a rule may write into. */
export type ArrayField =
  | 'staffLeft' | 'will' | 'reassuredDay' | 'formations' | 'linkCutUntil' | 'railLoads' | 'prepo' | 'exercises'
  | 'exerciseUntil' | 'plans' | 'commitments' | 'munitions' | 'losses' | 'supportCuts' | 'events' | 'milestones';

const ARRAY_FIELDS: readonly ArrayField[] = [
  'staffLeft', 'will', 'reassuredDay', 'formations', 'linkCutUntil', 'railLoads', 'prepo', 'exercises',
  'exerciseUntil', 'plans', 'commitments', 'munitions', 'losses', 'supportCuts', 'events', 'milestones',
];

/** Lazy drafts: which arrays each has copied so far. */
const lazy = new WeakMap<GameState, Set<ArrayField>>();

/**
 * A working copy for one step of the rules. Every earlier state stays intact (undo, replays and
 * tests rely on it): the top level is copied, and objects inside arrays are replaced, never
 * mutated. A full draft (the end of a day touches most things) copies every array at once;
 * a lazy draft (one order touches one or two) copies an array only when `own` is asked for it.
 */
export function draft(s: GameState): GameState {
  const d = { ...s };
  for (const k of ARRAY_FIELDS) (d as Record<ArrayField, unknown[]>)[k] = s[k].slice();
  return d;
}

export function lazyDraft(s: GameState): GameState {
  const d = { ...s };
  lazy.set(d, new Set());
  return d;
}

/** The draft's own copy of an array field, safe to write into. */
export function own<K extends ArrayField>(d: GameState, key: K): GameState[K] {
  const copied = lazy.get(d);
  if (copied && !copied.has(key)) {
    (d as Record<ArrayField, unknown[]>)[key] = d[key].slice();
    copied.add(key);
  }
  return d[key];
}
