import { describe, expect, it } from 'vitest';
import { applyCommand, evaluateCommand, isRefusal, newGame, type GameState } from '../../src/engine';
import { formationLook } from '../../src/scenes/layout/chipLook';
import { benchState } from '../../src/scenes/layout/benchState';
import { formationSpots, legProgress } from '../../src/scenes/layout/formationSpots';
import { overlayModel } from '../../src/scenes/layout/overlayModel';
import { layoutPieces, type SizeSource } from '../../src/scenes/layout/pieceLayout';
import { pieceModel } from '../../src/scenes/layout/pieceModel';
import { pickAt } from '../../src/scenes/layout/pick';
import { view } from './fixtures';

const v = view('tutorial');
const sizes: SizeSource = {
  stack: () => ({ w: 44, h: 56, ax: 20, ay: 30 }),
  chip: () => ({ w: 36, h: 46, ax: 18, ay: 20 }),
  event: () => ({ w: 60, h: 56, ax: 30, ay: 18 }),
};

function play(s: GameState, ...cmds: Parameters<typeof applyCommand>[2][]): GameState {
  for (const c of cmds) {
    const r = applyCommand(s, v.level, c);
    if (!r.ok) throw new Error(r.refusal.text);
    s = r.state;
  }
  return s;
}

describe('formations on the map', () => {
  it('leaves formations in reserve off the map', () => {
    const s = newGame(v.level, 'a');
    const spots = formationSpots(s, v.ix, v.nodes);
    const onMap = s.formations.filter((f) => f.status !== 'reserve').length;
    expect(spots).toHaveLength(onMap);
  });

  it('draws a moving formation between the ends of its leg, with the day the engine says it arrives', () => {
    const s0 = newGame(v.level, 'a');
    const ready = s0.formations.find((f) => f.status === 'ready')!;
    const cmd = { type: 'move' as const, formation: ready.id, to: 'przemysl' };
    const plan = evaluateCommand(s0, v.level, cmd);
    if (isRefusal(plan)) throw new Error(plan.text);
    const s = play(s0, cmd);
    const spot = formationSpots(s, v.ix, v.nodes).find((sp) => sp.id === ready.id)!;
    expect(spot.status).toBe('moving');
    expect(spot.eta).toBe(plan.detail.arrivalDay);
    const a = v.nodes[spot.node]!;
    const b = v.nodes[spot.to]!;
    // Strictly between the two ends (never parked on a node).
    const t = (spot.x - a.x) / (b.x - a.x);
    expect(t).toBeGreaterThan(0.1);
    expect(t).toBeLessThan(0.9);
    expect(formationLook(s, v.ix, spot.index, spot.eta).token).toBe(`→ D${spot.eta}`);
  });

  it('keeps leg progress strictly inside the leg', () => {
    for (const [d, n] of [[1, 1], [3, 3], [1, 3], [9, 2]]) {
      const p = legProgress(d!, n!);
      expect(p).toBeGreaterThanOrEqual(0.15);
      expect(p).toBeLessThanOrEqual(0.85);
    }
    expect(legProgress(1, 3)).toBeGreaterThan(legProgress(3, 3));
  });
});

describe('the benchmark state', () => {
  const big = view('forty-thousand');
  const s = benchState(big.level);

  it('puts every formation of the campaign on the map, ready at the staging hubs', () => {
    const m = pieceModel(big, s, null, true);
    const parked = m.stacks.reduce((n, st) => n + st.formations.length, 0);
    expect(parked).toBe(big.level.nations.reduce((n, nat) => n + nat.roster.length, 0));
    for (const st of m.stacks) expect(big.staging[st.node]).toBe(true);
  });

  it('lays the pieces out without two closed stacks on top of each other', () => {
    const m = pieceModel(big, s, null, true);
    const o = overlayModel(big, s, m.spots, null, null);
    const zoom = 0.6;
    const { pieces } = layoutPieces(big, m, o.axes, zoom, sizes);
    const stacks = pieces.filter((p) => p.kind === 'stack');
    expect(stacks.length).toBe(m.stacks.filter((st) => st.formations.length > 1).length);
    for (let i = 0; i < stacks.length; i++) {
      for (let j = i + 1; j < stacks.length; j++) {
        const a = stacks[i]!;
        const b = stacks[j]!;
        const apart = Math.abs(a.x - b.x) * zoom >= (a.w + b.w) / 2 || Math.abs(a.y - b.y) * zoom >= (a.h + b.h) / 2;
        expect(apart).toBe(true);
      }
    }
  });
});

describe('the overlay and hit tests', () => {
  it('shows the prepared route and the air routes of a selected formation at an airfield', () => {
    const s = newGame(v.level, 'a');
    const f = s.formations.find((x) => x.status === 'ready')!;
    const cmd = { type: 'move' as const, formation: f.id, to: 'lviv' };
    const plan = evaluateCommand(s, v.level, cmd);
    if (isRefusal(plan)) throw new Error(plan.text);
    const m = pieceModel(v, s, f.id, false);
    const o = overlayModel(v, s, m.spots, { kind: 'formation', id: f.id }, { cmd, message: plan.message, arrivalDay: plan.detail.arrivalDay, route: plan.detail.route });
    expect(o.pending?.arrivalDay).toBe(plan.detail.arrivalDay);
    expect(o.pending?.path).toHaveLength(plan.detail.route!.length);
    const home = v.ix.node.get(v.level.nodes[f.node]!.id)!;
    if (v.ix.airfield[home]) expect(o.air.length).toBeGreaterThan(0);
    expect(o.selectedFormationNode).toBe(f.node);
  });

  it('picks a piece before the node under it, a node before the axis, nothing on empty sea', () => {
    const s = benchState(v.level);
    const m = pieceModel(v, s, null, true);
    const o = overlayModel(v, s, m.spots, null, null);
    const zoom = 1;
    const { pieces } = layoutPieces(v, m, o.axes, zoom, sizes);
    const piece = pieces[0]!;
    expect(pickAt(v, pieces, o.axes, piece.x, piece.y, zoom)).toMatchObject({ kind: 'formation', id: piece.id });
    const lone = v.nodes.find((n) => !m.stacks.some((st) => st.node === n.index) && !n.offMap)!;
    expect(pickAt(v, [], o.axes, lone.x + 3, lone.y, zoom)).toMatchObject({ kind: 'node', id: lone.id });
    const a = o.axes[0]!;
    const mid: [number, number] = [(a.geometry.tail[0] + a.geometry.tip[0]) / 2, (a.geometry.tail[1] + a.geometry.tip[1]) / 2];
    expect(pickAt(v, [], o.axes, mid[0], mid[1], zoom)).toMatchObject({ kind: 'axis', id: a.id });
    expect(pickAt(v, pieces, o.axes, 100, 100, zoom)).toBeNull();
  });
});
