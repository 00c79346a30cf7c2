import { BOTS } from '../bots';
import { playGame } from '../bots/playGame';
import { describeEntry, hashState, indexLevel, newGame, readyAtStaging, resolveDay, credibilityOf, type Command } from '../engine';
import type { Level } from '../levels/schema';
import { makeReplay } from '../engine/replay';
import { printable } from '../levels/printable';
import { checkSeed } from '../session/seed';
import { parseArgs } from './args';
import type { CliIo } from './io';
import { loadLevel } from './loadLevel';
import { outFileProblem, writeOutFile } from './outFile';

const USAGE = 'usage: npm run -s sim -- --level <id or path> --seed <seed> [--bot greedy|random|expert] [--out <replay.json>] [--trace]';

/**
 * npm run -s sim -- --level <id|path> --seed <seed> [--bot greedy|random] [--out replay.json]
 * Plays one game headlessly and prints one JSON line. Every problem with the arguments is one
 * line on stderr and exit 2, found before the game is played.
 */
export function runSim(argv: string[], io: CliIo): number {
  const { flags } = parseArgs(argv);
  const levelArg = flags.get('level');
  const seedArg = flags.get('seed');
  const botName = flags.get('bot') ?? 'greedy';
  if (!levelArg || !seedArg) {
    io.err(USAGE);
    return 2;
  }
  // Own properties only: "constructor" or "__proto__" is a name a plain object answers to.
  const bot = Object.hasOwn(BOTS, botName) ? BOTS[botName] : undefined;
  if (!bot) {
    io.err(`unknown bot "${printable(botName, 32)}"; choose one of: ${Object.keys(BOTS).join(', ')}`);
    return 2;
  }
  // The seed rule of the title screen and of links: what a replay made here must satisfy there.
  const seed = checkSeed(seedArg);
  if (!seed.ok || seed.seed !== seedArg) {
    io.err(`--seed: ${seed.ok ? 'no spaces around a seed' : seed.error}`);
    return 2;
  }
  const out = flags.get('out');
  if (out !== undefined) {
    const problem = outFileProblem(out);
    if (problem) { io.err(printable(problem, 300)); return 2; }
  }
  const loaded = loadLevel(levelArg);
  if (!loaded.ok) {
    io.err(loaded.error);
    return 2;
  }
  const game = playGame(loaded.level, seed.seed, bot);
  if (flags.has('trace')) traceGame(loaded.level, seed.seed, game.days.map((d) => d.orders), io);
  const s = game.state;
  if (out !== undefined) {
    const failed = writeOutFile(out, JSON.stringify(makeReplay(loaded.level, seed.seed, game.days, s), null, 1) + '\n');
    if (failed) { io.err(printable(failed, 300)); return 2; }
  }
  io.out(JSON.stringify({
    level: loaded.level.id, seed: seed.seed, bot: botName, outcome: s.status, reason: s.reason, readinessDay: s.readinessDay, day: s.day, hash: hashState(s),
  }));
  return 0;
}

/** --trace: the day-by-day log on stderr, for reading how a bot (or a rule) behaves. */
function traceGame(level: Level, seed: string, days: Command[][], io: CliIo): void {
  const ix = indexLevel(level);
  let s = newGame(level, seed);
  for (const orders of days) {
    const r = resolveDay(s, level, orders);
    const cred = level.axes.map((a, i) => `${a.id} ${credibilityOf(r.state, ix, i).total}/${a.bar}`).join(' ');
    io.err(`— day ${s.day}: ready ${readyAtStaging(r.state, ix)}, unity ${r.state.unity}, ladder ${r.state.ladder}, ${cred}`);
    for (const e of r.log) io.err(`   ${describeEntry(e, ix)}`);
    s = r.state;
  }
}
