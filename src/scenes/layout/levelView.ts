/**
 * Everything about a level's map that does not change during a game: where its nodes sit, the
 * path of every link, which nodes are hubs. Built once per level and shared by the baked layers,
 * the pieces and hit tests.
 */
import { indexLevel, type LevelIndex } from '../../engine';
import type { Level } from '../../levels/schema';
import { makeProjection } from '../../map/projection';
import type { RegionAsset } from '../../map/regionTypes';
import { arcControl, type Point, type Rect } from './geometry';
import { nodeHomes, type NodeHome } from './nodeHomes';
import { placeNodes, type PlacedNode } from './nodePlacement';
import { viewBoxRect, worldRect } from './world';

export type LinkKind = 'road' | 'rail' | 'sea' | 'air';

export interface LinkPath {
  index: number;
  id: string;
  kind: LinkKind;
  from: number;
  to: number;
  a: Point;
  b: Point;
  /** air routes are arcs through this control point */
  ctrl: Point | null;
  /** -1, 0 or 1: which side of the centre line a link sharing its ends with another is drawn on */
  lane: number;
  capacity: number | null;
  gaugeBreak: boolean;
}

export interface LevelView {
  level: Level;
  ix: LevelIndex;
  world: Rect;
  /** the part of the map the level opens on */
  frame: Rect;
  nodes: PlacedNode[];
  links: LinkPath[];
  /** per node: is it a staging hub (stages for at least one axis) */
  staging: boolean[];
  /** per node: the country it stands on, where its pieces must be drawn */
  homes: NodeHome[];
  /** every node's map position: name plates and markers keep clear of them */
  points: Point[];
  /** lon/lat → map units */
  project: (lon: number, lat: number) => [number, number];
}

export function buildLevelView(level: Level, region: RegionAsset): LevelView {
  const ix = indexLevel(level);
  const project = makeProjection(region.projection);
  const nodes = placeNodes(level.nodes, project, region);
  return {
    level,
    ix,
    world: worldRect(region),
    frame: viewBoxRect(level.view, project),
    nodes,
    links: linkPaths(level, ix, nodes),
    staging: ix.staging,
    homes: nodeHomes(region, nodes),
    points: nodes.map((n): Point => [n.x, n.y]),
    project,
  };
}

/**
 * Geometry of every link. Road and rail often join the same two towns: each then gets a lane on
 * either side of the centre line so both stay visible (rail on the left of the from→to direction).
 */
export function linkPaths(level: Level, ix: LevelIndex, nodes: readonly PlacedNode[]): LinkPath[] {
  const pairKey = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);
  const groups = new Map<string, number[]>();
  level.links.forEach((l, i) => {
    if (l.kind === 'air') return;
    const a = ix.node.get(l.from);
    const b = ix.node.get(l.to);
    if (a === undefined || b === undefined) return;
    const k = pairKey(a, b);
    groups.set(k, [...(groups.get(k) ?? []), i]);
  });
  const out: LinkPath[] = [];
  level.links.forEach((l, index) => {
    const from = ix.node.get(l.from);
    const to = ix.node.get(l.to);
    if (from === undefined || to === undefined) return;
    const na = nodes[from]!;
    const nb = nodes[to]!;
    const a: Point = [na.x, na.y];
    const b: Point = [nb.x, nb.y];
    let lane = 0;
    if (l.kind !== 'air') {
      const g = groups.get(pairKey(from, to))!;
      if (g.length > 1) {
        // Lanes are defined for the pair's canonical direction (lower index first), so a road
        // and a rail listed in opposite directions still end up on opposite sides.
        const flip = from > to ? -1 : 1;
        lane = (l.kind === 'rail' ? 1 : l.kind === 'road' ? -1 : 0) * flip;
      }
    }
    out.push({
      index, id: l.id, kind: l.kind, from, to, a, b,
      ctrl: l.kind === 'air' ? arcControl(a, b) : null,
      lane,
      capacity: l.capacity ?? null,
      gaugeBreak: l.gaugeBreak,
    });
  });
  return out;
}
