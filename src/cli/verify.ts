import { readFileSync, statSync } from 'node:fs';
import { verifyReplay } from '../engine/replay';
import { parseReplayText } from '../replay/replaySchema';
import { loadBuiltInLevel } from './loadLevel';

/**
 * npm run -s verify -- <replay.json>
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

process.exitCode = main();
