/**
 * Where each formation is drawn: at a node (ready, mobilising) or part-way along the leg it is
 * travelling, with the day it arrives. Formations in reserve are not on the map (the DOM lists
 * them). Read-only over engine state: positions are display, never rules.
 */
import type { FormationStatus, GameState, LevelIndex } from '../../engine';
import { arcControl, lerpPoint, quadPoint, type Point } from './geometry';
import type { PlacedNode } from './nodePlacement';

export interface FormationSpot {
  index: number;
  id: string;
  status: FormationStatus;
  /** the node it is at, or where its current leg started */
  node: number;
  /** moving: the node its current leg ends at */
  to: number;
  /** map position */
  x: number;
  y: number;
  /** moving: the day it arrives (end of that day) */
  eta: number;
  /** mobilising: days until ready */
  countdown: number;
}

/**
 * How far along its current leg a moving formation is drawn. A leg's `days` counts down to 0
 * (waits for a busy rail line included), so the position comes from the days left against the
 * link's own length; it never sits on a node, so a moving piece is never mistaken for a parked one.
 */
export function legProgress(daysLeft: number, linkDays: number): number {
  const total = Math.max(1, linkDays);
  return Math.min(0.85, Math.max(0.15, (total - daysLeft + 0.5) / total));
}

/** The point of a link's drawn path at t (0 at link.from), arcs for air routes. */
export function linkPoint(from: Point, to: Point, air: boolean, t: number): Point {
  return air ? quadPoint(from, arcControl(from, to), to, t) : lerpPoint(from, to, t);
}

export function formationSpots(s: GameState, ix: LevelIndex, nodes: readonly PlacedNode[]): FormationSpot[] {
  const out: FormationSpot[] = [];
  s.formations.forEach((f, index) => {
    if (f.status === 'reserve') return;
    const at = nodes[f.node];
    if (!at) return;
    const base = { index, id: f.id, status: f.status, node: f.node, to: f.node, x: at.x, y: at.y, eta: 0, countdown: f.countdown };
    const leg = f.status === 'moving' ? f.route?.[0] : undefined;
    if (!leg || !f.route) {
      out.push(base);
      return;
    }
    const link = ix.level.links[leg.link];
    const a = nodes[ix.node.get(link?.from ?? '') ?? -1];
    const b = nodes[ix.node.get(link?.to ?? '') ?? -1];
    if (!link || !a || !b) {
      out.push(base);
      return;
    }
    // The path is drawn from link.from to link.to; a formation may travel it either way.
    const forward = a.index === f.node;
    const p = legProgress(leg.days, link.days);
    const [x, y] = linkPoint([a.x, a.y], [b.x, b.y], link.kind === 'air', forward ? p : 1 - p);
    const days = f.route.reduce((sum, l) => sum + l.days, 0);
    out.push({ ...base, to: leg.to, x, y, eta: s.day + days - 1 });
  });
  return out;
}

/**
 * The formations parked at each node, the one to show on top of a closed stack first: the
 * selected one, then ready before mobilising, brigades before battlegroups, then roster order.
 */
export function stacksByNode(spots: readonly FormationSpot[], ix: LevelIndex, selectedId: string | null): Map<number, FormationSpot[]> {
  const by = new Map<number, FormationSpot[]>();
  for (const sp of spots) {
    if (sp.status === 'moving') continue;
    const list = by.get(sp.node);
    if (list) list.push(sp);
    else by.set(sp.node, [sp]);
  }
  const rank = (sp: FormationSpot) =>
    (sp.id === selectedId ? 0 : 100) + (sp.status === 'ready' ? 0 : 10) + (ix.formations[sp.index]?.kind === 'brigade' ? 0 : 1);
  for (const list of by.values()) list.sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  return by;
}
