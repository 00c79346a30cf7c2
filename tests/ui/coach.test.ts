/**
 * The tutorial's coach suggests only orders the engine accepts, and a player who does exactly
 * what it says (picking, for a move, the hub with the earliest arrival the order panel shows)
 * stands the force up before the deadline.
 */
import { describe, expect, it } from 'vitest';
import { applyCommand, endDay, evaluateCommand, indexLevel, isRefusal, newGame, type Command, type GameState } from '../../src/engine';
import { coachTip } from '../../src/ui/coach/coachTip';
import { shippedLevel } from '../helpers/shipped';

const tutorial = shippedLevel('tutorial');
const ix = indexLevel(tutorial);

/** The order the tip asks for, as the player would give it. */
function orderFor(s: GameState, tip: NonNullable<ReturnType<typeof coachTip>>): Command | null {
  switch (tip.step) {
    case 'activate': return { type: 'activate', formation: tip.formation! };
    case 'exercise': return { type: 'exercise', hub: tip.node! };
    case 'reassure': return { type: 'reassure', nation: tip.nation! } as Command;
    case 'summit': return { type: 'summit' };
    case 'move':
    case 'airlift': {
      let best: { cmd: Command; day: number } | null = null;
      for (const [i, n] of tutorial.nodes.entries()) {
        const cmd = { type: tip.step, formation: tip.formation!, to: n.id } as Command;
        const a = evaluateCommand(s, tutorial, cmd);
        if (isRefusal(a) || !ix.staging[i]) continue;
        const day = (a.detail as { arrivalDay?: number } | undefined)?.arrivalDay ?? s.day;
        if (!best || day < best.day) best = { cmd, day };
      }
      return best?.cmd ?? null;
    }
    default: return null;
  }
}

function followCoach(seed: string): { state: GameState; steps: Set<string>; refused: number } {
  let s = newGame(tutorial, seed);
  const steps = new Set<string>();
  let refused = 0;
  for (let guard = 0; guard < 400 && s.status === 'playing'; guard++) {
    const tip = coachTip(s, tutorial, false)!;
    steps.add(tip.step);
    const cmd = orderFor(s, tip);
    if (cmd) {
      const r = applyCommand(s, tutorial, cmd);
      if (!r.ok) { refused++; s = endDay(s, tutorial).state; continue; }
      s = r.state;
    } else {
      s = endDay(s, tutorial).state;
    }
  }
  return { state: s, steps, refused };
}

describe('the tutorial coach', () => {
  it('opens with the unit that starts ready, then the activation with the quickest notice', () => {
    let s = newGame(tutorial, 'coach-1');
    const first = coachTip(s, tutorial, false)!;
    expect(first.step).toBe('move');
    const fi = ix.formation.get(first.formation!)!;
    expect(s.formations[fi]!.status).toBe('ready');
    expect(first.select).toEqual({ kind: 'formation', id: first.formation });
    s = applyCommand(s, tutorial, orderFor(s, first)!).state;
    const tip = coachTip(s, tutorial, false)!;
    expect(tip.step).toBe('activate');
    expect(isRefusal(evaluateCommand(s, tutorial, { type: 'activate', formation: tip.formation! }))).toBe(false);
    const inReserve = s.formations.flatMap((f, i) => (f.status === 'reserve' ? [ix.formations[i]!.notice] : []));
    expect(tip.days).toBe(Math.min(...inReserve));
  });

  it('asks to confirm a prepared order first, and says nothing once the game is over', () => {
    const s = newGame(tutorial, 'coach-2');
    expect(coachTip(s, tutorial, true)).toEqual({ step: 'confirm' });
    expect(coachTip({ ...s, status: 'won' }, tutorial, false)).toBeNull();
  });

  it.each(['coach-a', 'coach-b', 'coach-c', 'coach-d'])('followed to the letter, wins the tutorial in time (seed %s)', (seed) => {
    const { state, steps, refused } = followCoach(seed);
    expect(refused).toBe(0);
    expect(state.status).toBe('won');
    expect(state.readinessDay!).toBeLessThanOrEqual(tutorial.deadline);
    // It taught the whole loop on the way.
    for (const step of ['activate', 'move', 'exercise', 'reassure']) expect(steps).toContain(step);
  });
});
