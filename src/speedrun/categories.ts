import type { GameState } from '../engine';
import type { Level } from '../levels/schema';

/**
 * Speedrun categories (docs/design.md section 9): any% is the force stood up; the others add a
 * restriction that a run keeps or breaks as it goes. A finished run counts in every category it
 * kept: a run with no undeterred event is also an any% run.
 */
export const CATEGORY_IDS = ['any', 'noUndeterred', 'noSurge'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** Whether the run so far keeps the category's restriction (today's orders included). */
export function categoryKept(cat: CategoryId, s: GameState, level: Level): boolean {
  switch (cat) {
    case 'any': return s.status !== 'lost';
    // Events Moscow cannot be deterred from (a US funding fight) do not count against a run.
    case 'noUndeterred': return s.status !== 'lost' && !s.events.some((e) => e.outcome === 2 && level.deck[e.card]?.deterrable !== false);
    case 'noSurge': return s.status !== 'lost' && s.surgesUsed === 0;
  }
}

/** The categories a won game counts in. */
export function categoriesOf(s: GameState, level: Level): CategoryId[] {
  if (s.status !== 'won') return [];
  return CATEGORY_IDS.filter((c) => categoryKept(c, s, level));
}
