/**
 * A good spot for a name inside an area: the sampled point farthest from its edges (a cheap
 * pole of inaccessibility). Used for the "Occupied" labels, whose areas are crescents where the
 * centroid can fall outside.
 */
import { distanceToRings, pointInPolygons } from '../../map/pointInRegion';
import type { FlatPolygon } from '../../map/regionTypes';

export interface InteriorPoint { x: number; y: number; clearance: number }

/** Per area (its polygons, as the region file holds them) and sampling: the areas never change. */
const found = new WeakMap<readonly FlatPolygon[], Map<number, InteriorPoint | null>>();

export function interiorPoint(polygons: readonly FlatPolygon[], samples = 40): InteriorPoint | null {
  let bySamples = found.get(polygons);
  if (!bySamples) found.set(polygons, (bySamples = new Map()));
  if (bySamples.has(samples)) return bySamples.get(samples)!;
  const p = searchInteriorPoint(polygons, samples);
  bySamples.set(samples, p);
  return p;
}

function searchInteriorPoint(polygons: readonly FlatPolygon[], samples: number): InteriorPoint | null {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const poly of polygons) {
    for (const ring of poly) {
      for (let i = 0; i < ring.length; i += 2) {
        x0 = Math.min(x0, ring[i]!);
        x1 = Math.max(x1, ring[i]!);
        y0 = Math.min(y0, ring[i + 1]!);
        y1 = Math.max(y1, ring[i + 1]!);
      }
    }
  }
  if (!Number.isFinite(x0)) return null;
  let best: InteriorPoint | null = null;
  for (let i = 0; i <= samples; i++) {
    for (let j = 0; j <= samples; j++) {
      const x = x0 + ((x1 - x0) * i) / samples;
      const y = y0 + ((y1 - y0) * j) / samples;
      if (!pointInPolygons(x, y, polygons)) continue;
      // Only a point clearer than the best so far matters: the scan of its edges may stop early.
      const d = distanceToRings(x, y, polygons, best ? best.clearance : -Infinity);
      if (!best || d > best.clearance) best = { x, y, clearance: d };
    }
  }
  return best;
}
