import type { Level } from '../levels/schema';
import { GAME_VERSION, hashState, newGame, replayOptions, resolveDay, verifyReplay, type GameState, type Replay } from '../engine';
import { resolveLevel } from '../levels/resolveLevel';
import { levelProblemText } from '../i18n/levelProblem';
import { tpl } from '../i18n/template';
import { checkHonestRun, type RunKind } from './honestRun';
import { parseReplayText } from './replaySchema';
import { REPLAY_TEXT as T } from '../i18n/catalogs/replay';

export type ReplayCheck =
  | { ok: true; replay: Replay; level: Level; end: GameState; kind: RunKind }
  | { ok: false; error: string; firstBadDay?: number; replay?: Replay };

/**
 * A replay from outside (a file, a link): parsed, its level found (built-in or generated), and
 * verified day by day with the engine's verifyReplay. A replay that does not verify is refused with
 * a sentence naming the first day whose hash differs. Never throws.
 */
export function checkReplayText(text: unknown, source: string, levels: readonly Level[]): ReplayCheck {
  const parsed = parseReplayText(text, source);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  return checkReplay(parsed.replay, levels);
}

export function checkReplay(replay: Replay, levels: readonly Level[]): ReplayCheck {
  if (replay.gameVersion !== GAME_VERSION) return { ok: false, replay, error: tpl(T.otherVersion, { theirs: replay.gameVersion, ours: GAME_VERSION }) };
  const found = resolveLevel(replay.level, levels);
  if (!found.ok) return { ok: false, replay, error: tpl(T.otherLevel, { error: levelProblemText(found.problem) }) };
  const level = found.level;
  const honest = checkHonestRun(replay, level);
  if (!honest.ok) return { ok: false, replay, error: honest.error };
  let v;
  try {
    v = verifyReplay(replay, level);
  } catch (e) {
    // A replay's orders are checked for shape, not sense; the engine refuses nonsense, but a
    // bug there must not take the page down.
    return { ok: false, replay, error: tpl(T.tampered, { day: 1, actual: '?', recorded: replay.days[0]?.hash ?? '?' }) + ` (${(e as Error).message})` };
  }
  if (v.valid) {
    let end = newGame(level, replay.seed, replayOptions(replay));
    for (const d of replay.days) end = resolveDay(end, level, d.orders).state;
    return { ok: true, replay, level, end, kind: honest.kind };
  }
  const bad = v.firstBadDay;
  if (bad === undefined && v.resultField && v.resultField !== 'hash' && replay.result) {
    const field = v.resultField as keyof typeof replay.result;
    const actual = { outcome: v.outcome, reason: v.reason, readinessDay: v.readinessDay, day: v.day, hash: v.hash }[field];
    return { ok: false, replay, error: tpl(T.resultDiffers, { field, recorded: JSON.stringify(replay.result[field]), actual: JSON.stringify(actual) }) };
  }
  if (bad === undefined) return { ok: false, replay, error: tpl(T.finalHash, { recorded: replay.result?.hash ?? '?', actual: v.hash }) };
  // The day before the bad one: did the game end there (orders after the end) or go on?
  let s = newGame(level, replay.seed, replayOptions(replay));
  for (let i = 0; i < bad - 1; i++) s = resolveDay(s, level, replay.days[i]!.orders).state;
  if (s.status !== 'playing') return { ok: false, replay, firstBadDay: bad, error: tpl(T.afterEnd, { day: bad, end: s.day }) };
  const actual = hashState(resolveDay(s, level, replay.days[bad - 1]!.orders).state);
  return { ok: false, replay, firstBadDay: bad, error: tpl(T.tampered, { day: bad, actual, recorded: replay.days[bad - 1]!.hash }) };
}

/** "the force stood up on day 14" and the like, for messages about a replay. */
export function outcomeText(end: GameState): string {
  if (end.status === 'won') return tpl(T.outcomeWon, { day: end.readinessDay ?? end.day });
  if (end.status === 'lost') return tpl(T.outcomeLost, { day: end.day });
  return tpl(T.outcomePlaying, { day: end.day });
}
