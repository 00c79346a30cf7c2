/**
 * Nothing lost, nothing forged (issue 15) in a real headless Chromium:
 *  - a link never silently replaces a saved game: a reload of the link's page continues it, and
 *    another link asks which game to open;
 *  - a classroom game (teams, turns, pause) survives a reload and Continue; the PIN leaves the page;
 *  - the shipped Content-Security-Policy holds over a whole game, the classroom screens and the
 *    replay viewer with 0 violations, and the built page and the offline file carry it;
 *  - starting and quitting games leaves no document listener behind (Phaser's visibility handler).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { greedyBot } from '../../src/bots/greedy';
import { applyCommand, type GameState } from '../../src/engine';
import { encodeRunCode } from '../../src/share/shareCode';
import { buildGame, launchBrowser, ROOT, serveBuild, type Browser, type Served } from '../../tools/browser';
import { shippedLevel } from '../helpers/shipped';
import { honestGame } from '../trust/forge';
import { GameDriver } from './driver';
import { resumeAsFacilitator } from './facilitator';
import { browserOrSkip, SCREENSHOTS, watchErrors } from './harness';
import { openMore } from './title';

/**
 * Runs in every page before its own scripts: collects Content-Security-Policy violations, and
 * counts the document's listeners by type (a set per type, as the browser keeps them).
 */
const INIT = `(() => {
  const csp = [];
  Object.defineProperty(window, '__csp', { value: csp });
  document.addEventListener('securitypolicyviolation', (e) => csp.push(e.effectiveDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || '')));
  const byType = new Map();
  const add = document.addEventListener;
  const remove = document.removeEventListener;
  document.addEventListener = function (type, listener, options) {
    if (listener) { if (!byType.has(type)) byType.set(type, new Set()); byType.get(type).add(listener); }
    return add.call(this, type, listener, options);
  };
  document.removeEventListener = function (type, listener, options) {
    byType.get(type)?.delete(listener);
    return remove.call(this, type, listener, options);
  };
  Object.defineProperty(window, '__listeners', { value: () => Object.fromEntries([...byType].map(([t, s]) => [t, s.size])) });
})();`;

const tutorial = shippedLevel('tutorial');
const PIN = '4321';

