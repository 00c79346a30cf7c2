import { describe, expect, it } from 'vitest';
import { card, tinyLevel } from '../helpers/levelBuilder';
import { endDays, entries, give, rules, start, untilDay } from '../helpers/play';
import { cardCost, endDay, hashState, indexLevel, newGame, type Command, type GameState, type StaffPool } from '../../src/engine';
import { makeReplay, verifyReplay } from '../../src/engine/replay';
import { parseReplayText } from '../../src/replay/replaySchema';
import { roleOfCommand } from '../../src/session/whoseOrder';
import { shippedLevel } from '../helpers/shipped';

/** A game in which a person plays Moscow: the coalition's roles in one pool, Moscow in its own. */
const MOSCOW: StaffPool[] = [{ id: 'coalition', roles: ['lead', 'us', 'PL', 'DE', 'GB'], perDay: 6 }, { id: 'moscow', roles: ['moscow'], perDay: 0 }];

const fired = (log: ReturnType<typeof endDays>['log']) => entries(log, 'event').map((e) => `${e.day}:${e.card}`);

describe('Moscow as a player: a hand, a weekly budget, choices from the state', () => {
  it('the red bot plays each card on its seeded day while its budget lasts; a card it cannot afford waits for next week', () => {
    const deck = [
      card('a', { kind: 'buildup', severity: 30, window: [2, 2], warning: 0 }),
      card('b', { kind: 'buildup', severity: 30, window: [3, 3], warning: 0 }),
    ];
    const rich = tinyLevel((l) => { l.deck = deck; l.rules = { ...l.rules, redBudget: 6 }; });
    expect(fired(endDays(start(rich), rich, 10).log)).toEqual(['2:a', '3:b']);
    // 3 + 3 = 6 affordable; with 5 a week, b waits for the week that begins on day 8.
    const poor = tinyLevel((l) => { l.deck = deck; l.rules = { ...l.rules, redBudget: 5 }; });
    expect(cardCost(poor.deck[0]!)).toBe(3);
    const r = endDays(start(poor), poor, 10);
    expect(fired(r.log)).toEqual(['2:a', '8:b']);
  });

  it('with a choice to make, it plays first the card aimed at the most hesitant government', () => {
    const deck = [
      card('at-pl', { kind: 'disinformation', target: 'PL', severity: 15, window: [2, 2], warning: 0, effect: { will: { nation: 'target', amount: -5 } } }),
      card('at-de', { kind: 'disinformation', target: 'DE', severity: 15, window: [2, 2], warning: 0, effect: { will: { nation: 'target', amount: -5 } } }),
    ];
    const L = (hesitant: 'PL' | 'DE') => tinyLevel((l) => {
      l.deck = deck;
      l.rules = { ...l.rules, redBudget: 2, redPlaysPerDay: 1 };
      l.nations.find((n) => n.id === hesitant)!.will = 40;
    });
    expect(fired(endDays(start(L('DE')), L('DE'), 3).log)).toEqual(['2:at-de']);
    expect(fired(endDays(start(L('PL')), L('PL'), 3).log)).toEqual(['2:at-pl']);
  });

  it('it answers a US surge with military pressure on that axis before it was due', () => {
    const deck = [card('snap', { kind: 'snapExercise', severity: 20, window: [3, 12], warning: 1 })];
    const L = tinyLevel((l) => { l.deck = deck; l.rules = { ...l.rules, surgeRiskPercent: 0 }; });
    // The seed that puts the card late in its window.
    const seed = Array.from({ length: 40 }, (_, i) => `late-${i}`).find((x) => newGame(L, x).hand[0]?.day === 12)!;
    expect(seed).toBeDefined();
    expect(fired(endDays(start(L, seed), L, 12).log)).toEqual(['12:snap']);
    const surged = give(start(L, seed), L, { type: 'surge', axis: 'east' }).state;
    const r = endDays(surged, L, 12);
    expect(fired(r.log)).toEqual([`${1 + 1 + 1}:snap`]);
  });

  it('formations staged inside Ukraine provoke Moscow on their axis', () => {
    const L = (home: string) => tinyLevel((l) => {
      l.nations[0]!.roster[1]!.start = 'ready';
      l.nations[0]!.roster[1]!.home = home;
      l.deck = [card('x', { kind: 'buildup', severity: 10, window: [1, 1], warning: 0 })];
    });
    const R = rules(L('lviv'));
    const provoked = entries(endDays(start(L('lviv')), L('lviv'), 1).log, 'event')[0]!.resolve;
    const calm = entries(endDays(start(L('rzeszow')), L('rzeszow'), 1).log, 'event')[0]!.resolve;
    expect(provoked.provocation).toBe(Math.floor(4000 / R.provocationTroops));
    expect(calm.provocation).toBe(0);
  });
});

