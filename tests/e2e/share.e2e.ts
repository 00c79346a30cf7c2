/**
 * Sharing, replays, speedrun timing and saves in a real headless Chromium: a share link opens the
 * game, the tutorial is won through the interface while the speedrun splits run, the replay is
 * exported and verified by the CLI, a reload continues the game exactly, a CLI replay plays in the
 * browser to the same hash, a tampered one is refused naming its day, and bad input is shown as
 * text and leaves the game alone.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { greedyBot } from '../../src/bots/greedy';
import { playGame } from '../../src/bots/playGame';
import { emptyBook, recordRun } from '../../src/speedrun/pbs';
import { hashState } from '../../src/engine';
import { encodeGameCode } from '../../src/share/shareCode';
import { ROOT } from '../../tools/browser';
import { GameDriver } from './driver';
import { shippedLevel } from '../helpers/shipped';
import { browserOrSkip, openPage, SCREENSHOTS, startHarness, type Harness } from './harness';
import { openMore } from './title';

/** A headless tool as a user runs it; exit code and its one JSON line. */
function tool(script: string, args: string[]): Promise<{ code: number; json: Record<string, unknown> | null; out: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', `src/cli/${script}.ts`, ...args], { cwd: ROOT, timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      const line = stdout.trim().split('\n').filter(Boolean).pop();
      let json: Record<string, unknown> | null = null;
      try { json = line ? (JSON.parse(line) as Record<string, unknown>) : null; } catch { json = null; }
      resolve({ code, json, out: stdout + stderr });
    });
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'guarantor-share-e2e-'));

