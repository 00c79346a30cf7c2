import type { Command, GameState } from '../engine';
import type { Level } from '../levels/schema';

/**
 * A bot decides one day's orders from the state it sees. Bots are pure and deterministic. They
 * return the state with those orders applied too (they applied each to check it was legal), so a
 * game loop need not apply them a second time.
 */
export interface BotDay { orders: Command[]; state: GameState }
export type Bot = (s: GameState, level: Level) => BotDay;
