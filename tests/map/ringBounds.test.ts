import { describe, expect, it } from 'vitest';
import { countryAt, countryNear, distanceToRings, pointInPolygons } from '../../src/map/pointInRegion';
import type { FlatPolygon, RegionAsset, RegionCountry } from '../../src/map/regionTypes';
import { interiorPoint } from '../../src/scenes/layout/interiorPoint';
import { loadAsset } from './helpers';

/**
 * The box shortcuts (ringBounds.ts) and the early stops must give exactly the answers of a
 * plain scan of every edge and every ring, on the real map: the map must not move a name.
 */
const region: RegionAsset = loadAsset();

function plainDistance(x: number, y: number, polygons: readonly FlatPolygon[]): number {
  let best = Infinity;
  for (const poly of polygons) {
    for (const ring of poly) {
      for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
        const ax = ring[j]!; const ay = ring[j + 1]!; const bx = ring[i]!; const by = ring[i + 1]!;
        const dx = bx - ax; const dy = by - ay;
        const len2 = dx * dx + dy * dy;
        const t = len2 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
        best = Math.min(best, Math.hypot(ax + t * dx - x, ay + t * dy - y));
      }
    }
  }
  return best;
}

function plainInteriorPoint(polygons: readonly FlatPolygon[], samples = 40) {
  const xs = polygons.flat(2).filter((_, i) => i % 2 === 0);
  const ys = polygons.flat(2).filter((_, i) => i % 2 === 1);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: { x: number; y: number; clearance: number } | null = null;
  for (let i = 0; i <= samples; i++) {
    for (let j = 0; j <= samples; j++) {
      const x = x0 + ((x1 - x0) * i) / samples;
      const y = y0 + ((y1 - y0) * j) / samples;
      if (!pointInPolygons(x, y, polygons)) continue;
      const d = plainDistance(x, y, polygons);
      if (!best || d > best.clearance) best = { x, y, clearance: d };
    }
  }
  return best;
}

function plainCountryNear(x: number, y: number, max: number): RegionCountry | undefined {
  const inside = region.countries.find((c) => pointInPolygons(x, y, c.rings));
  if (inside) return inside;
  let best: RegionCountry | undefined;
  let bestDistance = max;
  for (const c of region.countries) {
    const d = plainDistance(x, y, c.rings);
    if (d <= bestDistance) { bestDistance = d; best = c; }
  }
  return best;
}

describe('the map\'s box shortcuts', () => {
  it('find the same label spots as a full scan, for the occupied areas, Transnistria and some countries', () => {
    const areas = [...region.occupied, ...region.breakaway, ...region.countries.filter((c) => ['MDA', 'LTU', 'UKR', 'DNK'].includes(c.id))];
    expect(areas.length).toBe(region.occupied.length + region.breakaway.length + 4);
    for (const a of areas) expect(interiorPoint(a.rings)).toEqual(plainInteriorPoint(a.rings));
  });

  it('answer "which country, or the nearest one" like a full scan, on a grid over the map', () => {
    let land = 0;
    for (let x = -40; x <= region.width + 40; x += 37) {
      for (let y = -40; y <= region.height + 40; y += 41) {
        expect(countryNear(region, x, y, 25)?.id).toBe(plainCountryNear(x, y, 25)?.id);
        if (countryAt(region, x, y)) land++;
      }
    }
    // The grid covers both land and sea, so both branches were compared.
    expect(land).toBeGreaterThan(100);
  });

  it('measure the nearest edge exactly, and stop early only below the given distance', () => {
    const ukr = region.countries.find((c) => c.id === 'UKR')!;
    for (const [x, y] of [[1200, 900], [1500, 700], [100, 100], [1400, 1100]] as const) {
      const exact = plainDistance(x, y, ukr.rings);
      expect(distanceToRings(x, y, ukr.rings)).toBe(exact);
      expect(distanceToRings(x, y, ukr.rings, exact - 1)).toBe(exact);
      expect(distanceToRings(x, y, ukr.rings, exact + 50)).toBeLessThanOrEqual(exact + 50);
    }
  });
});
