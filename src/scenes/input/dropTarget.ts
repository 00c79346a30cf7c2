/**
 * Dragging a unit onto a place (unitDrag.ts draws it): which unit a press picks up, which place a
 * drop lands on, and what the session answers to the order it would be. Pure, so it is tested
 * without Phaser or a browser; the order itself is prepared through the store like any other.
 */
import { isRefusal, type Command, type Refusal } from '../../engine';
import { askOrder, type GameSession } from '../../session/session';
import type { LevelView } from '../layout/levelView';
import { nearestNode, type Target } from '../layout/pick';

/** A drop snaps to a place within this many screen pixels (a node's own mark answers at 11). */
export const DROP_RADIUS = 28;

/** The formation a press on `t` picks up: a unit's chip, or a closed stack's top unit (what a click
 *  on it selects); never a unit already on the move or an event. */
export function grabbable(t: Target | null): string | null {
  if (t?.kind !== 'formation') return null;
  return t.piece.kind === 'chip' || t.piece.kind === 'stack' ? t.id : null;
}

/** The place a drop at world point (wx, wy) lands on: the one under the pointer (or under the piece
 *  there), else the nearest within DROP_RADIUS screen pixels; null for open country. */
export function dropNode(view: LevelView, t: Target | null, wx: number, wy: number, zoom: number): number | null {
  if (t?.kind === 'node') return t.index;
  if (t && 'piece' in t && t.piece.node >= 0) return t.piece.node;
  return nearestNode(view, wx, wy, zoom, DROP_RADIUS);
}

export interface DropVerdict { cmd: Command; refusal: Refusal | null }

/** A move there, or with `airlift` an airlift, and the session's answer (whose order, then the rules). */
export function dropVerdict(g: GameSession, formation: string, node: string, airlift: boolean): DropVerdict {
  const cmd: Command = { type: airlift ? 'airlift' : 'move', formation, to: node };
  const a = askOrder(g, cmd);
  return { cmd, refusal: isRefusal(a) ? a : null };
}
