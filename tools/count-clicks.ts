/**
 * `npm run clicks [-- --seed S --days N]`: the expert bot's plan for Forty Thousand given through
 * the interface twice, in headless Chromium at 1366×768 on the production build: the old way, one
 * unit at a time (select, key, choose, confirm), and the new way (the row's Activate, bulk orders
 * where one gives exactly the plan's orders, units and whole stacks dragged onto hubs, places and
 * axes selected on the map, Advance over days without orders). Each day must end on the
 * plan's state hash both ways (the same game). Prints clicks, keys and drags per day and in all;
 * the last line is one JSON object.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { hashState, quietDays } from '../src/engine';
import { expertBot } from '../src/bots/expert';
import { playGame } from '../src/bots/playGame';
import { parseLevelText } from '../src/levels/parseLevel';
import { endSessionDay, issueOrder, startSession } from '../src/session/session';
import { buildGame, launchBrowser, ROOT, serveBuild } from './browser';
import { stepsFor } from './clicks/plan';
import { UiCounter, type Tally } from './clicks/uiCounter';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
};
const seed = arg('seed', 'clicks-1');
const parsed = parseLevelText(readFileSync(join(ROOT, 'levels/forty-thousand.json'), 'utf8'), 'levels/forty-thousand.json');
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const level = parsed.level;
const plan = playGame(level, seed, expertBot);
const days = Math.min(plan.days.length, Number(arg('days', String(plan.days.length))));

const outDir = await buildGame();
const served = await serveBuild(outDir);
const browser = await launchBrowser();
const result: Record<string, { perDay: number[]; total: Tally; missedDrags: number }> = {};
try {
  for (const mode of arg('modes', 'old,new').split(',') as Array<'old' | 'new'>) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${served.url}?level=forty-thousand&seed=${seed}&probe=map`);
    await page.locator('[data-map-ready]').waitFor();
    const ui = new UiCounter(page);
    let g = startSession(level, seed);
    const perDay: number[] = [];
    for (let d = 0; d < days;) {
      const day = plan.days[d]!;
      const start = ui.t.clicks + ui.t.keys + ui.t.drags;
      for (const st of stepsFor(g, day.orders, day.hash, mode)) {
        const was = ui.t.clicks + ui.t.keys + ui.t.drags;
        if (mode === 'old') await ui.oneOld(st.kind === 'one' ? st.cmd : (() => { throw new Error('old way is one by one'); })());
        else await ui.stepNew(st);
        if (process.env.VERBOSE) console.log(`  ${ui.t.clicks + ui.t.keys + ui.t.drags - was}: ${JSON.stringify(st.kind === 'one' ? st.cmd : st)}`);
        for (const c of st.kind === 'one' ? [st.cmd] : st.cmds) {
          const r = issueOrder(g, c);
          if (!r.ok) throw new Error(r.refusal.text);
          g = r.session;
        }
      }
      // The new way skips days on which the plan orders nothing with Advance (F), as far as F goes
      // by itself (to the first day whose log needs a look), never past a day with orders.
      const quiet = mode === 'new' ? quietDays(g.state, level).days : 1;
      const skip = quiet > 1 && d + quiet <= days && plan.days.slice(d + 1, d + quiet).every((x) => x.orders.length === 0) ? quiet : 1;
      if (skip > 1) await ui.advance(g.state.day + skip);
      else await ui.endDay();
      for (let j = 0; j < skip; j++) {
        g = endSessionDay(g);
        if (hashState(g.state) !== plan.days[d + j]!.hash) throw new Error(`${mode}: day ${d + j + 1} left the plan`);
      }
      const shown = await page.evaluate(() => window.guarantor.snapshot()!.state);
      if (hashState(shown) !== plan.days[d + skip - 1]!.hash) throw new Error(`${mode}: day ${d + skip} left the plan (hash ${hashState(shown)} vs ${plan.days[d + skip - 1]!.hash})`);
      perDay.push(ui.t.clicks + ui.t.keys + ui.t.drags - start);
      for (let j = 1; j < skip; j++) perDay.push(0);
      console.log(`${mode} day ${d + 1}${skip > 1 ? `–${d + skip} (Advance)` : ''}: ${perDay.at(-skip)} (${day.orders.length} orders)`);
      d += skip;
    }
    result[mode] = { perDay, total: { ...ui.t }, missedDrags: ui.missedDrags };
    await page.close();
  }
} finally {
  await browser.close();
  await served.close();
  rmSync(outDir, { recursive: true, force: true });
}
const sum = (t: Tally) => t.clicks + t.keys + t.drags;
const orders = plan.days.slice(0, days).reduce((n, d) => n + d.orders.length, 0);
if (!result.old || !result.new) process.exit(0);
const figures = {
  level: 'forty-thousand', seed, days, orders,
  old: { ...result.old!.total, all: sum(result.old!.total), perDay: +(sum(result.old!.total) / days).toFixed(1) },
  new: { ...result.new!.total, all: sum(result.new!.total), perDay: +(sum(result.new!.total) / days).toFixed(1), missedDrags: result.new!.missedDrags },
  ratio: +(sum(result.new!.total) / sum(result.old!.total)).toFixed(2),
  oldPerDay: result.old!.perDay, newPerDay: result.new!.perDay,
};
console.log(JSON.stringify(figures));
