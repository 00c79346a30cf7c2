import { describe, expect, it } from 'vitest';
import { card, tinyLevel } from '../helpers/levelBuilder';
import { entries, give, start, untilDay } from '../helpers/play';
import { hashState, indexLevel, landingCost } from '../../src/engine';
import type { LevelInput } from '../../src/levels/schema';

/** A card that always lands on day 4 (severity far above anything the tiny level can answer). */
const lands = (extra: Partial<LevelInput['deck'][number]>) => tinyLevel((l) => {
  l.deck = [card('x', { severity: 80, window: [4, 4], warning: 3, ...extra })];
  l.rules = { ...l.rules, surgeRiskPercent: 0 };
});

/** The morning of the firing day, its landing cost, and what the event then really did. */
function forecastAndFire(L: ReturnType<typeof lands>) {
  const ix = indexLevel(L);
  const morning = untilDay(start(L), L, 4).state;
  const before = hashState(morning);
  const cost = landingCost(morning, ix, 0)!;
  expect(hashState(morning)).toBe(before);
  const fired = untilDay(morning, L, 5);
  const event = entries(fired.log, 'event')[0]!;
  expect(event.deterred).toBe(false);
  const climb = entries(fired.log, 'ladder').find((e) => e.cause.key === 'ladderCard');
  return { cost, event, climb };
}

describe("a threat card's landing cost is the landing rule's own answer", () => {
  it('political pressure: the target government\'s will, unity and the staff it ties up, and no rung', () => {
    const { cost, event, climb } = forecastAndFire(lands({ kind: 'protest', target: 'DE', effect: { will: { nation: 'target', amount: -12 }, unity: -5 } }));
    expect(cost.effects).toEqual(event.effects);
    expect(cost.effects.map((f) => f.k)).toEqual(['will', 'unity', 'staff']);
    expect(cost.ladder).toBeNull();
    expect(climb).toBeUndefined();
  });

  it('military pressure: a strike, extra rungs and the ladder climb, as they then happen', () => {
    const { cost, event, climb } = forecastAndFire(lands({ kind: 'strike', effect: { strike: { hub: 'rzeszow', days: 3 }, ladder: 1 } }));
    expect(cost.effects).toEqual(event.effects);
    expect(cost.effects[0]!.k).toBe('strike');
    expect(climb).toBeDefined();
    expect(cost.ladder).toEqual({ from: climb!.from, to: climb!.to });
    expect(cost.ladder!.to - cost.ladder!.from).toBe(2);
  });

  it('a cyber team on the network it hits halves it, and the forecast says so', () => {
    const L = lands({ kind: 'cyber', network: 'rail', effect: { staff: 3, unity: -6 } });
    const ix = indexLevel(L);
    const s = start(L);
    const open = landingCost(s, ix, 0)!;
    expect(open.blunted).toBe(false);
    expect(open.effects).toContainEqual({ k: 'staff', amount: 3 });
    const guarded = landingCost(give(s, L, { type: 'allocate', enabler: 'cyber', network: 'rail' }).state, ix, 0)!;
    expect(guarded.blunted).toBe(true);
    expect(guarded.effects).toContainEqual({ k: 'staff', amount: 2 });
    expect(guarded.effects).toContainEqual({ k: 'unity', from: s.unity, to: s.unity - 3 });
  });
});
