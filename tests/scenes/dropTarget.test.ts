import { describe, expect, it } from 'vitest';
import { dropNode, dropVerdict, grabbable, DROP_RADIUS } from '../../src/scenes/input/dropTarget';
import type { PlacedPiece } from '../../src/scenes/layout/pieceLayout';
import type { Target } from '../../src/scenes/layout/pick';
import { canMove, indexLevel } from '../../src/engine';
import { endSessionDay, startSession } from '../../src/session/session';
import { activateAllCommands, issueOrders } from '../../src/session/bulkOrders';
import { level, view } from './fixtures';

const piece = (kind: PlacedPiece['kind'], node: number): PlacedPiece => ({
  kind, key: `${kind}:x`, id: 'x', node, x: 0, y: 0, w: 20, h: 20, scale: 1, leader: null, stack: null, formation: null, event: null,
});

describe('dragging a unit onto a place', () => {
  it('picks up a unit\'s chip or a closed stack\'s top unit, never a unit on the move, an event or a place', () => {
    expect(grabbable({ kind: 'formation', id: 'a', piece: piece('chip', 0) })).toBe('a');
    expect(grabbable({ kind: 'formation', id: 'b', piece: piece('stack', 0) })).toBe('b');
    expect(grabbable({ kind: 'formation', id: 'c', piece: piece('moving', -1) })).toBeNull();
    expect(grabbable({ kind: 'event', id: 'e', piece: piece('event', 0) })).toBeNull();
    expect(grabbable({ kind: 'node', id: 'n', index: 0 })).toBeNull();
    expect(grabbable(null)).toBeNull();
  });

  it('drops on the place under the pointer, under the piece there, or the nearest within reach', () => {
    const v = view('forty-thousand');
    const n = v.nodes[3]!;
    expect(dropNode(v, { kind: 'node', id: n.id, index: n.index }, 0, 0, 1)).toBe(n.index);
    const onPiece: Target = { kind: 'formation', id: 'x', piece: piece('chip', n.index) };
    expect(dropNode(v, onPiece, 0, 0, 1)).toBe(n.index);
    // Nearest place within DROP_RADIUS screen pixels: just inside at zoom 2, outside at zoom 8.
    const near = dropNode(v, null, n.x + (DROP_RADIUS - 2) / 2, n.y, 2);
    expect(near).not.toBeNull();
    expect(Math.hypot(v.nodes[near!]!.x - n.x - (DROP_RADIUS - 2) / 2, v.nodes[near!]!.y - n.y) * 2).toBeLessThanOrEqual(DROP_RADIUS);
    expect(dropNode(v, null, -1e6, -1e6, 1)).toBeNull();
  });

  it('answers the move (or with Shift the airlift) as the session would', () => {
    const L = level('forty-thousand');
    // Activate what can be, then wait until a unit stands ready.
    let g = startSession(L, 'drag');
    g = issueOrders(g, activateAllCommands(g)).session;
    while (!g.state.formations.some(canMove) && g.state.day < 40) g = endSessionDay(g);
    const F = indexLevel(L).formations;
    const ready = F.find((_, i) => canMove(g.state.formations[i]!));
    expect(ready).toBeDefined();
    const here = g.state.formations[F.indexOf(ready!)]!.node;
    const other = L.nodes.find((_, i) => i !== here)!;
    const move = dropVerdict(g, ready!.id, other.id, false);
    expect(move.cmd).toEqual({ type: 'move', formation: ready!.id, to: other.id });
    // Onto its own place, the rules refuse: the drop says why rather than nothing.
    expect(dropVerdict(g, ready!.id, L.nodes[here]!.id, false).refusal?.code).toBe('sameNode');
    const reserve = F.find((_, i) => g.state.formations[i]!.status === 'reserve')!;
    expect(dropVerdict(g, reserve.id, other.id, true)).toMatchObject({ cmd: { type: 'airlift' }, refusal: { code: 'notMobilised' } });
  });
});
