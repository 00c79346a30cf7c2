/**
 * A save of a shipped level after some days of the expert bot's play, for the screenshot tools:
 * stored in localStorage, it opens mid-game through the title's Continue.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expertBot } from '../src/bots/expert';
import { endDay, hashState, MILESTONE_IDS, newGame } from '../src/engine';
import { parseLevelText } from '../src/levels/parseLevel';
import { saveOf } from '../src/saves/saveOf';
import { saveText } from '../src/saves/saveFormat';
import { startSession } from '../src/session/session';
import { ROOT } from './browser';

export function midgameSave(levelId: string, seed: string, days: number): string {
  const r = parseLevelText(readFileSync(join(ROOT, `levels/${levelId}.json`), 'utf8'), levelId);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  const level = r.level;
  let s = newGame(level, seed);
  const played: Array<{ orders: ReturnType<typeof expertBot>['orders']; hash: string }> = [];
  for (let d = 0; d < days; d++) {
    const day = expertBot(s, level);
    s = endDay(day.state, level).state;
    played.push({ orders: day.orders, hash: hashState(s) });
  }
  const g = { ...startSession(level, seed), days: played };
  return saveText(saveOf(g, { clockMs: 0, splitMs: MILESTONE_IDS.map(() => null) }, new Date(0).toISOString()));
}
