/**
 * The map draws only what changed (src/scenes/redraw/drawOnChange.ts), in a real browser: a map at
 * rest draws no frames; a short pan slides the last drawing, which then looks exactly as a fresh
 * drawing would; the pointer still lands on what is under it; a long pan and a hovered unit draw.
 */
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserOrSkip, openPage, SCREENSHOTS, startHarness, type Harness } from './harness';

describe.skipIf(!browserOrSkip())('the map draws on change', () => {
  let h: Harness;
  beforeAll(async () => { h = await startHarness(); });
  afterAll(async () => { await h?.close(); });

  it('draws nothing at rest, slides under a short pan, and draws for a long pan and a hovered unit', async () => {
    const { page, errors } = await openPage(h, '?level=tutorial&seed=b&probe=map');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.locator('[data-map-ready]').waitFor();
    const frames = () => page.evaluate(() => window.__mapProbe!.frames());
    const shift = () => page.evaluate(() => window.__mapProbe!.canvasShift());
    const box = (await page.locator('.guarantor-map').boundingBox())!;
    const clip = { x: box.x, y: box.y, width: box.width, height: box.height };

    // At rest (the map's start and its sharper layer done): frames go by, none is drawn.
    await page.waitForFunction(() => window.__mapProbe!.frames().skipped > 30);
    const rest = await frames();
    await page.waitForTimeout(500);
    const later = await frames();
    expect(later.drawn).toBe(rest.drawn);
    expect(later.skipped).toBeGreaterThan(rest.skipped);

    // A short drag on open country (a press on a piece would carry it): the drawing slides, nothing is drawn.
    const near = (await page.evaluate(() => window.__mapProbe!.node('rzeszow')))!;
    const from = { x: near[0] + 40, y: near[1] + 70 };
    expect(await page.evaluate(([x, y]) => window.__mapProbe!.grabAt(x!, y!), [from.x, from.y])).toBeNull();
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x - 24, from.y - 18, { steps: 6 });
    await page.mouse.up();
    await page.waitForTimeout(300);
    const slid = await frames();
    expect(slid.drawn).toBe(later.drawn);
    // The drawing follows the pointer, as far as the camera could go (it stops at the map's edge).
    const [sx, sy] = /^translate\((-?[\d.]+)px, (-?[\d.]+)px\)$/.exec(await shift())!.slice(1).map(Number);
    expect(sx! < 0 || sy! < 0).toBe(true);
    expect(sx).toBeGreaterThanOrEqual(-24);
    expect(sx).toBeLessThanOrEqual(0);
    expect(sy).toBeGreaterThanOrEqual(-18);
    expect(sy).toBeLessThanOrEqual(0);
    const slidShot = await page.screenshot({ clip });

    // The same view drawn afresh looks exactly the same, and the canvas is back in its place.
    await page.evaluate(() => window.__mapProbe!.drawAgain());
    await page.waitForFunction((n) => window.__mapProbe!.frames().drawn > n, slid.drawn);
    await page.waitForTimeout(100);
    expect(await shift()).toBe('');
    const drawnShot = await page.screenshot({ clip });
    if (!slidShot.equals(drawnShot)) {
      writeFileSync(join(SCREENSHOTS, 'map-slid.png'), slidShot);
      writeFileSync(join(SCREENSHOTS, 'map-drawn.png'), drawnShot);
    }
    expect(slidShot.equals(drawnShot)).toBe(true);

    // Slid again, a click still selects what is under the pointer.
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 30, from.y + 10, { steps: 6 });
    await page.mouse.up();
    await page.waitForTimeout(200);
    expect(await shift()).not.toBe('');
    const place = (await page.evaluate(() => window.__mapProbe!.node('rzeszow')))!;
    expect(await page.evaluate(([x, y]) => window.__mapProbe!.selectsAt(x!, y!), place)).toBe('node:rzeszow');
    await page.mouse.click(place[0], place[1]);
    await page.locator('[data-selection="node:rzeszow"]').waitFor();

    // A drag longer than the canvas's margin draws.
    const before = await frames();
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x - 150, from.y - 20, { steps: 15 });
    await page.mouse.up();
    await page.waitForTimeout(200);
    expect((await frames()).drawn).toBeGreaterThan(before.drawn);

    // The pointer on a unit's chip: the map draws it lit, and the drawing is what a fresh one shows.
    const beforeHover = await frames();
    const unit = (await page.evaluate(() => window.__mapProbe!.unit('pl-1-armd')))!;
    await page.mouse.move(unit.x, unit.y);
    await page.waitForFunction((n) => window.__mapProbe!.frames().drawn > n, beforeHover.drawn);
    await page.waitForTimeout(300);
    const lit = await page.screenshot({ clip });
    await page.evaluate(() => window.__mapProbe!.drawAgain());
    await page.waitForTimeout(300);
    expect(lit.equals(await page.screenshot({ clip }))).toBe(true);
    expect(errors).toEqual([]);
  });
});
