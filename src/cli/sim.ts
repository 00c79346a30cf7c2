import { writeFileSync } from 'node:fs';
import { BOTS } from '../bots';
import { playGame } from '../bots/playGame';
import { describeEntry, hashState, indexLevel, newGame, readyAtStaging, resolveDay, credibilityOf, type Command } from '../engine';
import type { Level } from '../levels/schema';
import { makeReplay } from '../engine/replay';
import { parseArgs } from './args';
import { loadLevel } from './loadLevel';

/**
 * npm run -s sim -- --level <id|path> --seed <seed> [--bot greedy|random] [--out replay.json]
 * Plays one game headlessly and prints one JSON line.
 */
function main(): number {
  const { flags } = parseArgs(process.argv.slice(2));
  const levelArg = flags.get('level');
  const seed = flags.get('seed');
  const botName = flags.get('bot') ?? 'greedy';
  if (!levelArg || !seed) {
    console.error('usage: npm run -s sim -- --level <id or path> --seed <seed> [--bot greedy|random|expert] [--out <replay.json>] [--trace]');
    return 2;
  }
  const bot = BOTS[botName];
  if (!bot) {
    console.error(`unknown bot "${botName}"; choose one of: ${Object.keys(BOTS).join(', ')}`);
    return 2;
  }
  const loaded = loadLevel(levelArg);
  if (!loaded.ok) {
    console.error(loaded.error);
    return 2;
  }
  const game = playGame(loaded.level, seed, bot);
  if (flags.has('trace')) traceGame(loaded.level, seed, game.days.map((d) => d.orders));
  const s = game.state;
  const out = flags.get('out');
  if (out) writeFileSync(out, JSON.stringify(makeReplay(loaded.level, seed, game.days, s), null, 1) + '\n');
  console.log(JSON.stringify({
    level: loaded.level.id, seed, bot: botName, outcome: s.status, reason: s.reason, readinessDay: s.readinessDay, day: s.day, hash: hashState(s),
  }));
  return 0;
}

process.exitCode = main();

/** --trace: the day-by-day log on stderr, for reading how a bot (or a rule) behaves. */
function traceGame(level: Level, seed: string, days: Command[][]): void {
  const ix = indexLevel(level);
  let s = newGame(level, seed);
  for (const orders of days) {
    const r = resolveDay(s, level, orders);
    const cred = level.axes.map((a, i) => `${a.id} ${credibilityOf(r.state, ix, i).total}/${a.bar}`).join(' ');
    console.error(`— day ${s.day}: ready ${readyAtStaging(r.state, ix)}, unity ${r.state.unity}, ladder ${r.state.ladder}, ${cred}`);
    for (const e of r.log) console.error(`   ${describeEntry(e, ix)}`);
    s = r.state;
  }
}
