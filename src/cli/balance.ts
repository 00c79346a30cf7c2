/**
 * npm run balance [-- --seeds N] [--levels id,id] [--bots random,greedy,expert] [--workers N] [--no-us]
 *
 * Plays every level with every bot over the same seeds (s1..sN, 200 by default) and prints, per
 * level, a table of win rates and readiness-day distributions (min, p25, median, p75, max over the
 * games won) against the level's par, with the balance checks:
 *   - the expert bot's median readiness day is at or under par, the greedy bot's is over it
 *     (a lost game counts as never ready, so a bot that loses half its games has no median);
 *   - the expert bot wins at least 80% of the seeds (Moscow picks its moments; the guarantee is tested);
 *   - the random bot loses almost always (at most 2% wins);
 *   - the greedy bot wins the tutorial on every seed, and the campaign on some seeds but not all.
 * The LAST line is one JSON object of all the figures, for tools to read. The exit code is 0 even
 * when a check fails (the figures are the product); `--strict` makes failed checks exit 1.
 *
 * The games run in worker processes (two by default, or as many as --workers says), each playing
 * whole levels × bots × seed ranges; results are the same whatever the split, since every game is
 * deterministic from its level, seed and bot.
 */
import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BOTS } from '../bots';
import { playGame } from '../bots/playGame';
import type { Level } from '../levels/schema';
import { parseArgs } from './args';
import { loadLevel } from './loadLevel';
import { withoutUs } from '../levels/withoutUs';
import { checksOf, figuresOf, orderMix, tableOf, type GameResult, type LevelFigures } from './balanceFigures';

export const BALANCE_LEVELS = [
  'tutorial', 'north', 'air-bridge', 'south', 'across-administrations', 'forty-thousand',
  'tutorial-50min', 'north-50min', 'air-bridge-50min', 'south-50min', 'across-administrations-50min', 'forty-thousand-50min',
] as const;
export const BALANCE_BOTS = ['random', 'greedy', 'expert'] as const;

interface Task { level: string; bot: string; from: number; to: number; noUs: boolean }
interface TaskResult { task: Task; games: GameResult[] }

const seedName = (i: number) => `s${i}`;

function playTask(t: Task, loaded: Level): TaskResult {
  const bot = BOTS[t.bot]!;
  const level = t.noUs ? withoutUs(loaded) : loaded;
  const games: GameResult[] = [];
  for (let i = t.from; i <= t.to; i++) {
    const t0 = performance.now();
    const g = playGame(level, seedName(i), bot, {}, false);
    const s = g.state;
    const mix = orderMix(g.days.flatMap((d) => d.orders));
    games.push({ seed: seedName(i), won: s.status === 'won', day: s.day, readinessDay: s.readinessDay, reason: s.reason, ms: performance.now() - t0, mix });
  }
  return { task: t, games };
}

/** Split the work into tasks small enough to keep every worker busy to the end. */
function tasksFor(levels: readonly string[], bots: readonly string[], seeds: number, workers: number, noUs: boolean): Task[] {
  const tasks: Task[] = [];
  // Expert games cost far more than the others: cut them finer.
  for (const level of levels) {
    for (const bot of bots) {
      const chunk = bot === 'expert' ? Math.max(5, Math.ceil(seeds / (workers * 6))) : seeds;
      for (let from = 1; from <= seeds; from += chunk) tasks.push({ level, bot, from, to: Math.min(seeds, from + chunk - 1), noUs });
    }
  }
  // The costliest first (the campaign's expert games), so the last task to finish is a short one.
  const weight = (t: Task) => (t.bot === 'expert' ? 100 : 1) * (t.level === 'forty-thousand' ? 3 : 1) * (t.to - t.from + 1);
  return tasks.sort((a, b) => weight(b) - weight(a));
}

function loadAll(levels: readonly string[]): Map<string, Level> {
  const out = new Map<string, Level>();
  for (const id of levels) {
    const r = loadLevel(id);
    if (!r.ok) throw new Error(r.error);
    out.set(id, r.level);
  }
  return out;
}

/** Worker side: read tasks from the parent, answer with results, until told to stop. */
function workerMain(): void {
  const levels = new Map<string, Level>();
  process.on('message', (msg: { task?: Task; stop?: boolean }) => {
    if (msg.stop) { process.exit(0); }
    const t = msg.task!;
    let level = levels.get(t.level);
    if (!level) {
      const r = loadLevel(t.level);
      if (!r.ok) { process.send!({ error: r.error }); return; }
      level = r.level;
      levels.set(t.level, level);
    }
    process.send!({ result: playTask(t, level) });
  });
  process.send!({ ready: true });
}