describe('a person playing Moscow', () => {
  const L = tinyLevel((l) => {
    l.deck = [
      card('note', { kind: 'protest', severity: 8, window: [2, 20], warning: 1, effect: { unity: -4 } }),
      card('snap', { kind: 'snapExercise', severity: 25, window: [3, 20], warning: 2 }),
      card('fund', { kind: 'funding', deterrable: false, severity: 0, window: [4, 4], warning: 0, effect: { support: { cut: 20, days: 3 } } }),
    ];
    l.rules = { ...l.rules, redBudget: 4 };
  });

  it('takes the bot off: nothing of Moscow\'s fires unless played; a US funding fight still comes (it is not Moscow\'s)', () => {
    const r = endDays(start(L, 'p', { pools: MOSCOW }), L, 8);
    expect(fired(r.log)).toEqual(['4:fund']);
  });

  it('plays a card: it fires after its warning, costs pressure from the week\'s budget, and is Moscow\'s order in a classroom', () => {
    const s = start(L, 'p', { pools: MOSCOW });
    expect(roleOfCommand(L, { type: 'play', card: 'note' })).toBe('moscow');
    const { state, log } = give(s, L, { type: 'play', card: 'note' });
    expect(log[0]).toMatchObject({ t: 'order', role: 'moscow', cost: 0, detail: { readyDay: 2 } });
    expect(state.redSpent).toBe(1);
    expect(state.hand.map((h) => L.deck[h.card]!.id)).not.toContain('note');
    const r = endDays(state, L, 3);
    expect(fired(r.log)).toEqual(['2:note']);
  });

  it('a game in which a person played Moscow makes a replay that verifies, hashes day by day', () => {
    const plays: Record<number, Command[]> = { 1: [{ type: 'play', card: 'note' }], 3: [{ type: 'play', card: 'snap' }] };
    let s: GameState = start(L, 'rp', { pools: MOSCOW });
    const days: Array<{ orders: Command[]; hash: string }> = [];
    while (s.status === 'playing' && s.day <= 8) {
      const orders = plays[s.day] ?? [];
      for (const o of orders) s = give(s, L, o).state;
      s = endDay(s, L).state;
      days.push({ orders, hash: hashState(s) });
    }
    const replay = makeReplay(L, 'rp', days, s, MOSCOW);
    const text = JSON.stringify(replay);
    const parsed = parseReplayText(text, 'moscow.json');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(verifyReplay(parsed.replay, L).valid).toBe(true);
    // The same orders in a game where the bot plays Moscow do not verify: Moscow's role matters.
    expect(verifyReplay({ ...parsed.replay, pools: undefined }, L).valid).toBe(false);
  });
});

describe('a shipped level with the red bot', () => {
  it('Moscow plays its cards from its hand, none twice, within its weekly budget', () => {
    const level = shippedLevel('forty-thousand');
    const ix = indexLevel(level);
    let s = newGame(level, 'red');
    const played = new Set<number>();
    while (s.status === 'playing' && s.day < 60) {
      const before = s;
      s = endDay(s, level).state;
      for (const e of s.events) if (!before.events.some((b) => b.card === e.card)) {
        expect(played.has(e.card)).toBe(false);
        played.add(e.card);
      }
      expect(s.redSpent).toBeLessThanOrEqual(ix.rules.redBudget);
    }
    expect(played.size).toBeGreaterThan(5);
  });
});
