/**
 * What the state and the player's selection add to the map: axis arrows with their credibility,
 * ISR watch, cut links, routes under way and the prepared one, missile defence, stocks and
 * exercises. Derived with the engine's selectors only; the baked overlay layer draws it.
 */
import { lt } from '../../i18n/levelText';
import { activeAllocations, knownThreats, winProgress, type GameState } from '../../engine';
import type { PendingOrder, Selection } from '../../store/gameStore';
import { axisGeometry, type AxisGeometry } from './axisGeometry';
import { namedSource } from './threatSources';
import { plateSize, type PlateSize } from './plateSize';
import type { Point } from './geometry';
import type { FormationSpot } from './formationSpots';
import { linkPoint } from './formationSpots';
import type { LevelView, LinkPath } from './levelView';

export interface AxisView {
  index: number;
  id: string;
  name: string;
  credibility: number;
  bar: number;
  /** credibility at or above the bar (the level's win condition reads it the same way) */
  held: boolean;
  isr: boolean;
  geometry: AxisGeometry;
  /** the name plate's size in screen pixels (plateSize.ts), reserved wherever the plate goes */
  plate: PlateSize;
  /** its size zoomed far out, without the verdict in words (plateSize.ts compactPlates) */
  compactPlate: PlateSize;
}

export interface RouteView { path: Point[]; air: boolean }

export interface OverlayModel {
  day: number;
  axes: AxisView[];
  /** link indices closed today */
  cut: number[];
  /** air routes worth showing now (they would clutter the map if always drawn) */
  air: number[];
  /** remaining paths of formations on the move */
  moving: RouteView[];
  pending: (RouteView & { dest: number; arrivalDay: number | null }) | null;
  domes: number[];
  prepo: Array<{ node: number; ready: boolean; days: number }>;
  exercises: Array<{ node: number; days: number }>;
  selectedNode: number;
  selectedAxis: number;
  /** node of the selected formation (its stack is highlighted by the pieces; the hub ring here) */
  selectedFormationNode: number;
  /** per axis (index into `axes`): how many known threats its card shows */
  threats: number[];
}

export function axisViews(view: LevelView, s: GameState, textScale = 1): AxisView[] {
  const { level, ix } = view;
  const progress = winProgress(s, ix).axes;
  const isr = new Set(activeAllocations(s, ix, 'isr'));
  const out: AxisView[] = [];
  level.axes.forEach((a, index) => {
    const p = progress[index]!;
    const held = p.held;
    const hubs = ix.axisNodes[index]!.map((n): Point => [view.nodes[n]!.x, view.nodes[n]!.y]);
    const named = namedSource(a.name);
    const geometry = axisGeometry(a.id, hubs, view.frame, held, named ? view.project(named[0], named[1]) : null);
    if (!geometry) return;
    const words = { name: lt(level).axis(a.id), credibility: p.credibility, bar: p.bar, held, isr: isr.has(index) };
    out.push({ index, id: a.id, ...words, geometry, plate: plateSize(words, textScale), compactPlate: plateSize(words, textScale, undefined, true) });
  });
  return out;
}

/** Sampled path of a link from one of its ends to the other (arcs as a few segments). */
export function linkTrace(l: LinkPath, fromNode: number): Point[] {
  const forward = fromNode === l.from;
  if (!l.ctrl) return forward ? [l.a, l.b] : [l.b, l.a];
  const pts: Point[] = [];
  for (let i = 0; i <= 12; i++) pts.push(linkPoint(l.a, l.b, true, forward ? i / 12 : 1 - i / 12));
  return pts;
}

function airLinkBetween(view: LevelView, a: number, b: number): LinkPath | undefined {
  return view.links.find((l) => l.kind === 'air' && ((l.from === a && l.to === b) || (l.from === b && l.to === a)));
}

/** Air routes out of a node, when the node is an airfield. */
function airFrom(view: LevelView, node: number): number[] {
  if (!view.ix.airfield[node]) return [];
  return view.ix.air[node] ?? [];
}

