import { describe, expect, it } from 'vitest';
import { newGame } from '../../src/engine';
import { axisGeometry, plateCentre, PLATE_H, PLATE_W } from '../../src/scenes/layout/axisGeometry';
import { axisCards, MARKER_H, MARKER_W } from '../../src/scenes/layout/eventPlacement';
import { rectsOverlap } from '../../src/scenes/layout/geometry';
import { pointInPolygon, type Point } from '../../src/scenes/layout/geometry';
import { axisViews } from '../../src/scenes/layout/overlayModel';
import { namedSource } from '../../src/scenes/layout/threatSources';
import { cardArea } from '../../src/scenes/layout/opening';
import { view } from './fixtures';

describe('axes of pressure', () => {
  for (const id of ['forty-thousand', 'tutorial'] as const) {
    const v = view(id);
    const axes = axisViews(v, newGame(v.level, 'a'));

    it(`${id}: one arrow per axis, pointing at its hubs from the hostile side`, () => {
      expect(axes.map((a) => a.id)).toEqual(v.level.axes.map((a) => a.id));
      for (const a of axes) {
        const hubs = v.ix.axisNodes[a.index]!.map((n) => [v.nodes[n]!.x, v.nodes[n]!.y] as Point);
        const d = (p: Point, q: Point) => Math.hypot(p[0] - q[0], p[1] - q[1]);
        const nearest = (p: Point) => Math.min(...hubs.map((h) => d(h, p)));
        // The head is nearer the hubs than the tail, and stops short of every hub.
        expect(nearest(a.geometry.tip)).toBeLessThan(nearest(a.geometry.tail));
        for (const h of hubs) expect(pointInPolygon(h[0], h[1], a.geometry.outline)).toBe(false);
        // Pressure comes from the east side of the map (Russia, Belarus, the Black Sea).
        expect(a.geometry.tail[0]).toBeGreaterThan(a.geometry.tip[0]);
      }
    });

    it(`${id}: the name plate and the threat markers are in the view the level opens on, each axis's apart`, () => {
      // The cards may use the whole box the map opens on (the frame, widened to show Kyiv).
      const area = cardArea(v);
      for (const zoom of [0.5, 0.7, 1.2]) {
        const cards = axisCards(axes, axes.map(() => 5), area, zoom, v.points);
        // No axis's card (plate and markers) lands on another's.
        for (let i = 0; i < cards.length; i++) {
          for (let j = i + 1; j < cards.length; j++) {
            for (const r of cards[i]!.rects) for (const q of cards[j]!.rects) expect(rectsOverlap(r, q, -0.5)).toBe(false);
          }
        }
        for (const [ai, a] of axes.entries()) {
          const [x, y] = plateCentre(a.geometry, area, zoom, v.points).at;
          expect(x - PLATE_W / 2 / zoom).toBeGreaterThanOrEqual(area.x - 1e-6);
          expect(x + PLATE_W / 2 / zoom).toBeLessThanOrEqual(area.x + area.w + 1e-6);
          expect(y - PLATE_H / 2 / zoom).toBeGreaterThanOrEqual(area.y - 1e-6);
          expect(y + PLATE_H / 2 / zoom).toBeLessThanOrEqual(area.y + area.h + 1e-6);
          const slots = cards[ai]!.slots;
          expect(slots).toHaveLength(5);
          // Markers never sit on one another.
          for (let i = 0; i < slots.length; i++) {
            for (let j = i + 1; j < slots.length; j++) {
              const apart = Math.abs(slots[i]![0] - slots[j]![0]) * zoom >= MARKER_W - 1e-6 || Math.abs(slots[i]![1] - slots[j]![1]) * zoom >= MARKER_H - 1e-6;
              expect(apart).toBe(true);
            }
          }
        }
      }
    });
  }

  it('changes shape, not only colour, when an axis is held', () => {
    const v = view('forty-thousand');
    const hubs: Point[] = v.ix.axisNodes[1]!.map((n) => [v.nodes[n]!.x, v.nodes[n]!.y]);
    const open = axisGeometry('east', hubs, v.frame, false)!;
    const held = axisGeometry('east', hubs, v.frame, true)!;
    expect(open.outline).toHaveLength(8);
    expect(held.outline).toHaveLength(9);
    expect(axisGeometry('east', [], v.frame)).toBeNull();
  });
});

describe('axes that name where their pressure comes from', () => {
  it('reads the places in an axis name', () => {
    expect(namedSource('North')).toBeNull();
    expect(namedSource('Kaliningrad')).toEqual([20.5, 54.7]);
    const [lon, lat] = namedSource('Belarus and Pskov')!;
    expect(lon).toBeGreaterThan(27.5);
    expect(lat).toBeGreaterThan(54);
  });

  it('draws an enclave among its hubs as a zone with a short arrow toward each near hub', () => {
    const hubs: Point[] = [[1200, 1180], [1150, 1175], [1318, 1218]];
    const g = axisGeometry('east', hubs, { x: 900, y: 900, w: 700, h: 500 }, false, [1257, 1194])!;
    expect(g.spokes.length).toBeGreaterThanOrEqual(2);
    for (const sp of g.spokes) {
      // Each short arrow stops before the hub it points at.
      const target = hubs.reduce((best, h) => (Math.hypot(h[0] - sp.tip[0], h[1] - sp.tip[1]) < Math.hypot(best[0] - sp.tip[0], best[1] - sp.tip[1]) ? h : best));
      expect(Math.hypot(target[0] - sp.tip[0], target[1] - sp.tip[1])).toBeGreaterThan(10);
    }
    expect(pointInPolygon(1257, 1194, g.outline)).toBe(true);
  });

  it('keeps one long arrow for a source far from its hubs', () => {
    const hubs: Point[] = [[900, 900], [950, 950]];
    const g = axisGeometry('east', hubs, { x: 500, y: 500, w: 1000, h: 800 }, false, [1500, 700])!;
    expect(g.spokes).toHaveLength(0);
    expect(g.tail[0]).toBeGreaterThan(g.tip[0]);
  });
});
