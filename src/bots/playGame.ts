import { endDay, hashState, newGame, type Command, type GameOptions, type GameState } from '../engine';
import type { Level } from '../levels/schema';
import type { Bot } from './botTypes';

export interface PlayedGame {
  state: GameState;
  days: Array<{ orders: Command[]; hash: string }>;
}

/** Play a whole game with a bot, recording each day's orders and hash (a replay's body). */
export function playGame(level: Level, seed: string, bot: Bot, options: GameOptions = {}, recordHashes = true): PlayedGame {
  let s = newGame(level, seed, options);
  const days: PlayedGame['days'] = [];
  while (s.status === 'playing') {
    const day = bot(s, level);
    s = endDay(day.state, level).state;
    days.push({ orders: day.orders, hash: recordHashes ? hashState(s) : '' });
  }
  return { state: s, days };
}