describe.skipIf(!browserOrSkip())('sharing, replays, speedrun and saves in a browser', () => {
  let h: Harness;
  const tutorial = shippedLevel('tutorial');
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => {
    await h?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  const open = (path = '') => openPage(h, path);
  /**
   * A game link opened while another test's game is saved: the page asks which game to open
   * (a link never silently replaces a saved game), and the test starts the linked one.
   */
  async function openGame(path: string): Promise<Awaited<ReturnType<typeof open>>> {
    const r = await open(path);
    await r.page.locator('[data-map-ready], [data-link-choice]').first().waitFor();
    if (await r.page.locator('[data-link-choice]').count()) await r.page.locator('[data-key="start-linked"]').click();
    await r.page.locator('[data-map-ready]').waitFor();
    return r;
  }

  /** The greedy bot's orders for each day, given through the interface, until the game ends. */
  async function playOut(page: Page, driver: GameDriver, onDay?: (day: number) => Promise<void>): Promise<void> {
    for (let guard = 0; guard < tutorial.deadline + 1; guard++) {
      const snap = await driver.snapshot();
      if (snap.status !== 'playing') return;
      for (const cmd of greedyBot(snap.state, tutorial).orders) await driver.give(cmd, 'key');
      await onDay?.(snap.day);
      await driver.endDay('key-e');
    }
  }

  it('opens a share link, wins the tutorial with live splits, exports the replay and the CLI verifies it', async () => {
    // A personal best to race: a day slower at every milestone than the run this test plays.
    const expected = playGame(tutorial, 'share-e2e', greedyBot).state;
    const slower = expected.milestones.map((d) => (d > 0 ? d + 1 : 0));
    const book = recordRun(emptyBook(), {
      level: 'tutorial', seed: 'share-e2e', seedMode: 'set', categories: ['any'], day: expected.readinessDay! + 1, ms: 600_000,
      splits: { days: slower, ms: slower.map((d) => d * 40_000) },
    }).book;
    const { page, errors } = await open();
    await page.locator('[data-level]').first().waitFor();
    await page.evaluate((text) => localStorage.setItem('guarantor.pbs', text), JSON.stringify(book));
    await page.goto(`${h.url}?level=tutorial&seed=share-e2e`);
    await page.locator('[data-map-ready]').waitFor();
    const driver = new GameDriver(page);
    expect(await driver.snapshot()).toMatchObject({ level: 'tutorial', seed: 'share-e2e', day: 1 });
    await page.evaluate(() => {
      const w = window as unknown as { runEvents: Array<Record<string, unknown>> };
      w.runEvents = [];
      window.guarantor.on('split', (e) => w.runEvents.push(e as unknown as Record<string, unknown>));
      window.guarantor.on('timer', (e) => w.runEvents.push(e as unknown as Record<string, unknown>));
    });
    expect(await page.evaluate(() => window.guarantor.timer())).toMatchObject({ status: 'idle', realMs: 0 });

    // The share dialog (H): the seed, the link and the code of this game, as text.
    await page.keyboard.press('h');
    const share = page.getByRole('dialog', { name: 'Share' });
    await share.waitFor();
    expect(await page.locator('#share-seed').inputValue()).toBe('share-e2e');
    expect(await page.locator('#share-link').inputValue()).toBe(`${h.url}?level=tutorial&seed=share-e2e`);
    expect(await page.locator('#share-code-out').inputValue()).toBe(encodeGameCode('tutorial', 'share-e2e'));
    await share.getByText('once it is finished').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'share-dialog.png') });
    await page.keyboard.press('Escape');
    await share.waitFor({ state: 'hidden' });

    await page.locator('.run-splits summary').click();
    await playOut(page, driver, async (day) => {
      if (day === 9) await page.locator('[data-run-panel]').screenshot({ path: join(SCREENSHOTS, 'speedrun-splits-midgame.png') });
    });
    const end = await driver.snapshot();
    expect(end.status).toBe('won');

    // The clock stopped on the readiness day; every milestone split was announced, the last one
    // the force standing up, on the readiness day and at the clock's final time.
    const timer = (await page.evaluate(() => window.guarantor.timer()))!;
    expect(timer.status).toBe('stopped');
    expect(timer.realMs).toBeGreaterThan(0);
    const events = await page.evaluate(() => (window as unknown as { runEvents: Array<Record<string, unknown>> }).runEvents);
    const splits = events.filter((e) => e.type === 'split');
    expect(splits.map((s) => s.id)).toEqual(expect.arrayContaining(['firstStaged', 'ready10k', 'coreCertified', 'forceStoodUp']));
    expect(splits[splits.length - 1]).toMatchObject({ id: 'forceStoodUp', day: end.state.readinessDay, realMs: timer.realMs, deltaDays: -1, comparison: 'pb' });
    // Ahead of the best by a day at every split, and faster on the clock; the first segment is gold.
    for (const sp of splits) expect(sp).toMatchObject({ deltaDays: -1, deltaMs: expect.any(Number) });
    expect(splits.find((sp) => sp.id === 'firstStaged')).toMatchObject({ gold: true });
    expect(events[0]).toMatchObject({ type: 'timer', state: 'started' });
    expect(events[events.length - 1]).toMatchObject({ type: 'timer', state: 'stopped' });

    // The result names the new personal best; the replay exports from it.
    const result = page.getByRole('dialog', { name: 'Force stood up' });
    await result.waitFor();
    await result.locator('[data-result-pb]', { hasText: 'New personal best' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), result.getByRole('button', { name: 'Export replay file' }).click()]);
    expect(download.suggestedFilename()).toBe(`tutorial-share-e2e-day${end.state.day}.replay.json`);
    const file = join(tmp, 'browser.replay.json');
    await download.saveAs(file);
    const v = await tool('verify', [file]);
    expect(v.code, v.out).toBe(0);
    expect(v.json).toMatchObject({ valid: true, outcome: 'won', readinessDay: end.state.readinessDay, hash: hashState(end.state) });

    // The finished run shares as a link that opens it in the replay viewer.
    await result.getByRole('button', { name: 'Share and replay…' }).click();
    const runLink = await page.locator('#share-run-link').inputValue();
    expect(runLink.startsWith(`${h.url}?replay=G1.`)).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('.run-splits').evaluate((d) => { (d as HTMLDetailsElement).open = true; });
    await page.locator('[data-run-panel]').screenshot({ path: join(SCREENSHOTS, 'speedrun-splits.png') });
    expect(await page.locator('[data-split="forceStoodUp"] td').first().textContent()).toBe(String(end.state.readinessDay));
    await page.locator('[data-split="forceStoodUp"] .delta', { hasText: '−1 d' }).waitFor();
    await page.locator('[data-split="firstStaged"] .delta.gold', { hasText: 'best segment' }).waitFor();

    await page.goto(runLink);
    await page.locator('[data-viewer-bar]:not([hidden])').waitFor();
    await page.keyboard.press('End');
    await page.locator('[data-viewer="day"]', { hasText: `After day ${end.state.day} of ${end.state.day}` }).waitFor();
    expect(hashState((await driver.snapshot()).state)).toBe(hashState(end.state));
    expect(errors).toEqual([]);
  });

  it('reload in the middle of a game and continue exactly where it stopped', async () => {
    const { page, errors } = await open();
    await page.locator('[data-level="tutorial"]').waitFor();
    await openMore(page);
    await page.fill('#seed', 'reload-e2e');
    await page.locator('[data-key="play-seeded:tutorial"]').click();
    await page.locator('[data-map-ready]').waitFor();
    const driver = new GameDriver(page);
    for (let d = 0; d < 3; d++) {
      const snap = await driver.snapshot();
      for (const cmd of greedyBot(snap.state, tutorial).orders) await driver.give(cmd, 'key');
      await driver.endDay('button');
    }
    const snap = await driver.snapshot();
    await driver.give(greedyBot(snap.state, tutorial).orders[0]!, 'click');
    const before = await driver.snapshot();
    expect(before.ordersToday).toHaveLength(1);

    await page.reload();
    await page.getByRole('button', { name: 'Continue saved game' }).click();
    await page.locator('[data-map-ready]').waitFor();
    const after = await driver.snapshot();
    expect(after).toMatchObject({ level: 'tutorial', seed: 'reload-e2e', day: before.day, ordersToday: before.ordersToday });
    expect(hashState(after.state)).toBe(hashState(before.state));
    await page.getByText('Continued from the save', { exact: false }).first().waitFor();
    // The game goes on: the next day ends as usual.
    await driver.endDay('button');
    expect((await driver.snapshot()).day).toBe(before.day + 1);

    // A hand-damaged save: the page still works, says what happened, and offers the one before.
    await page.evaluate(() => {
      const latest = localStorage.getItem('guarantor.save.latest')!;
      localStorage.setItem(`guarantor.save.${latest}`, '{"format":"guarantor-save","version":1,"days":"lots"}');
    });
    await page.reload();
    await page.getByRole('button', { name: 'Continue saved game' }).click();
    await page.getByText('The latest save could not be used', { exact: false }).first().waitFor();
    expect((await driver.snapshot()).day).toBe(before.day);
    expect(errors).toEqual([]);
  });

  it('two tabs: the one whose saves the other took stops saving, says so, and can take them back', async () => {
    const first = await openGame('?level=tutorial&seed=tab-one');
    const one = new GameDriver(first.page);
    await one.endDay('button');
    const second = await openGame('?level=tutorial&seed=tab-two');
    const two = new GameDriver(second.page);
    await two.endDay('button');
    // The first tab hears of it from the browser and stops; its next day does not replace the save.
    const warning = first.page.getByText('that tab saved its game over this one', { exact: false });
    await warning.waitFor();
    await first.page.screenshot({ path: join(SCREENSHOTS, 'two-tabs.png') });
    await one.endDay('button');
    const savedSeed = () => second.page.evaluate(() => {
      const latest = localStorage.getItem('guarantor.save.latest');
      return latest ? (JSON.parse(localStorage.getItem(`guarantor.save.${latest}`)!) as { seed: string }).seed : null;
    });
    expect(await savedSeed()).toBe('tab-two');
    await first.page.getByRole('button', { name: 'Save this tab’s game instead' }).click();
    // Another tab's write reaches this page's storage a moment later (the browser relays it).
    await expect.poll(savedSeed).toBe('tab-one');
    await second.page.getByText('that tab saved its game over this one', { exact: false }).waitFor();
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
    await first.page.close();
    await second.page.close();
  });

  it('plays a CLI replay identically, refuses a tampered one naming its day, and branches into a game', async () => {
    const cliFile = join(tmp, 'cli.replay.json');
    const sim = await tool('sim', ['--level', 'tutorial', '--seed', 'cli-e2e', '--out', cliFile]);
    expect(sim.code, sim.out).toBe(0);
    const replay = JSON.parse(readFileSync(cliFile, 'utf8')) as { days: Array<{ orders: unknown[]; hash: string }> };
    const tampered = join(tmp, 'tampered.replay.json');
    const bad = structuredClone(replay);
    bad.days[2]!.orders = bad.days[2]!.orders.slice(1);
    writeFileSync(tampered, JSON.stringify(bad, null, 1));

    const { page, errors } = await open();
    await page.locator('[data-level]').first().waitFor();
    await page.setInputFiles('#replay-file', tampered);
    await page.locator('#import-error', { hasText: 'on day 3' }).waitFor();
    expect(await page.evaluate(() => window.guarantor.snapshot())).toBeNull();

    // Dropped on the page: the good one verifies and waits for a choice.
    await page.evaluate(async (text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'cli.replay.json', { type: 'application/json' }));
      document.querySelector('#app')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, readFileSync(cliFile, 'utf8'));
    await page.locator('.imported-summary', { hasText: 'Replay verified' }).waitFor();
    await page.getByRole('button', { name: 'Watch it' }).click();
    await page.locator('[data-viewer-bar]:not([hidden])').waitFor();
    await page.locator('[data-map-ready]').waitFor();
    const driver = new GameDriver(page);
    // Step through day by day: each day's state is the one the CLI recorded.
    for (let k = 1; k <= 6; k++) {
      await page.keyboard.press('.');
      await page.locator('[data-viewer="day"]', { hasText: `After day ${k} of` }).waitFor();
      expect(hashState((await driver.snapshot()).state)).toBe(replay.days[k - 1]!.hash);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'replay-viewer.png') });
    // Orders are refused while watching; play runs on by itself; step back works.
    await page.keyboard.press(',');
    await page.locator('[data-viewer="day"]', { hasText: 'After day 5 of' }).waitFor();
    await page.getByRole('button', { name: 'Play from this day' }).click();
    await page.locator('[data-viewer-bar]').waitFor({ state: 'hidden' });
    const branched = await driver.snapshot();
    expect(branched.day).toBe(6);
    expect(hashState(branched.state)).toBe(replay.days[4]!.hash);
    await driver.endDay('button');
    expect((await driver.snapshot()).day).toBe(7);
    expect(errors).toEqual([]);
  });

  it('shows bad input as text, never as markup, and leaves the game in progress alone', async () => {
    const { page, errors } = await openGame('?level=tutorial&seed=keep-me');
    const before = await new GameDriver(page).snapshot();
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Title screen' }).click();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    await openMore(page);
    await page.fill('#share-code', hostile);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.locator('#share-code-error', { hasText: 'not a GUARANTOR share code' }).waitFor();
    await page.fill('#share-code', encodeGameCode('tutorial', 'x').slice(0, 20));
    await page.keyboard.press('Enter');
    await page.locator('#share-code-error', { hasText: 'incomplete' }).waitFor();
    await page.fill('#share-code', `https://x.example/?level=${encodeURIComponent(hostile)}`);
    await page.keyboard.press('Enter');
    await page.locator('#share-code-error', { hasText: '<img src=x' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    const after = await new GameDriver(page).snapshot();
    expect(after).toEqual(before);

    // A generated level by its share code; a broken run link explains itself on the title screen.
    await page.fill('#share-code', encodeGameCode('gen-oak-river-7', 'oak-river-7'));
    await page.keyboard.press('Enter');
    await page.locator('[data-map-ready]').waitFor();
    expect(await new GameDriver(page).snapshot()).toMatchObject({ level: 'gen-oak-river-7', seed: 'oak-river-7' });
    await page.goto(`${h.url}?replay=G1.AAAA`);
    await page.getByRole('alert').filter({ hasText: 'replay cannot be opened' }).waitFor();
    expect(errors).toEqual([]);
  });
});
