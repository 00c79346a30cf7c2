import { equipmentFollowDays } from '../routes';
import type { LevelIndex } from '../levelIndex';
import type { GameState } from '../state';

/**
 * Days an airlifted formation would wait at `to` for its heavy equipment, which follows by road and
 * rail (0 for light formations, which fly with what they need). The airlift order and the coach
 * both read it, so the trap a tip warns of is the one the order would spring.
 */
export function airliftEquipmentWait(s: GameState, ix: LevelIndex, fi: number, to: number): number {
  const def = ix.formations[fi]!;
  if (def.light) return 0;
  return equipmentFollowDays(s, ix, s.formations[fi]!.node, to, def.strength);
}
