/**
 * A view-only state for the pan benchmark: the level's opening state with every formation placed
 * on the map, ready, spread over the staging hubs (round robin), so the map draws the most pieces
 * it ever will. Built with the engine's newGame; it is never played.
 */
import { indexLevel, newGame, type GameState } from '../../engine';
import type { Level } from '../../levels/schema';

export function benchState(level: Level, seed = 'bench'): GameState {
  const s = newGame(level, seed);
  const ix = indexLevel(level);
  const hubs = ix.staging.flatMap((st, i) => (st ? [i] : []));
  return {
    ...s,
    formations: s.formations.map((f, i) => ({
      ...f,
      status: 'ready',
      node: hubs.length ? hubs[i % hubs.length]! : ix.formations[i]!.home,
      countdown: 0,
      route: null,
    })),
  };
}
