import { describe, expect, it } from 'vitest';
import { clampView, fitBox, minZoom, panBy, screenToWorld, visibleRect, worldToScreen, zoomAt, MAX_ZOOM } from '../../src/scenes/layout/camera';
import { worldRect } from '../../src/scenes/layout/world';
import { region } from './fixtures';

const world = worldRect(region);
const vp = { w: 1366, h: 800 };
const inside = (r: { x: number; y: number; w: number; h: number }) =>
  r.x >= world.x - 1e-6 && r.y >= world.y - 1e-6 && r.x + r.w <= world.x + world.w + 1e-6 && r.y + r.h <= world.y + world.h + 1e-6;

describe('map camera', () => {
  it('never shows beyond the asset margin: the farthest zoom covers the viewport with the world', () => {
    expect(world).toEqual({ x: -60, y: -60, w: 2120, h: 1620 });
    const z = minZoom(world, vp);
    const v = clampView({ cx: 5000, cy: -4000, zoom: 0.01 }, world, vp);
    expect(v.zoom).toBeCloseTo(z);
    expect(inside(visibleRect(v, vp))).toBe(true);
  });

  it('clamps the zoom to its range and the centre into the world', () => {
    expect(clampView({ cx: 0, cy: 0, zoom: 99 }, world, vp).zoom).toBe(MAX_ZOOM);
    for (const [cx, cy] of [[-500, -500], [3000, 2000], [1000, 750]]) {
      expect(inside(visibleRect(clampView({ cx: cx!, cy: cy!, zoom: 1.3 }, world, vp), vp))).toBe(true);
    }
  });

  it('zooms around the pointer: the map point under it stays put', () => {
    const v = { cx: 900, cy: 700, zoom: 1 };
    const [wx, wy] = screenToWorld(v, vp, 300, 200);
    const z = zoomAt(v, vp, 300, 200, 1.5, world);
    const [sx, sy] = worldToScreen(z, vp, wx, wy);
    expect(z.zoom).toBeCloseTo(1.5);
    expect(sx).toBeCloseTo(300, 6);
    expect(sy).toBeCloseTo(200, 6);
  });

  it('pans with the drag and fits a box whole', () => {
    const v = panBy({ cx: 900, cy: 700, zoom: 2 }, vp, 100, -50, world);
    expect(v.cx).toBeCloseTo(850);
    expect(v.cy).toBeCloseTo(725);
    const box = { x: 400, y: 500, w: 700, h: 500 };
    const f = fitBox(box, world, vp);
    const r = visibleRect(f, vp);
    expect(r.x).toBeLessThanOrEqual(box.x);
    expect(r.y).toBeLessThanOrEqual(box.y);
    expect(r.x + r.w).toBeGreaterThanOrEqual(box.x + box.w);
    expect(r.y + r.h).toBeGreaterThanOrEqual(box.y + box.h);
  });

  it('screen and world coordinates round-trip', () => {
    const v = { cx: 321, cy: 654, zoom: 0.77 };
    const [wx, wy] = screenToWorld(v, vp, 12, 34);
    expect(worldToScreen(v, vp, wx, wy)).toEqual([expect.closeTo(12, 9), expect.closeTo(34, 9)]);
  });
});
