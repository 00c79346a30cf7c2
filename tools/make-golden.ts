/**
 * npm run golden — (re)writes the golden replays in tests/replays/: the greedy bot plays each shipped
 * level on a few fixed seeds (and the random bot one campaign), and each replay (the orders and the
 * state hash of every day, and the final result) is saved as <level>.<seed>.<bot>.replay.json.
 * tests/replays/golden.test.ts then checks that the engine still reproduces every one of them,
 * bit for bit. Run this after a deliberate change to the rules, a level or the bot, review the
 * outcomes it prints, and commit the files with the change.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOTS } from '../src/bots';
import { playGame } from '../src/bots/playGame';
import { loadLevel } from '../src/cli/loadLevel';
import { makeReplay } from '../src/engine/replay';

export const GOLDEN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../tests/replays');
/** The greedy planner on each level (a couple of seeds), and one random-bot campaign that runs to its end. */
export const GOLDEN_GAMES: Array<{ level: string; seed: string; bot: keyof typeof BOTS }> = [
  { level: 'tutorial', seed: 'golden-1', bot: 'greedy' },
  { level: 'tutorial', seed: 'golden-2', bot: 'greedy' },
  { level: 'forty-thousand', seed: 'golden-1', bot: 'greedy' },
  { level: 'forty-thousand', seed: 'golden-2', bot: 'greedy' },
  { level: 'forty-thousand', seed: 'golden-3', bot: 'greedy' },
  { level: 'forty-thousand', seed: 'golden-4', bot: 'random' },
  { level: 'north', seed: 'golden-1', bot: 'greedy' },
  { level: 'air-bridge', seed: 'golden-1', bot: 'expert' },
  { level: 'south', seed: 'golden-1', bot: 'greedy' },
  { level: 'across-administrations', seed: 'golden-1', bot: 'expert' },
];

/** A generated level's game, kept apart: tests/levels/generateLevel.test.ts pins the level it makes. */
export const GENERATED_GAME = { level: 'gen-oak-river-7', seed: 'x', bot: 'greedy' as const };

function main(): number {
  mkdirSync(GOLDEN_DIR, { recursive: true });
  for (const f of readdirSync(GOLDEN_DIR)) if (f.endsWith('.replay.json')) rmSync(join(GOLDEN_DIR, f));
  const games = [...GOLDEN_GAMES.map((g) => ({ ...g, dir: GOLDEN_DIR })), { ...GENERATED_GAME, dir: join(GOLDEN_DIR, 'generated') }];
  for (const { level: id, seed, bot, dir } of games) {
    const loaded = loadLevel(id);
    if (!loaded.ok) {
      console.error(loaded.error);
      return 1;
    }
    const game = playGame(loaded.level, seed, BOTS[bot]!);
    const replay = makeReplay(loaded.level, seed, game.days, game.state);
    const file = join(dir, `${id}.${seed}.${bot}.replay.json`);
    // One day per line: diffs of a regenerated golden read day by day.
    const days = replay.days.map((d) => `  ${JSON.stringify(d)}`).join(',\n');
    const { days: _days, ...head } = replay;
    const text = JSON.stringify(head, null, 1).replace(/\n}$/, `,\n "days": [\n${days}\n ]\n}\n`);
    writeFileSync(file, text);
    const r = replay.result!;
    console.log(`${id} ${seed} ${bot}: ${r.outcome} (${r.reason}) day ${r.day}, readiness ${r.readinessDay ?? '—'}, hash ${r.hash} → ${file}`);
  }
  return 0;
}

process.exitCode = main();
