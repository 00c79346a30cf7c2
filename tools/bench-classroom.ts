/**
 * npm run bench:classroom: load on one classroom server process (not a test; nothing here is a
 * pass mark). 30 games × 5 seats of bot clients (three classes of ten games, level "forty-thousand" with
 * three minister teams) play 20 days: each seat gives its part of the greedy bot's plan (one plan a
 * game a day), pausing 100–400 ms before each order as a student would and waiting for its answer,
 * then ends its turn. Reported: order round trip p50/p95, day-end latency
 * (last End my turn to the day's end arriving), the server's memory before and after, desyncs and
 * lost orders (acknowledged orders missing from the server's replay, or orders never answered).
 * The last line is one JSON object.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { greedyBot } from '../src/bots/greedy';
import { loadBuiltInLevel } from '../src/cli/loadLevel';
import { verifyReplay, type Replay } from '../src/engine';
import type { Level } from '../src/levels/schema';
import { FacilitatorClient, ordersForSeat, SeatClient } from './seatClient';
import { startServerProcess } from './serverProcess';

const LEVEL = 'forty-thousand';
const CLASSES = 3;
const GAMES_PER_CLASS = 10;
const SEATS = 5;
const DAYS = 20;

const level = (loadBuiltInLevel(LEVEL) as { ok: true; level: Level }).level;

/** A student's pause before each order: 100 to 400 ms (seeded, so every run paces alike). */
const pace = seedrandom('bench-classroom');
function think(): Promise<void> {
  return new Promise((r) => setTimeout(r, 100 + Math.floor(pace() * 300)));
}

function pct(xs: number[], p: number): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! * 10) / 10;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'guarantor-bench-'));
  const server = await startServerProcess(dir, 0, ['--classes', String(CLASSES)]);
  const classes = server.classes.slice(-CLASSES);
  const rtts: number[] = [];
  const dayEnds: number[] = [];
  let acked = 0;
  let unanswered = 0;
  let refused = 0;
  try {
    const facs = await Promise.all(classes.map((c) => FacilitatorClient.join(server.url, c.code, c.token!)));
    facs.forEach((f) => f.send('setup', { level: LEVEL, seed: 'bench-seed', games: GAMES_PER_CLASS, ministerTeams: SEATS - 2 }));
    await new Promise((r) => setTimeout(r, 500));
    const games: SeatClient[][] = [];
    for (const c of classes) {
      for (let g = 0; g < GAMES_PER_CLASS; g++) {
        const seats: SeatClient[] = [];
        for (let t = 0; t < SEATS; t++) {
          const s = await SeatClient.join(server.url, c.code, level);
          await s.claim(g, t);
          seats.push(s);
        }
        games.push(seats);
      }
    }
    const rssBefore = server.rssMb();
    console.log(`${games.length} games × ${SEATS} seats joined; server RSS ${rssBefore} MB. Playing ${DAYS} days…`);
    const t0 = performance.now();
    const cpu0 = server.cpuSeconds();
    let daysPlayed = 0;
    await Promise.all(games.map(async (seats) => {
      for (let d = 0; d < DAYS; d++) {
        const m0 = seats[0]!.mirror!;
        if (m0.session.state.status !== 'playing') return;
        const day = m0.session.state.day;
        const ended = m0.session.days.length;
        let lastEnd = 0;
        // One plan a game a day, shared by its seats (five bots thinking alike would only load the machine).
        const plan = greedyBot(m0.session.state, level).orders;
        await Promise.all(seats.map(async (s) => {
          for (const cmd of ordersForSeat(s.mirror!, level, plan)) {
            await think();
            try {
              const r = await s.order(cmd);
              if (r.ok) { acked++; rtts.push(r.rtt); } else refused++;
            } catch { unanswered++; }
          }
          lastEnd = Math.max(lastEnd, performance.now());
          s.endTurn();
        }));
        await Promise.all(seats.map((s) => s.until(() => s.mirror!.session.days.length > ended, 60_000, `day ${day + 1}`)));
        dayEnds.push(performance.now() - lastEnd);
        daysPlayed++;
      }
    }));
    const seconds = (performance.now() - t0) / 1000;
    const serverCpu = Math.round((server.cpuSeconds() - cpu0) * 10) / 10;
    // Every acknowledged order must be in the server's record of its game.
    for (const f of facs) f.send('collect', {});
    await Promise.all(facs.map((f) => new Promise<void>((resolve) => { const i = setInterval(() => { if (f.replays) { clearInterval(i); resolve(); } }, 50); })));
    let recorded = 0;
    let invalid = 0;
    for (const f of facs) {
      for (const { replay } of f.replays.replays as Array<{ replay: Replay }>) {
        recorded += replay.days.reduce((n, d) => n + d.orders.length, 0);
        if (!verifyReplay(replay, level).valid) invalid++;
      }
    }
    const desyncs = games.flat().reduce((n, s) => n + s.stats.desyncs, 0);
    const rssAfter = server.rssMb();
    console.log(`${daysPlayed} game-days in ${seconds.toFixed(1)} s (server CPU ${serverCpu} s; the bots share the machine's two cores); ${acked} orders accepted, ${refused} refused by the rules (a seat's plan overtaken by another's), ${recorded} in the replays, ${invalid} replays invalid.`);
    console.log(JSON.stringify({
      games: games.length, seats: SEATS, days: DAYS, gameDays: daysPlayed, orders: acked,
      rttP50Ms: pct(rtts, 50), rttP95Ms: pct(rtts, 95), dayEndP95Ms: pct(dayEnds, 95),
      serverRssMbBefore: rssBefore, serverRssMbAfter: rssAfter, serverCpuS: serverCpu, wallS: Math.round(seconds * 10) / 10,
      desyncs, lostOrders: Math.max(0, acked - recorded) + unanswered, invalidReplays: invalid,
    }));
    await Promise.all(games.flat().map((s) => s.leave()));
  } finally {
    await server.stop('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(() => process.exit(0), (e: unknown) => { console.error((e as Error).message); process.exit(1); });
