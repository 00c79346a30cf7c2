/**
 * A clean map, computed with the map's own layout code at the zoom it opens on:
 * - no axis plate sits on another axis's arrow ("EAST" on the North arrow): all six levels, at the
 *   start, after 20 days of expert play and with every formation at the hubs, 1366×768 and 1920×1080;
 * - no plate, threat marker or stack overlaps another or covers another node's mark, and every
 *   staging hub keeps its name (the SOUTH plate once hid Mihail Kogălniceanu): every level at the
 *   start and after 20 expert days, at both sizes, Forty Thousand's whole theatre on a laptop
 *   included (smaller formations and compact plates zoomed far out, names tied by a line).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pointInPolygon, rectsOverlap, type Point, type Rect } from '../../src/scenes/layout/geometry';
import { mapBoxes, overlaps, type MapBoxes } from './mapBoxes';
import { MAP_VIEWPORTS, mapCases, openingZoom, type MapCase } from './mapStates';

let cases: MapCase[] = [];
beforeAll(() => { cases = mapCases(); }, 120_000);

/** Does the rectangle touch the polygon (a corner inside either, or an edge across)? */
function rectTouchesPolygon(r: Rect, poly: readonly Point[]): boolean {
  const pts: Point[] = [];
  for (let i = 0; i <= 4; i++) for (let j = 0; j <= 4; j++) pts.push([r.x + (r.w * i) / 4, r.y + (r.h * j) / 4]);
  if (pts.some(([x, y]) => pointInPolygon(x, y, poly))) return true;
  return poly.some(([x, y]) => x > r.x && x < r.x + r.w && y > r.y && y < r.y + r.h);
}

/** Everything that is in the way of something else in one state's boxes. */
function clashes(label: string, b: MapBoxes, staging: readonly boolean[], names: readonly string[]): string[] {
  const found = overlaps([...b.plates, ...b.markers, ...b.stacks]).map((o) => `${label}: ${o}`);
  for (const box of [...b.plates, ...b.markers, ...b.stacks]) {
    for (const mark of b.marks) {
      if (mark.node !== box.node && rectsOverlap(mark.rect, box.rect)) found.push(`${label}: ${box.what} covers ${mark.what}`);
    }
  }
  const named = new Set(b.labels.map((l) => l.id));
  staging.forEach((hub, i) => { if (hub && !named.has(`node:${i}`)) found.push(`${label}: hub ${names[i]} has no name on the map`); });
  return found;
}

describe('labels without overlaps', () => {
  for (const [screen, vp] of Object.entries(MAP_VIEWPORTS)) {
    it(`keeps plates, markers and stacks apart and off the nodes, and names every hub, at ${screen}`, () => {
      const found: string[] = [];
      let looked = 0;
      for (const c of cases) {
        if (c.label.endsWith('all at hubs')) continue;
        looked++;
        found.push(...clashes(c.label, mapBoxes(c.view, c.state, openingZoom(c.view, vp)), c.view.staging, c.view.nodes.map((n) => n.id)));
      }
      expect(found).toEqual([]);
      // Six levels, each at its start and after 20 expert days.
      expect(looked).toBe(12);
    });

    it(`puts no axis plate on another axis's arrow at ${screen}`, () => {
      const found: string[] = [];
      for (const c of cases) {
        const b = mapBoxes(c.view, c.state, openingZoom(c.view, vp));
        b.axes.forEach((a, i) => {
          for (const other of b.axes) {
            if (other === a) continue;
            for (const shape of [other.geometry.outline, ...other.geometry.spokes.map((s) => s.outline)]) {
              if (rectTouchesPolygon(b.plates[i]!.rect, shape)) found.push(`${c.label}: plate ${a.id} on the ${other.id} arrow`);
            }
          }
        });
      }
      expect(found).toEqual([]);
    });
  }
});
