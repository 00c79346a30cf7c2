import type { Card, Formation, Level, Link, Rules } from '../levels/schema';
import { DEFAULT_RULES } from './defaultRules';
import { AXIS_IDS, NETWORKS, type AxisId, type NationId } from './ids';

/** A formation of the level with where it belongs, in the order GameState.formations uses. */
export interface FormationDef extends Omit<Formation, 'home'> {
  nation: number;
  nationId: NationId;
  home: number;
}

/**
 * Look-up tables built once per level object: id → index maps, adjacency lists, the flattened
 * roster. Rules read these instead of searching arrays, which keeps a day's resolution fast enough
 * to run hundreds of campaigns a second.
 */
export interface LevelIndex {
  level: Level;
  rules: Rules;
  node: Map<string, number>;
  link: Map<string, number>;
  nation: Map<string, number>;
  axis: Map<string, number>;
  formation: Map<string, number>;
  formations: FormationDef[];
  /** per link: node indices of its two ends */
  linkFrom: number[];
  linkTo: number[];
  /** per node: indices of surface links (road, rail, sea) touching it */
  surface: number[][];
  /** per node: indices of air links touching it */
  air: number[][];
  /** per node: axis indices it stages for (empty: not a staging hub) */
  nodeAxes: number[][];
  /** per node: true if it can take an airlift or a pre-positioned set */
  airfield: boolean[];
  staging: boolean[];
  /** per node: inside Ukraine (troops staged there provoke Moscow) */
  inUkraine: boolean[];
  /** per axis: the staging nodes serving it */
  axisNodes: number[][];
  /** per card: the link indices its cut effect closes */
  cardCuts: number[][];
  /** level axis index → position in AXIS_IDS and back, for commands that name axes */
  axisIds: AxisId[];
  networkIndex: Map<string, number>;
}

const cache = new WeakMap<Level, LevelIndex>();

export function indexLevel(level: Level): LevelIndex {
  const hit = cache.get(level);
  if (hit) return hit;
  const node = new Map(level.nodes.map((n, i) => [n.id, i]));
  const link = new Map(level.links.map((l, i) => [l.id, i]));
  const nation = new Map<string, number>(level.nations.map((n, i) => [n.id, i]));
  const axis = new Map<string, number>(level.axes.map((a, i) => [a.id, i]));
  const formations: FormationDef[] = [];
  level.nations.forEach((n, ni) => {
    for (const f of n.roster) formations.push({ ...f, nation: ni, nationId: n.id, home: node.get(f.home ?? n.home) ?? 0 });
  });
  const formation = new Map(formations.map((f, i) => [f.id, i]));
  const surface: number[][] = level.nodes.map(() => []);
  const air: number[][] = level.nodes.map(() => []);
  level.links.forEach((l: Link, i) => {
    const a = node.get(l.from);
    const b = node.get(l.to);
    if (a === undefined || b === undefined) return;
    const list = l.kind === 'air' ? air : surface;
    list[a]!.push(i);
    list[b]!.push(i);
  });
  const nodeAxes = level.nodes.map((n) => n.axes.map((a) => axis.get(a)).filter((x): x is number => x !== undefined));
  const axisNodes = level.axes.map((_, ai) => nodeAxes.flatMap((axes, ni) => (axes.includes(ai) ? [ni] : [])));
  const cardCuts = level.deck.map((c: Card) => cutLinksOf(c, level, link, nodeAxes, axis));
  const linkFrom = level.links.map((l) => node.get(l.from) ?? 0);
  const linkTo = level.links.map((l) => node.get(l.to) ?? 0);
  const ix: LevelIndex = {
    level,
    linkFrom,
    linkTo,
    rules: { ...DEFAULT_RULES, ...level.rules },
    node, link, nation, axis, formation, formations, surface, air, nodeAxes,
    airfield: level.nodes.map((n) => n.kinds.includes('airfield')),
    staging: nodeAxes.map((a) => a.length > 0),
    inUkraine: level.nodes.map((n) => n.country === 'UKR'),
    axisNodes,
    cardCuts,
    axisIds: level.axes.map((a) => a.id),
    networkIndex: new Map(NETWORKS.map((n, i) => [n, i])),
  };
  cache.set(level, ix);
  return ix;
}

/** The node at the other end of a link. */
export function otherEnd(ix: LevelIndex, link: number, from: number): number {
  return ix.linkFrom[link] === from ? ix.linkTo[link]! : ix.linkFrom[link]!;
}

/** The air link between two nodes, or -1. */
export function airLinkBetween(ix: LevelIndex, a: number, b: number): number {
  for (const li of ix.air[a]!) if (otherEnd(ix, li, a) === b) return li;
  return -1;
}

/** The links a card's cut effect closes: those it names, plus every link of the named kind that
 *  touches a staging hub of the card's axis. */
function cutLinksOf(c: Card, level: Level, link: Map<string, number>, nodeAxes: number[][], axis: Map<string, number>): number[] {
  const cut = c.effect.cut;
  if (!cut) return [];
  const out = new Set<number>();
  for (const id of cut.links) {
    const i = link.get(id);
    if (i !== undefined) out.add(i);
  }
  if (cut.kind) {
    const ai = axis.get(c.axis);
    const nodeIndex = new Map(level.nodes.map((n, i) => [n.id, i]));
    level.links.forEach((l, i) => {
      if (l.kind !== cut.kind) return;
      const a = nodeIndex.get(l.from);
      const b = nodeIndex.get(l.to);
      const touches = (n: number | undefined) => n !== undefined && ai !== undefined && nodeAxes[n]!.includes(ai);
      if (touches(a) || touches(b)) out.add(i);
    });
  }
  return [...out].sort((x, y) => x - y);
}

export { AXIS_IDS };
