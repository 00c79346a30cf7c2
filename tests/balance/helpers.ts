/**
 * Shared by the balance tests: the shipped levels read straight from levels/, and games played by
 * a bot and replayed through resolveDay so that the tests can read each day's orders and log.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Bot } from '../../src/bots/botTypes';
import { playGame } from '../../src/bots/playGame';
import { newGame, resolveDay, type Command, type GameState, type LogEntry } from '../../src/engine';
import { parseLevelText } from '../../src/levels/parseLevel';
import type { Level } from '../../src/levels/schema';

export const LEVELS_DIR = fileURLToPath(new URL('../../levels/', import.meta.url));

/** Every level file in levels/, by id (file name without .json). */
export const LEVEL_FILES = readdirSync(LEVELS_DIR).filter((f) => f.endsWith('.json')).sort();

/** The six levels of the campaign in play order, and the four this issue adds. */
export const ALL_LEVELS = ['tutorial', 'north', 'air-bridge', 'south', 'across-administrations', 'forty-thousand'] as const;
export const NEW_LEVELS = ['north', 'air-bridge', 'south', 'across-administrations'] as const;

const cache = new Map<string, Level>();

export function level(id: string): Level {
  const hit = cache.get(id);
  if (hit) return hit;
  const r = parseLevelText(readFileSync(`${LEVELS_DIR}${id}.json`, 'utf8'), `levels/${id}.json`);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  cache.set(id, r.level);
  return r.level;
}

export interface Played {
  final: GameState;
  /** orders per day, in order */
  orders: Command[][];
  /** the whole game's log, day by day */
  log: LogEntry[];
  /** states at the start of each day, the final state last */
  states: GameState[];
}

/** Play a game with a bot, then replay its orders through resolveDay to collect the log. */
export function play(levelId: string, seed: string, bot: Bot): Played {
  const lv = level(levelId);
  const game = playGame(lv, seed, bot, {}, false);
  const orders = game.days.map((d) => d.orders);
  let s = newGame(lv, seed);
  const states = [s];
  const log: LogEntry[] = [];
  for (const day of orders) {
    const r = resolveDay(s, lv, day);
    if (r.refused > 0) throw new Error(`${levelId}/${seed}: an order the bot gave was refused on replay (day ${s.day})`);
    log.push(...r.log);
    s = r.state;
    states.push(s);
  }
  return { final: s, orders, log, states };
}

/** A game's result as one number for sums: the readiness day, or the deadline + 1 when lost. */
export function daysOrWorse(p: Played, lv: Level): number {
  return p.final.status === 'won' ? p.final.readinessDay! : lv.deadline + 1;
}

/** Did a move order's route cross the sea (a leg between two nodes with no road or rail link)? */
export function crossesSea(lv: Level, route: readonly string[]): boolean {
  for (let i = 1; i < route.length; i++) {
    const a = route[i - 1]!;
    const b = route[i]!;
    const byLand = lv.links.some((l) => (l.kind === 'road' || l.kind === 'rail') && ((l.from === a && l.to === b) || (l.from === b && l.to === a)));
    if (!byLand) return true;
  }
  return false;
}