export function overlayModel(view: LevelView, s: GameState, spots: readonly FormationSpot[], selection: Selection, pending: PendingOrder | null, textScale = 1): OverlayModel {
  const { ix } = view;
  const cut: number[] = [];
  s.linkCutUntil.forEach((until, i) => { if (until >= s.day) cut.push(i); });

  const air = new Set<number>();
  let selectedNode = -1;
  let selectedAxis = -1;
  let selectedFormationNode = -1;
  if (selection?.kind === 'node') {
    selectedNode = ix.node.get(selection.id) ?? -1;
    if (selectedNode >= 0) for (const l of airFrom(view, selectedNode)) air.add(l);
  } else if (selection?.kind === 'axis') {
    selectedAxis = ix.axis.get(selection.id) ?? -1;
  } else if (selection?.kind === 'formation') {
    const fi = ix.formation.get(selection.id);
    const f = fi === undefined ? undefined : s.formations[fi];
    if (f && f.status !== 'moving' && f.status !== 'reserve') {
      selectedFormationNode = f.node;
      for (const l of airFrom(view, f.node)) air.add(l);
    }
  }

  const moving: RouteView[] = [];
  for (const sp of spots) {
    if (sp.status !== 'moving') continue;
    const f = s.formations[sp.index]!;
    if (!f.route) continue;
    const path: Point[] = [[sp.x, sp.y]];
    let at = f.node;
    let airLeg = false;
    f.route.forEach((leg, k) => {
      const l = view.links.find((x) => x.index === leg.link);
      if (!l) return;
      if (l.kind === 'air') {
        air.add(l.index);
        airLeg = true;
      }
      const trace = linkTrace(l, at);
      // The first leg is under way: start from the piece, not from the node it left.
      path.push(...(k === 0 ? trace.slice(Math.ceil(trace.length / 2)) : trace.slice(1)));
      at = leg.to;
    });
    moving.push({ path, air: airLeg });
  }

  let pend: OverlayModel['pending'] = null;
  if (pending?.route && pending.route.length >= 2 && (pending.cmd.type === 'move' || pending.cmd.type === 'airlift')) {
    const ids = pending.route.map((id) => ix.node.get(id)).filter((n): n is number => n !== undefined);
    if (ids.length >= 2) {
      const isAir = pending.cmd.type === 'airlift';
      let path: Point[];
      if (isAir) {
        const l = airLinkBetween(view, ids[0]!, ids[ids.length - 1]!);
        path = l ? linkTrace(l, ids[0]!) : ids.map((n): Point => [view.nodes[n]!.x, view.nodes[n]!.y]);
        if (l) air.add(l.index);
      } else {
        path = ids.map((n): Point => [view.nodes[n]!.x, view.nodes[n]!.y]);
      }
      pend = { path, air: isAir, dest: ids[ids.length - 1]!, arrivalDay: pending.arrivalDay ?? null };
    }
  }

  const axes = axisViews(view, s, textScale);
  const threats = axes.map(() => 0);
  for (const ei of knownThreats(s)) {
    const card = view.level.deck[s.events[ei]!.card];
    const k = axes.findIndex((a) => a.id === card?.axis);
    if (k >= 0) threats[k]! += 1;
  }
  return {
    day: s.day,
    axes,
    threats,
    cut,
    air: [...air].sort((a, b) => a - b),
    moving,
    pending: pend,
    domes: [...new Set(activeAllocations(s, ix, 'missileDefence'))],
    prepo: s.prepo.filter((p) => p.troops > 0 || p.daysLeft > 0).map((p) => ({ node: p.node, ready: p.daysLeft === 0, days: p.daysLeft })),
    exercises: s.exercises.map((x) => ({ node: x.node, days: x.daysLeft })),
    selectedNode,
    selectedAxis,
    selectedFormationNode,
  };
}