describe.skipIf(!browserOrSkip())('trust: saves, links, classroom, CSP, listeners', () => {
  let outDir = '';
  let offlineDir = '';
  let served: Served | null = null;
  let browser: Browser | null = null;
  let url = '';
  beforeAll(async () => {
    outDir = await buildGame();
    offlineDir = mkdtempSync(join(tmpdir(), 'guarantor-offline-csp-'));
    await build({ root: ROOT, mode: 'offline', logLevel: 'warn', build: { outDir: offlineDir, emptyOutDir: true } });
    served = await serveBuild(outDir);
    browser = await launchBrowser();
    url = served.url;
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    for (const d of [outDir, offlineDir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  /** A page with the violation and listener watch, and a console watch for policy messages. */
  async function open(path = ''): Promise<{ page: Page; errors: string[]; cspConsole: string[] }> {
    const page = await browser!.context.newPage();
    await page.addInitScript(INIT);
    const errors = watchErrors(page);
    const cspConsole: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) cspConsole.push(m.text()); });
    await page.goto(url + path);
    return { page, errors, cspConsole };
  }
  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  const clearSaves = (page: Page) => page.evaluate(() => localStorage.clear());

  async function playDays(page: Page, days: number): Promise<void> {
    const driver = new GameDriver(page);
    for (let d = 0; d < days; d++) {
      const snap = await driver.snapshot();
      if (snap.status !== 'playing') return;
      let s: GameState = snap.state;
      for (const cmd of greedyBot(s, tutorial).orders) {
        const r = applyCommand(s, tutorial, cmd);
        if (!r.ok) continue;
        s = r.state;
        await driver.give(cmd, 'key');
      }
      await driver.endDay('button');
    }
  }

  it('the built page and the offline file carry the policy', () => {
    const page = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self';/);
    expect(page).not.toMatch(/<style|style="/);
    const offline = readFileSync(join(offlineDir, 'guarantor.html'), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(offline)?.[1] ?? '';
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('a link never silently replaces a saved game', async () => {
    const { page, errors } = await open('?level=tutorial&seed=linkgame');
    await clearSaves(page);
    await page.reload();
    await page.locator('[data-map-ready]').waitFor();
    const driver = new GameDriver(page);
    for (let d = 0; d < 5; d++) await driver.endDay('button');
    const played = await driver.snapshot();
    expect(played).toMatchObject({ seed: 'linkgame', day: 6 });
    // A reload of the link's page continues the saved game rather than restarting it.
    await page.reload();
    await page.locator('[data-map-ready]').waitFor();
    expect(await driver.snapshot()).toMatchObject({ seed: 'linkgame', day: 6 });
    // Another link: the saved game is offered next to the linked one; nothing is replaced yet.
    await page.goto(`${url}?level=tutorial&seed=othergame`);
    await page.locator('[data-link-choice]').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'link-choice.png') });
    expect(await page.evaluate(() => window.guarantor.snapshot())).toBeNull();
    const savedSeed = () => page.evaluate(() => {
      const latest = localStorage.getItem('guarantor.save.latest');
      return latest ? (JSON.parse(localStorage.getItem(`guarantor.save.${latest}`)!) as { seed: string }).seed : null;
    });
    expect(await savedSeed()).toBe('linkgame');
    await page.getByRole('button', { name: 'Continue saved game' }).click();
    await page.locator('[data-map-ready]').waitFor();
    expect(await driver.snapshot()).toMatchObject({ seed: 'linkgame', day: 6 });
    expect(new URL(page.url()).searchParams.get('seed')).toBeNull();
    // Choosing the link's game instead starts it.
    await page.goto(`${url}?level=tutorial&seed=othergame`);
    await page.locator('[data-link-choice]').waitFor();
    await page.locator('[data-key="start-linked"]').click();
    await page.locator('[data-map-ready]').waitFor();
    expect(await driver.snapshot()).toMatchObject({ seed: 'othergame', day: 1 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('0 policy violations over a whole game, the replay viewer and the classroom screens; the classroom survives a reload', async () => {
    const { page, errors, cspConsole } = await open();
    await clearSaves(page);
    await page.reload();
    // A whole game of the tutorial, won through the interface.
    await page.locator('[data-level="tutorial"]').waitFor();
    await openMore(page);
    await page.fill('#seed', 'csp-run');
    await page.locator('[data-key="play-seeded:tutorial"]').click();
    await page.locator('[data-map-ready]').waitFor();
    await playDays(page, tutorial.deadline);
    expect((await new GameDriver(page).snapshot()).status).toBe('won');
    await page.screenshot({ path: join(SCREENSHOTS, 'csp-game-won.png') });

    // The replay viewer, opened by a run link.
    await page.goto(`${url}?replay=${encodeRunCode(honestGame(tutorial, 'csp-replay'))}`);
    await page.locator('[data-viewer-bar]').waitFor();
    // The verified message says which kind of run it is.
    await page.getByText('Replay verified (solo run)', { exact: false }).first().waitFor();
    await page.locator('[data-map-ready]').waitFor();
    await page.keyboard.press('End');
    await page.screenshot({ path: join(SCREENSHOTS, 'csp-viewer.png') });

    // The classroom: set-up, handover, the facilitator's PIN and panel, the pause.
    await page.goto(url);
    await openMore(page);
    await page.locator('[data-key="classroom-setup"]').click();
    await page.locator('#view-setup:not([hidden])').waitFor();
    await page.selectOption('#class-level', 'tutorial');
    await page.fill('#class-seed', 'csp-class');
    await page.fill('#class-pin', PIN);
    await page.click('[data-key="class-start"]');
    const handover = page.locator('#handover[open]');
    await handover.waitFor();
    // The PIN does not stay in the page.
    expect(await page.evaluate(() => document.querySelector<HTMLInputElement>('#class-pin')?.value ?? '')).toBe('');
    await handover.locator('[data-key="handover-start"]').click();
    await page.locator('[data-map-ready]').waitFor();
    await page.getByRole('button', { name: 'End my turn', exact: true }).click();
    await handover.waitFor();
    await handover.locator('[data-key="handover-facilitator"]').click();
    for (let i = 0; i < 4; i++) {
      await page.fill('#pin-input', '0000');
      await page.click('[data-key="pin-ok"]');
    }
    await page.locator('#pin-error', { hasText: 'Too many wrong tries' }).waitFor();
    expect(await page.inputValue('#pin-input')).toBe('');
    await page.screenshot({ path: join(SCREENSHOTS, 'pin-lockout.png') });
    // The wait is real: after it, the right PIN opens the panel.
    await page.waitForTimeout(5_500);
    await page.fill('#pin-input', PIN);
    await page.click('[data-key="pin-ok"]');
    const panel = page.locator('#facilitator[open]');
    await panel.waitFor();
    await panel.locator('[data-key="fac-pause"]').click();
    await page.keyboard.press('Escape');
    await page.locator('#paused[open]').waitFor();
    const before = await new GameDriver(page).snapshot();

    // Reload and Continue: the classroom comes back paused, with its teams and turns.
    await page.reload();
    await page.getByRole('button', { name: 'Continue saved game' }).click();
    await page.locator('#paused[open]').waitFor();
    await page.locator('.classroom-bar').waitFor();
    expect(await new GameDriver(page).snapshot()).toMatchObject({ seed: 'csp-class', day: before.day, ordersToday: before.ordersToday });
    await page.screenshot({ path: join(SCREENSHOTS, 'classroom-restored.png') });
    await resumeAsFacilitator(page, PIN);
    // Whose turn it was survives too: the handover names the second team.
    await handover.waitFor();
    expect(await handover.locator('.handover-team').getAttribute('data-team')).not.toBe('lead');

    expect(await violations(page)).toEqual([]);
    expect(cspConsole).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the offline file runs under its policy with 0 violations', async () => {
    const page = await browser!.context.newPage();
    await page.addInitScript(INIT);
    const errors = watchErrors(page);
    await page.goto(`file://${join(offlineDir, 'guarantor.html')}?level=tutorial&seed=offline-csp`);
    await page.locator('[data-map-ready]').waitFor();
    await playDays(page, 2);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ten games started and quit leave no document listener behind', async () => {
    const { page, errors } = await open();
    await clearSaves(page);
    const counts: Array<Record<string, number>> = [];
    for (let i = 0; i < 10; i++) {
      await page.locator('[data-level="tutorial"]').click();
      await page.locator('[data-map-ready]').waitFor();
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('button', { name: 'Title screen' }).click();
      await page.locator('[data-level="tutorial"]').waitFor();
      counts.push(await page.evaluate(() => (window as unknown as { __listeners: () => Record<string, number> }).__listeners()));
    }
    expect(counts[9]).toEqual(counts[0]);
    expect(counts[9]!.visibilitychange ?? 0).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
