import { describe, expect, it } from 'vitest';
import { checksOf, figuresOf, orderMix, type LevelFigures } from '../../src/cli/balanceFigures';
import { withoutUs } from '../../src/levels/withoutUs';
import { shippedLevel } from '../helpers/shipped';

describe('balance: order mix and the no-US checks', () => {
  it('sorts orders by purpose: airlift, pre-positioning, diplomacy, enablers, the rest', () => {
    expect(orderMix([
      { type: 'airlift', formation: 'a', to: 'b' }, { type: 'preposition', hub: 'h' }, { type: 'summit' }, { type: 'reassure', nation: 'PL' },
      { type: 'commit', axis: 'east' }, { type: 'allocate', enabler: 'munitions' }, { type: 'surge', axis: 'east' }, { type: 'activate', formation: 'f' },
    ])).toEqual({ airlift: 1, preposition: 1, diplomacy: 3, enablers: 2, other: 1 });
  });

  it('without the US: the campaign at most half won, Across Administrations still won by a European plan', () => {
    const game = (won: boolean) => ({ seed: 's', won, day: 30, readinessDay: won ? 25 : null, reason: won ? 'forceStoodUp' : 'war', ms: 1, mix: orderMix([]) });
    const lf = (wins: number, games: number): LevelFigures => ({ title: 't', par: 28, deadline: 90, bots: { expert: figuresOf(Array.from({ length: games }, (_, i) => game(i < wins))) } });
    const ok = checksOf({ 'forty-thousand': lf(3, 6), 'across-administrations': lf(1, 6) }, true);
    expect(ok.map((c) => c.ok)).toEqual([true, true]);
    const bad = checksOf({ 'forty-thousand': lf(4, 6), 'across-administrations': lf(0, 6) }, true);
    expect(bad.map((c) => c.ok)).toEqual([false, false]);
  });

  it('--no-us takes every US enabler away and leaves the rest of the level alone', () => {
    const level = shippedLevel('forty-thousand');
    const bare = withoutUs(level);
    expect(Object.values(bare.enablers).every((v) => v === 0)).toBe(true);
    expect(Object.values(level.enablers).some((v) => v > 0)).toBe(true);
    expect({ ...bare, enablers: level.enablers }).toEqual(level);
  });
});
