import { verifyReplay } from '../engine/replay';
import { printable } from '../levels/printable';
import { checkHonestRun } from '../replay/honestRun';
import { isCollectionText, parseReplayCollection } from '../replay/replayCollection';
import { parseReplayText } from '../replay/replaySchema';
import type { Replay } from '../engine/replay';
import type { Level } from '../levels/schema';
import { parseArgs } from './args';
import type { CliIo } from './io';
import { loadBuiltInLevel, loadLevel } from './loadLevel';
import { readTextCapped } from './readCapped';

/** The largest replay file read (a 400-day classroom game is far below it). */
export const MAX_REPLAY_BYTES = 5_000_000;

/**
 * npm run -s verify -- <replay.json> [--level <level file>]
 * Exit 0: a run the game allows, every recorded hash and its result match; 1: it does not;
 * 2: unreadable or malformed. One JSON line on stdout either way, naming the kind of run
 * (solo, classroom, facilitated) or what is wrong.
 * `--level` names the level file a replay of `sim --level <file>` was made with.
 */
export function runVerify(argv: string[], io: CliIo): number {
  const { flags, positional } = parseArgs(argv);
  const fail = (code: number, error: string) => {
    io.out(JSON.stringify({ valid: false, outcome: null, readinessDay: null, hash: null, error: printable(error, 400) }));
    return code;
  };
  const file = positional[0];
  if (!file || positional.length > 1) return fail(2, 'usage: npm run -s verify -- <replay.json> [--level <level file>]');
  const read = readTextCapped(file, MAX_REPLAY_BYTES);
  if (!read.ok) return fail(2, read.error);
  if (looksLikeCollection(read.text)) return verifyCollection(read.text, file, io, fail);
  const parsed = parseReplayText(read.text, file);
  if (!parsed.ok) return fail(2, parsed.error);
  const levelArg = flags.get('level');
  const loaded = levelArg !== undefined ? loadLevel(levelArg) : loadBuiltInLevel(parsed.replay.level);
  if (!loaded.ok) {
    const hint = levelArg === undefined ? ' (a replay of a level file verifies with --level <that file>)' : '';
    return fail(2, `${file}: ${loaded.error.split('\n')[0]}${hint}`);
  }
  if (loaded.level.id !== parsed.replay.level) return fail(2, `${file}: the replay is of level "${parsed.replay.level}", the level file is "${loaded.level.id}"`);
  const line = verifyOne(parsed.replay, loaded.level);
  if (line.honest === false) return fail(1, String(line.error));
  delete line.honest;
  io.out(JSON.stringify(line));
  return line.valid ? 0 : 1;
}

/** One replay against its level: an honest run (honestRun.ts) whose every hash and result match. */
function verifyOne(replay: Replay, level: Level): Record<string, unknown> {
  const honest = checkHonestRun(replay, level);
  if (!honest.ok) return { valid: false, honest: false, error: printable(honest.error, 400) };
  const v = verifyReplay(replay, level);
  const line: Record<string, unknown> = { valid: v.valid, kind: honest.kind, outcome: v.outcome, readinessDay: v.readinessDay, hash: v.hash, day: v.day };
  if (!v.valid) {
    line.error = v.error;
    if (v.firstBadDay !== undefined) line.firstBadDay = v.firstBadDay;
  }
  return line;
}

/** A file of several replays (a live class's games, collected by its facilitator)? */
function looksLikeCollection(text: string): boolean {
  try {
    return isCollectionText(JSON.parse(text));
  } catch {
    return false;
  }
}

/** Every replay of a collection verified, each as one replay is; valid only if each one is. One JSON line. */
function verifyCollection(text: string, file: string, io: CliIo, fail: (code: number, error: string) => number): number {
  const parsed = parseReplayCollection(text, file);
  if (!parsed.ok) return fail(2, parsed.error);
  const games: Array<Record<string, unknown>> = [];
  for (const { name, replay } of parsed.runs) {
    const loaded = loadBuiltInLevel(replay.level);
    if (!loaded.ok) return fail(2, `${file}: ${printable(name, 40)}: ${loaded.error.split('\n')[0]}`);
    const line = verifyOne(replay, loaded.level);
    delete line.honest;
    games.push({ name, ...line });
  }
  const valid = games.every((g) => g.valid === true);
  io.out(JSON.stringify({ valid, replays: games.length, games }));
  return valid ? 0 : 1;
}
