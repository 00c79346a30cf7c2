/**
 * The ground each node stands on: the country whose territory holds it (Crimea is Ukraine's in
 * the map data). Pieces parked at a node are drawn on that ground only, never in a neighbour or
 * the sea, so Estonian troops at Rukla are seen in Lithuania, not in Belarus.
 */
import { countryNear, pointInPolygons } from '../../map/pointInRegion';
import type { FlatPolygon, RegionAsset } from '../../map/regionTypes';
import type { PlacedNode } from './nodePlacement';

export interface NodeHome {
  /** ISO alpha-3 of the country, null for a node pinned to the map's edge (London, Paris) */
  country: string | null;
  /** is the map point (map units) on that country's ground */
  holds(x: number, y: number): boolean;
}

/** At 1:50m a harbour city can sit just off the simplified coast: it still belongs to its country. */
export const COAST_SLACK = 6;

const anywhere: NodeHome = { country: null, holds: () => true };

export function nodeHomes(region: Pick<RegionAsset, 'countries'>, nodes: readonly PlacedNode[]): NodeHome[] {
  return nodes.map((n) => {
    if (n.offMap) return anywhere;
    const c = countryNear(region, n.x, n.y, COAST_SLACK);
    if (!c) return anywhere;
    const rings: FlatPolygon[] = c.rings;
    return { country: c.id, holds: (x, y) => pointInPolygons(x, y, rings) };
  });
}
