/**
 * npm run build:classroom — writes levels/<id>-50min.json, the 50-minute classroom format of each
 * campaign level, from the level itself and the cut described below. The full levels are the
 * 90-minute format. Rerun it after a change to a campaign level (its map, roster or deck), then
 * rerun `npm run balance -- --levels <id>-50min` and check the par in CLASSROOM_CUTS.
 *
 * A 50-minute lesson leaves about 30 minutes of play: 12 to 18 game days for teams taking turns
 * at one screen. So the cut
 *   - starts the slowest formations already mobilised at home (the warning order went out before
 *     day 1), so the class plays the deployment rather than the waiting;
 *   - moves the deadline in and Moscow's event windows with it, in proportion, so the pressure
 *     still comes in the same order and the same density per day;
 *   - keeps the level's staff actions, and gives each classroom role its own share of them, so
 *     that par means the same for a class as for a single player.
 * Everything else (map, units, enablers, rules) is the level's own.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLevelText } from '../src/levels/parseLevel';
import type { LevelInput } from '../src/levels/schema';
import { CLASSROOM_CUTS, type ClassroomCut } from './classroomCuts';

const LEVELS = resolve(dirname(fileURLToPath(import.meta.url)), '../levels');

/** A day of the full level's clock on the shorter clock (never before day 1 or past the deadline). */
function rescale(day: number, from: number, to: number): number {
  return Math.min(to, Math.max(1, Math.round((day * to) / from)));
}

export function cutLevel(base: LevelInput, cut: ClassroomCut): LevelInput {
  const deadline = cut.deadline;
  const ready = new Set(cut.ready);
  const nations = base.nations.map((n) => ({
    ...n,
    roster: n.roster.map((f) => (ready.has(f.id) ? { ...f, start: 'ready' as const } : f)),
  }));
  const known = new Set(base.nations.flatMap((n) => n.roster.map((f) => f.id)));
  for (const id of ready) if (!known.has(id)) throw new Error(`${base.id}: no formation "${id}" to start ready`);
  const clock = cut.clock ?? deadline;
  const deck = base.deck.flatMap((c) => {
    const a = rescale(c.window[0], base.deadline, clock);
    if (a > deadline) return [];
    const b = Math.min(deadline, Math.max(a, rescale(c.window[1], base.deadline, clock)));
    return [{ ...c, window: [a, b] as [number, number] }];
  });
  const { format: _full, ...rest } = base;
  return {
    ...rest,
    id: `${base.id}-50min`,
    title: cut.title,
    summary: cut.summary,
    briefing: cut.briefing,
    par: cut.par,
    deadline,
    nations,
    deck,
    format: { of: base.id, minutes: 50, staff: cut.staff },
  };
}

function main(): void {
  for (const cut of CLASSROOM_CUTS) {
    const base = JSON.parse(readFileSync(join(LEVELS, `${cut.of}.json`), 'utf8')) as LevelInput;
    const level = cutLevel(base, cut);
    const text = `${JSON.stringify(level, null, 2)}\n`;
    const file = `levels/${level.id}.json`;
    const r = parseLevelText(text, file);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    writeFileSync(join(LEVELS, `${level.id}.json`), text);
    console.log(`${file}: deadline ${level.deadline} (was ${base.deadline}), par ${level.par}, ${cut.ready.length} formation(s) start ready`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
