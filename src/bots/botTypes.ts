import type { Command, GameState } from '../engine';
import type { Level } from '../levels/schema';

/** A bot decides one day's orders from the state it sees. Bots are pure and deterministic. */
export type Bot = (s: GameState, level: Level) => Command[];
