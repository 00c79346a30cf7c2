/**
 * Which country or occupied area holds a map point (hover, click, placing a node).
 * Pure functions over the flat rings of region.json; no Phaser, no DOM.
 */
import type { BreakawayArea, FlatPolygon, FlatRing, OccupiedArea, RegionAsset, RegionCountry } from './regionTypes';
import { boxDistance, boxHolds, polygonsBox, ringBox } from './ringBounds';

/**
 * Crossing-number test of one ring (flat [x0, y0, x1, y1, ...], implicitly closed).
 * A point exactly on an edge may count either way, which is fine for pointer hit-tests.
 */
export function pointInRing(x: number, y: number, ring: FlatRing): boolean {
  let inside = false;
  const n = ring.length;
  if (n < 6) return false;
  // Outside the ring's box: outside the ring (most rings of a map are far from any given point).
  if (!boxHolds(ringBox(ring), x, y)) return false;
  let xj = ring[n - 2] as number;
  let yj = ring[n - 1] as number;
  for (let i = 0; i < n; i += 2) {
    const xi = ring[i] as number;
    const yi = ring[i + 1] as number;
    // The half-open rule (yi > y) !== (yj > y) counts a vertex exactly at height y once, not twice.
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    xj = xi;
    yj = yi;
  }
  return inside;
}

/**
 * Even-odd rule over every ring of every polygon: holes flip the answer back to "outside"
 * without needing to know which ring is a hole.
 */
export function pointInPolygons(x: number, y: number, polygons: readonly FlatPolygon[]): boolean {
  let inside = false;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      if (pointInRing(x, y, ring)) inside = !inside;
    }
  }
  return inside;
}

/** The country whose territory contains the map point, or undefined over the sea. */
export function countryAt(region: Pick<RegionAsset, 'countries'>, x: number, y: number): RegionCountry | undefined {
  return region.countries.find((c) => boxHolds(polygonsBox(c.rings), x, y) && pointInPolygons(x, y, c.rings));
}

/** The occupied area containing the map point, or undefined. */
export function occupiedAt(region: Pick<RegionAsset, 'occupied'>, x: number, y: number): OccupiedArea | undefined {
  return region.occupied.find((o) => pointInPolygons(x, y, o.rings));
}

/** The breakaway region (Transnistria) containing the map point, or undefined. */
export function breakawayAt(region: Pick<RegionAsset, 'breakaway'>, x: number, y: number): BreakawayArea | undefined {
  return region.breakaway.find((b) => pointInPolygons(x, y, b.rings));
}

/** Looks a country up by its ISO alpha-3 id ('UKR'). */
export function countryById(region: Pick<RegionAsset, 'countries'>, id: string): RegionCountry | undefined {
  return region.countries.find((c) => c.id === id);
}

function segmentDistance(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / len2)) : 0;
  return Math.hypot(ax + t * dx - x, ay + t * dy - y);
}

/**
 * Distance from a point to the nearest edge of any ring (0 only on an edge). `enough`: a caller
 * that only wants to know whether the distance beats it lets the scan stop as soon as some edge
 * is that near (the answer is then some distance ≤ enough, not necessarily the least). A ring
 * whose box is no nearer than the best edge so far is skipped whole: it cannot hold a nearer edge.
 */
export function distanceToRings(x: number, y: number, polygons: readonly FlatPolygon[], enough = -Infinity): number {
  let best = Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      const n = ring.length;
      if (n < 2 || boxDistance(ringBox(ring), x, y) >= best) continue;
      for (let i = 0, j = n - 2; i < n; j = i, i += 2) {
        const d = segmentDistance(x, y, ring[j] as number, ring[j + 1] as number, ring[i] as number, ring[i + 1] as number);
        if (d < best) {
          best = d;
          if (best <= enough) return best;
        }
      }
    }
  }
  return best;
}

/** Distance from a point to an open polyline (flat [x0, y0, x1, y1, ...]), e.g. a border or coast line. */
export function distanceToLine(x: number, y: number, line: readonly number[]): number {
  let best = Infinity;
  for (let i = 2; i < line.length; i += 2) {
    const d = segmentDistance(x, y, line[i - 2] as number, line[i - 1] as number, line[i] as number, line[i + 1] as number);
    if (d < best) best = d;
  }
  return best;
}

/**
 * The country containing the point, else the nearest one within maxDistance map units.
 * At 1:50m some harbour cities (Copenhagen, Stockholm) sit just off the simplified coast;
 * this finds their country anyway.
 */
export function countryNear(
  region: Pick<RegionAsset, 'countries'>,
  x: number,
  y: number,
  maxDistance: number,
): RegionCountry | undefined {
  const inside = countryAt(region, x, y);
  if (inside) return inside;
  let best: RegionCountry | undefined;
  let bestDistance = maxDistance;
  for (const c of region.countries) {
    // A country whose box is farther than the nearest so far cannot be nearer.
    if (boxDistance(polygonsBox(c.rings), x, y) > bestDistance) continue;
    const d = distanceToRings(x, y, c.rings);
    if (d <= bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best;
}
