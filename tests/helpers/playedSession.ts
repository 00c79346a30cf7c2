import type { Bot } from '../../src/bots/botTypes';
import type { Level } from '../../src/levels/schema';
import { endSessionDay, issueOrder, startSession, type GameSession } from '../../src/session/session';

/** A whole game played through the session as the page plays it (orders, then End day), with its log. */
export function playedSession(level: Level, seed: string, bot: Bot | null): GameSession {
  let g = startSession(level, seed);
  while (g.state.status === 'playing') {
    if (bot) {
      for (const cmd of bot(g.state, level).orders) {
        const r = issueOrder(g, cmd);
        if (r.ok) g = r.session;
      }
    }
    g = endSessionDay(g);
  }
  return g;
}
