import type { LevelIndex } from '../levelIndex';
import { isReady } from '../selectors';
import type { GameState } from '../state';

/** Troops ready at one node (any node, staging hub or not): what a place's row and details show. */
export function readyTroopsAt(s: GameState, ix: LevelIndex, node: number): number {
  let sum = 0;
  for (let i = 0; i < s.formations.length; i++) {
    const f = s.formations[i]!;
    if (f.node === node && isReady(f)) sum += ix.formations[i]!.strength;
  }
  return sum;
}
