import { readFileSync, statSync } from 'node:fs';
import { verifyReplay } from '../engine/replay';
import { parseReplayText } from '../replay/replaySchema';
import { loadBuiltInLevel } from './loadLevel';
import { isCollectionText, parseReplayCollection } from '../replay/replayCollection';

/**
 * npm run -s verify -- <replay.json>   (or a collection of replays: each is verified)
 * Exit 0: valid and every recorded hash matches; 1: it does not; 2: unreadable or malformed.
 */
function main(): number {
  const file = process.argv[2];
  const fail = (code: number, error: string) => {
    console.log(JSON.stringify({ valid: false, outcome: null, readinessDay: null, hash: null, error }));
    return code;
  };
  if (!file) return fail(2, 'usage: npm run -s verify -- <replay.json>');
  let text: string;
  try {
    if (statSync(file).size > 5_000_000) return fail(2, `${file}: too large for a replay`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return fail(2, `${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (looksLikeCollection(text)) return verifyCollection(text, file, fail);
  const parsed = parseReplayText(text, file);
  if (!parsed.ok) return fail(2, parsed.error);
  const loaded = loadBuiltInLevel(parsed.replay.level);
  if (!loaded.ok) return fail(2, `${file}: ${loaded.error}`);
  const v = verifyReplay(parsed.replay, loaded.level);
  const line: Record<string, unknown> = { valid: v.valid, outcome: v.outcome, readinessDay: v.readinessDay, hash: v.hash, day: v.day };
  if (!v.valid) {
    line.error = v.error;
    if (v.firstBadDay !== undefined) line.firstBadDay = v.firstBadDay;
  }
  console.log(JSON.stringify(line));
  return v.valid ? 0 : 1;
}

/** A file of several replays (a live class's games, collected by its facilitator)? */
function looksLikeCollection(text: string): boolean {
  try {
    return isCollectionText(JSON.parse(text));
  } catch {
    return false;
  }
}

/** Every replay of a collection verified; valid only if each one is. One JSON line, as for one replay. */
function verifyCollection(text: string, file: string, fail: (code: number, error: string) => number): number {
  const parsed = parseReplayCollection(text, file);
  if (!parsed.ok) return fail(2, parsed.error);
  const games: Array<Record<string, unknown>> = [];
  for (const { name, replay } of parsed.runs) {
    const loaded = loadBuiltInLevel(replay.level);
    if (!loaded.ok) return fail(2, `${file}: ${name}: ${loaded.error}`);
    const v = verifyReplay(replay, loaded.level);
    games.push({ name, valid: v.valid, outcome: v.outcome, readinessDay: v.readinessDay, hash: v.hash, day: v.day, ...(v.valid ? {} : { error: v.error }) });
  }
  const valid = games.every((g) => g.valid);
  console.log(JSON.stringify({ valid, replays: games.length, games }));
  return valid ? 0 : 1;
}

process.exitCode = main();
