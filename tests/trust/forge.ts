/** Forged replays, as an attacker makes them: orders or pools chosen freely, hashes recomputed. */
import { greedyBot } from '../../src/bots/greedy';
import { playGame } from '../../src/bots/playGame';
import { applyCommand, hashState, makeReplay, newGame, resolveDay, type Command, type GameState, type Replay, type StaffPool } from '../../src/engine';
import type { Level } from '../../src/levels/schema';

/** A replay of these orders with every hash and the result recomputed: it verifies day by day. */
export function reforged(level: Level, seed: string, orders: Command[][], pools?: StaffPool[]): Replay {
  let s = newGame(level, seed, pools ? { pools } : {});
  const days: Replay['days'] = [];
  for (const o of orders) {
    if (s.status !== 'playing') break;
    s = resolveDay(s, level, o).state;
    days.push({ orders: o, hash: hashState(s) });
  }
  return makeReplay(level, seed, days, s, pools);
}

/** The greedy bot's game with `day1` given first on day 1 (the bot plays on from there), re-hashed. */
export function greedyWith(level: Level, seed: string, day1: Command[], pools?: StaffPool[]): Replay {
  let s = newGame(level, seed, pools ? { pools } : {});
  const orders: Command[][] = [];
  while (s.status === 'playing' && orders.length < 400) {
    const extra = orders.length === 0 ? day1 : [];
    const today = [...extra, ...greedyBot(applyAll(level, s, extra), level).orders];
    orders.push(today);
    s = resolveDay(s, level, today).state;
  }
  return reforged(level, seed, orders, pools);
}

function applyAll(level: Level, s: GameState, cmds: Command[]): GameState {
  let t = s;
  for (const c of cmds) t = applyCommand(t, level, c).state;
  return t;
}

/** An honest solo game by the greedy bot. */
export function honestGame(level: Level, seed: string): Replay {
  const g = playGame(level, seed, greedyBot);
  return makeReplay(level, seed, g.days, g.state);
}
