/**
 * What the map animates when the state changes: formations the day (or an order) moved glide
 * from where they were drawn to where they are (off with reduced motion), and after "End day"
 * each threat that fired turns over as a card on its axis (eventFlips.ts). Both skippable.
 */
import type { StoreState } from '../store/gameStore';
import { axisCards } from './layout/eventPlacement';
import { cardArea } from './layout/opening';
import type { LevelView } from './layout/levelView';
import { firedOutcomes, movedPieces } from './layout/outcomes';
import { flipCardOf, type EventFlips, type FlipCard } from './eventFlips';
import type { AxisView } from './layout/overlayModel';
import type { PieceLayout, PlacedPiece } from './layout/pieceLayout';
import type { Motion } from './pieces/motion';
import type { PieceLayer } from './pieces/pieceLayer';

export type Positions = Map<string, readonly [number, number]>;

/** Where each formation is drawn in a layout (its own chip, or the stack that holds it). */
export function positionsOf(layout: PieceLayout): Positions {
  const out: Positions = new Map();
  for (const p of layout.pieces) {
    if (p.kind === 'stack' && p.stack) for (const f of p.stack.formations) out.set(f.id, [p.x, p.y]);
    else if (p.formation) out.set(p.formation.id, [p.x, p.y]);
  }
  return out;
}

function pieceShowing(layout: PieceLayout, id: string): PlacedPiece | undefined {
  return layout.pieces.find((p) => (p.kind === 'stack' ? p.stack?.formations.some((f) => f.id === id) : p.formation?.id === id));
}

/**
 * Glide the formations whose own state changed (a new node, on the move, further along a leg);
 * a stack that only shifted to make room for another does not glide.
 */
export function glideMoved(motion: Motion, pieces: PieceLayer, before: Positions, layout: PieceLayout, prev: StoreState, s: StoreState, zoom: number): void {
  const was = prev.session?.state.formations;
  const now = s.session?.state.formations;
  if (!was || !now) return;
  const changed = new Set<string>();
  now.forEach((f, i) => { if (was[i] && was[i] !== f) changed.add(f.id); });
  for (const m of movedPieces(before, positionsOf(layout), zoom)) {
    if (!changed.has(m.id)) continue;
    const piece = pieceShowing(layout, m.id);
    const look = piece?.stack?.formations.find((f) => f.id === m.id) ?? (piece?.formation?.id === m.id ? piece.formation : null);
    if (!piece || !look) continue;
    // A piece that is this formation alone is hidden while its ghost travels; a stack it joins
    // stays (the others in it did not move).
    const alone = piece.kind !== 'stack';
    if (alone) pieces.hold(piece.key, true);
    motion.glide(pieces.chipTexture(look, piece.scale), m.from, m.to, zoom, () => { if (alone) pieces.hold(piece.key, false); });
  }
}

/**
 * Each threat that fired on the day that just ended turns over as a card on its axis, where its
 * marker was (one marker slot per threat that fired), from the contest to the verdict.
 */
export function flipOutcomes(flips: EventFlips, view: LevelView, axes: readonly AxisView[], s: StoreState, zoom: number, toScreen: (x: number, y: number) => readonly [number, number]): void {
  const g = s.session;
  if (!g) return;
  const fired = firedOutcomes(g.lastDay);
  const cards = axisCards(axes, axes.map((a) => fired.filter((o) => o.axis === a.id).length), cardArea(view), zoom, view.points, view.staging);
  const used = axes.map(() => 0);
  const out: FlipCard[] = [];
  for (const e of fired) {
    const ai = axes.findIndex((a) => a.id === e.axis);
    if (ai < 0) continue;
    const [x, y] = cards[ai]!.slots[used[ai]!++]!;
    out.push(flipCardOf(e, g.level, toScreen(x, y)));
  }
  flips.show(out);
}