async function runTasks(tasks: Task[], workers: number): Promise<TaskResult[]> {
  const results: TaskResult[] = [];
  if (workers <= 1) {
    const levels = loadAll([...new Set(tasks.map((t) => t.level))]);
    for (const t of tasks) results.push(playTask(t, levels.get(t.level)!));
    return results;
  }
  const queue = tasks.slice();
  const self = fileURLToPath(import.meta.url);
  await Promise.all(Array.from({ length: workers }, () => new Promise<void>((resolve, reject) => {
    const child = fork(self, ['--worker'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const next = () => {
      const t = queue.shift();
      if (t) child.send({ task: t });
      else { child.send({ stop: true }); }
    };
    child.on('message', (m: { ready?: boolean; result?: TaskResult; error?: string }) => {
      if (m.error) { reject(new Error(m.error)); child.kill(); return; }
      if (m.result) results.push(m.result);
      next();
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`balance worker exited with ${code}`))));
  })));
  return results;
}

async function main(): Promise<number> {
  const { flags } = parseArgs(process.argv.slice(2));
  const seeds = Number(flags.get('seeds') ?? 200);
  const levels = (flags.get('levels') ?? BALANCE_LEVELS.join(',')).split(',').filter(Boolean);
  const bots = (flags.get('bots') ?? BALANCE_BOTS.join(',')).split(',').filter(Boolean);
  const workers = Number(flags.get('workers') ?? Math.min(2, cpus().length));
  if (!Number.isInteger(seeds) || seeds < 1) { console.error('--seeds takes a whole number ≥ 1'); return 2; }
  for (const b of bots) if (!BOTS[b]) { console.error(`unknown bot "${b}"; choose from ${Object.keys(BOTS).join(', ')}`); return 2; }
  let loaded: Map<string, Level>;
  try { loaded = loadAll(levels); } catch (e) { console.error((e as Error).message); return 2; }

  const t0 = performance.now();
  const noUs = flags.has('no-us');
  const results = await runTasks(tasksFor(levels, bots, seeds, workers, noUs), workers);
  const wallMs = performance.now() - t0;

  const figures: Record<string, LevelFigures> = {};
  for (const id of levels) {
    const level = loaded.get(id)!;
    const lf: LevelFigures = { title: level.title, par: level.par, deadline: level.deadline, bots: {} };
    for (const bot of bots) {
      const games = results.filter((r) => r.task.level === id && r.task.bot === bot).flatMap((r) => r.games)
        .sort((a, b) => Number(a.seed.slice(1)) - Number(b.seed.slice(1)));
      lf.bots[bot] = figuresOf(games);
    }
    figures[id] = lf;
    console.log(tableOf(id, lf));
    console.log('');
  }
  const checks = checksOf(figures, noUs);
  console.log('order mix of the expert bot (share of its orders, %)');
  console.log('  level                      airlift  prepo  diplomacy  enablers  other');
  for (const [id, lf] of Object.entries(figures)) {
    const m = lf.bots.expert?.mix;
    if (m) console.log(`  ${id.padEnd(26)} ${m.airlift.toFixed(1).padStart(7)} ${m.preposition.toFixed(1).padStart(6)} ${m.diplomacy.toFixed(1).padStart(10)} ${m.enablers.toFixed(1).padStart(9)} ${m.other.toFixed(1).padStart(6)}`);
  }
  console.log('');
  console.log('checks');
  for (const c of checks) console.log(`  ${c.ok ? 'ok  ' : 'FAIL'}  ${c.level}: ${c.what} (${c.detail})`);
  console.log(`\n${seeds} seeds (s1..s${seeds}) × ${levels.length} level(s) × ${bots.length} bot(s) in ${(wallMs / 1000).toFixed(1)} s on ${workers} worker(s)`);
  console.log(JSON.stringify({ seeds, workers, noUs, wallSeconds: Math.round(wallMs / 100) / 10, levels: figures, checks: checks.map((c) => ({ level: c.level, what: c.what, ok: c.ok })), ok: checks.every((c) => c.ok) }));
  return flags.has('strict') && !checks.every((c) => c.ok) ? 1 : 0;
}

if (process.argv.includes('--worker')) workerMain();
else main().then((code) => { process.exitCode = code; }, (e) => { console.error(e); process.exitCode = 2; });
