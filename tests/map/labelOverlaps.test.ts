/**
 * A clean map: no axis plate sits on another axis's arrow ("EAST" on the North arrow). All six
 * levels, at the start and after 20 days of expert play (and with every formation at the hubs),
 * at the opening zoom of 1366×768 and 1920×1080. (The full box-overlap check, plates against
 * markers, stacks and nodes, is measured by tests/map/mapBoxes.ts but not yet clean everywhere.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { pointInPolygon, type Point, type Rect } from '../../src/scenes/layout/geometry';
import { mapBoxes } from './mapBoxes';
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

describe('labels without overlaps', () => {
  for (const [screen, vp] of Object.entries(MAP_VIEWPORTS)) {
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
