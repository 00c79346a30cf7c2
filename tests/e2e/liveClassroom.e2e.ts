/**
 * The live classroom in Chromium against the real server (issue 13): a facilitator and two teams,
 * each in its own browser context (a team's three seats are three tabs of its context), play the
 * tutorial to the end through the interface; the dashboard shows both games; the replays
 * collected in one file verify with `npm run -s verify`. Screenshots go to screenshots/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { greedyBot } from '../../src/bots/greedy';
import { roleOfCommand } from '../../src/session/whoseOrder';
import type { GameState } from '../../src/engine';
import { buildGame, CHROMIUM_PATH, ROOT } from '../../tools/browser';
import { startServerProcess, type ServerProcess } from '../../tools/serverProcess';
import { shippedLevel } from '../helpers/shipped';
import { GameDriver } from './driver';
import { browserOrSkip, SCREENSHOTS, watchErrors } from './harness';

const level = shippedLevel('tutorial');
const ROLES = [['lead'], level.nations.map((n) => n.id), ['us']];

describe.skipIf(!browserOrSkip())('live classroom in a browser', () => {
  let dist: string;
  let data: string;
  let server: ServerProcess;
  let browser: Browser;
  let base: string;
  const errors: string[] = [];

  beforeAll(async () => {
    dist = await buildGame();
    data = mkdtempSync(join(tmpdir(), 'guarantor-live-e2e-'));
    server = await startServerProcess(data, 0, [], dist);
    base = `http://127.0.0.1:${server.port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH, headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dist, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  });

  async function tab(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    errors.push(...[]);
    const own = watchErrors(page);
    page.on('close', () => errors.push(...own));
    await page.goto(base + path);
    return page;
  }

  const state = (page: Page) => page.evaluate(() => window.guarantor.snapshot()) as Promise<{ day: number; status: string; state: GameState; ordersToday: unknown[] } | null>;

  it('a facilitator and two teams play the tutorial to the end; the dashboard shows both games; the collected replays verify', async () => {
    const { code, token } = server.classes[0]!;
    const facCtx = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    const fac = await tab(facCtx, `/?class=${code}#facilitator=${token}`);
    await fac.locator('#view-live-dashboard:not([hidden])').waitFor();
    expect(fac.url()).not.toContain(token!);
    await fac.selectOption('#live-level', 'tutorial');
    await fac.fill('#live-seed', 'live-e2e');
    await fac.fill('#live-games', '2');
    await fac.fill('#live-ministers', '1');
    await fac.click('[data-key="live-open"]');
    await fac.locator('[data-live-game="1"]').waitFor();

    // Each team's context: three tabs, one a seat. The title screen offers "Join a class" (a server answers).
    const teams: Page[][] = [];
    for (let game = 0; game < 2; game++) {
      const ctx = await browser.newContext({ viewport: { width: 1366, height: 800 } });
      const seats: Page[] = [];
      for (let seat = 0; seat < 3; seat++) {
        const page = await tab(ctx, `/?join=${code}`);
        await page.locator(`[data-seat="${game}:${seat}"]:not([disabled])`).click();
        await page.locator('[data-live-bar]:not([hidden])').waitFor();
        seats.push(page);
      }
      teams.push(seats);
    }
    // A second browser cannot take a seat already held. Its page carries a Content-Security-Policy
    // whose connect-src is 'self' only: the same-origin WebSocket must still connect.
    const other = await browser.newContext();
    // (A meta policy added as the page loads: Chromium enforces one added to the head, and unlike an
    // intercepted response it keeps the page's loopback address, which its local-network checks need.)
    await other.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const meta = document.createElement('meta');
        meta.httpEquiv = 'Content-Security-Policy';
        meta.content = "connect-src 'self'";
        document.head.append(meta);
      });
    });
    const intruder = await tab(other, `/?join=${code}`);
    await expect(intruder.locator('[data-seat="0:0"]').isDisabled()).resolves.toBe(true);
    await intruder.goto(`${base}/`);
    await intruder.locator('[data-live-entry]:not([hidden])').waitFor();
    await intruder.screenshot({ path: join(SCREENSHOTS, 'live-title.png') });
    await other.close();

    // Both games played through the interface, side by side: each seat gives its part of the
    // greedy plan by clicking, then presses End my turn; the server ends the day when all three have.
    await Promise.all(teams.map(async (seats, game) => {
      for (let guard = 0; guard < 40; guard++) {
        const s = (await state(seats[0]!))!;
        if (s.status !== 'playing') return;
        const plan = greedyBot(s.state, level).orders;
        for (let k = 0; k < 3; k++) {
          const driver = new GameDriver(seats[k]!);
          for (const cmd of plan.filter((c) => ROLES[k]!.includes(roleOfCommand(level, c)))) await driver.give(cmd, 'click');
          await seats[k]!.click('[data-key="end-day"]');
        }
        for (const page of seats) await page.waitForFunction((d) => { const x = window.guarantor.snapshot()!; return x.day > d || x.status !== 'playing'; }, s.day);
        if (game === 0 && s.day === 3) await seats[1]!.screenshot({ path: join(SCREENSHOTS, 'live-seat.png') });
        if (game === 0 && s.day === 2) {
          // A reloaded tab comes back to its seat with its game intact (the tab's sessionStorage).
          await seats[2]!.reload();
          await seats[2]!.locator('[data-live-bar]:not([hidden])').waitFor();
          await seats[2]!.waitForFunction((d) => window.guarantor.snapshot()?.day === d, s.day + 1);
          expect((await state(seats[2]!))!.state).toEqual((await state(seats[0]!))!.state);
        }
      }
      throw new Error(`game ${game + 1} did not end`);
    }));

    const ends = await Promise.all(teams.map(async (seats) => (await state(seats[0]!))!));
    for (const e of ends) expect(e.status).not.toBe('playing');
    // Every seat of a game ends on the same state as the server (no desync reported on the dashboard).
    await fac.waitForFunction(() => document.querySelectorAll('[data-live-game]').length === 2);
    await fac.waitForTimeout(500);
    const dayCells = await fac.locator('[data-live-day]').allTextContents();
    expect(dayCells).toHaveLength(2);
    expect(await fac.locator('.live-games-table').textContent()).not.toMatch(/resynchronised/);
    await fac.screenshot({ path: join(SCREENSHOTS, 'live-dashboard.png'), fullPage: true });

    const download = fac.waitForEvent('download');
    await fac.click('[data-key="live-collect"]');
    const file = join(data, 'collected.json');
    await (await download).saveAs(file);
    await fac.locator('#view-compare:not([hidden]) [data-run-row]').nth(1).waitFor();
    await fac.screenshot({ path: join(SCREENSHOTS, 'live-compare.png') });
    const verdict = JSON.parse(execFileSync('npx', ['tsx', 'src/cli/verify.ts', file], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!);
    expect(verdict).toMatchObject({ valid: true, replays: 2 });
    for (const seats of teams) for (const p of seats) await p.close();
    await fac.close();
    expect(errors).toEqual([]);
  }, 900_000);
});
