import { describe, expect, it } from 'vitest';
import { card, tinyLevel } from '../helpers/levelBuilder';
import { endDays, give, giveAll, refused, rules, start, untilDay } from '../helpers/play';
import { REFUSAL_TEXT, endDay, evaluateCommand, isRefusal, type Command, type GameState, type RefusalCode } from '../../src/engine';
import type { Level } from '../../src/levels/schema';

/**
 * Every refusal code, produced by a real order in a real situation. `refused()` checks each time that
 * the text is a filled-in sentence, that the very same state object comes back, unchanged (deep
 * equality and hash), and that one 'refused' log entry says why.
 */
const L: Level = tinyLevel((l) => {
  l.nations[0]!.roster[0]!.start = 'ready'; // pl-hr at Warsaw
  l.nations[2]!.roster[0]!.start = 'ready'; // gb-hr at London
  l.nations[1]!.will = 50; // de-bde needs 60
  l.enablers = { ...l.enablers, training: 0, airlift: 15, surge: 1 };
  l.rules = { ...l.rules, surgeRiskPercent: 0 };
  l.budget = { start: 3, perDay: 0 };
});
const s0 = start(L);
const R = rules(L);

/** Refusals that the session gives before the rules are asked (tests/session/whoseOrder.test.ts). */
const SESSION_CODES: readonly RefusalCode[] = ['notYourOrder'];
type RuleCode = Exclude<RefusalCode, 'notYourOrder'>;
const RULE_CODES = (Object.keys(REFUSAL_TEXT) as RefusalCode[]).filter((c): c is RuleCode => !SESSION_CODES.includes(c));


/** A deck for Moscow's orders, and the pools of a game in which a person plays Moscow. */
const M: Level = tinyLevel((l) => {
  l.deck = [card('soon', { window: [5, 9], warning: 1 }), card('early', { window: [2, 3] }), card('heavy', { kind: 'buildup', severity: 45, window: [2, 20] })];
  l.rules = { ...l.rules, redBudget: 3 };
});
const MOSCOW_POOLS = [{ id: 'coalition', roles: ['lead', 'us', 'PL', 'DE', 'GB'], perDay: 6 }, { id: 'moscow', roles: ['moscow'], perDay: 0 }];


const scenarios: Record<RuleCode, () => { s: GameState; cmd: Command; text?: string; level?: Level }> = {
  gameOver: () => {
    const short = tinyLevel((l) => { l.deadline = 1; l.par = 1; });
    return { s: endDays(start(short), short, 1).state, level: short, cmd: { type: 'summit' } };
  },
  malformed: () => ({ s: s0, cmd: { type: 'launch' } as unknown as Command, text: 'This order is not understood: unknown order type "launch".' }),
  unknownFormation: () => ({ s: s0, cmd: { type: 'activate', formation: 'pl-99' }, text: 'There is no formation "pl-99" in this level.' }),
  unknownNode: () => ({ s: s0, cmd: { type: 'exercise', hub: 'minsk' }, text: 'There is no place "minsk" on this map.' }),
  unknownAxis: () => ({ s: start(tinyLevel((l) => { l.axes = [l.axes[0]!]; l.nodes[5]!.axes = []; })), level: tinyLevel((l) => { l.axes = [l.axes[0]!]; l.nodes[5]!.axes = []; }), cmd: { type: 'plan', axis: 'north' }, text: 'There is no north axis in this level.' }),
  unknownNation: () => ({ s: s0, cmd: { type: 'reassure', nation: 'FR' }, text: 'FR is not a guarantor in this level.' }),
  noStaff: () => ({ s: giveAll(s0, L, [{ type: 'plan', axis: 'east' }, { type: 'plan', axis: 'north' }]), cmd: { type: 'protocol' }, text: 'Staff actions left today for the coalition: 2; this order needs 3.' }),
  noRole: () => ({ s: start(L, 'x', { pools: [{ id: 'us', roles: ['us'], perDay: 3 }] }), cmd: { type: 'summit' } }),
  notInReserve: () => ({ s: s0, cmd: { type: 'activate', formation: 'pl-hr' }, text: 'F pl-hr is already ready at N warsaw.' }),
  lowWill: () => ({ s: s0, cmd: { type: 'activate', formation: 'de-bde' }, text: "Germany's political will is 50; F de-bde needs 60 to be activated." }),
  notReady: () => ({ s: give(s0, L, { type: 'activate', formation: 'pl-bde' }).state, cmd: { type: 'airlift', formation: 'pl-bde', to: 'rzeszow' }, text: 'F pl-bde is not ready to move: it is mobilising (4 days to go).' }),
  busy: () => {
    const H = tinyLevel((l) => { l.nations[0]!.home = 'rzeszow'; l.nations[1]!.home = 'rzeszow'; for (const n of l.nations) for (const x of n.roster) x.start = 'ready'; });
    return { level: H, s: give(start(H), H, { type: 'exercise', hub: 'rzeszow' }).state, cmd: { type: 'move', formation: 'pl-hr', to: 'lviv' }, text: `F pl-hr is taking part in a joint exercise for ${R.exerciseDays} more days.` };
  },
  disrupted: () => {
    const H = tinyLevel((l) => {
      l.nations[0]!.home = 'rzeszow';
      l.nations[0]!.roster[0]!.start = 'ready';
      l.deck = [{ id: 'strike', kind: 'strike', title: 'Strike', text: 'A strike.', axis: 'east', severity: 80, window: [1, 1], warning: 0, chance: 100, deterrable: true, effect: { strike: { hub: 'rzeszow', days: 2 } } }];
    });
    return { level: H, s: endDay(start(H), H).state, cmd: { type: 'move', formation: 'pl-hr', to: 'lviv' }, text: 'F pl-hr is disrupted by a strike for 2 more days.' };
  },
  sameNode: () => ({ s: s0, cmd: { type: 'move', formation: 'pl-hr', to: 'warsaw' }, text: 'F pl-hr is already at N warsaw.' }),
  noRoute: () => ({ s: s0, cmd: { type: 'move', formation: 'gb-hr', to: 'rzeszow' }, text: 'No open road, rail or sea route leads from N london to N rzeszow.' }),
  notAirfield: () => ({ s: s0, cmd: { type: 'airlift', formation: 'pl-hr', to: 'orzysz' }, text: 'N orzysz has no airfield.' }),
  noAirRoute: () => ({ s: s0, cmd: { type: 'airlift', formation: 'pl-hr', to: 'london' }, text: 'No air route links N warsaw and N london.' }),
  noSorties: () => ({ s: give(s0, L, { type: 'airlift', formation: 'pl-hr', to: 'rzeszow' }).state, cmd: { type: 'airlift', formation: 'gb-hr', to: 'rzeszow' }, text: 'Flying F gb-hr needs 12 airlift sorties; 5 are left today.' }),
  notStagingHub: () => ({ s: s0, cmd: { type: 'exercise', hub: 'warsaw' }, text: 'N warsaw is not a staging hub.' }),
  prepoExists: () => ({ s: give(s0, L, { type: 'preposition', hub: 'rzeszow' }).state, cmd: { type: 'preposition', hub: 'rzeszow' } }),
  noBudget: () => {
    const B = tinyLevel((l) => { l.budget = { start: R.prepoBudget - 1, perDay: 0 }; });
    return { level: B, s: start(B), cmd: { type: 'preposition', hub: 'rzeszow' }, text: `This needs ${R.prepoBudget} budget; the coalition has ${R.prepoBudget - 1}.` };
  },
  exerciseNations: () => ({ s: s0, cmd: { type: 'exercise', hub: 'rzeszow' }, text: 'A joint exercise needs ready formations of at least two nations at N rzeszow; there are 0.' }),
  exerciseRunning: () => {
    const H = tinyLevel((l) => { l.nations[0]!.home = 'rzeszow'; l.nations[1]!.home = 'rzeszow'; for (const n of l.nations) for (const x of n.roster) x.start = 'ready'; });
    return { level: H, s: give(start(H), H, { type: 'exercise', hub: 'rzeszow' }).state, cmd: { type: 'exercise', hub: 'rzeszow' }, text: 'An exercise is already under way at N rzeszow.' };
  },
  planExists: () => ({ s: give(s0, L, { type: 'plan', axis: 'east' }).state, cmd: { type: 'plan', axis: 'east' } }),
  protocolExists: () => ({ s: give(s0, L, { type: 'protocol' }).state, cmd: { type: 'protocol' } }),
  lowUnity: () => {
    const U = tinyLevel((l) => { l.start.unity = 30; });
    return { level: U, s: start(U), cmd: { type: 'protocol' }, text: `Coalition unity is 30; this needs at least ${R.protocolUnityNeeded}.` };
  },
  noCapacity: () => ({ s: give(s0, L, { type: 'activate', formation: 'pl-bde' }).state, cmd: { type: 'allocate', enabler: 'training', formation: 'pl-bde' }, text: 'No training capacity is available today.' }),
  alreadyAllocatedAxis: () => ({ s: give(s0, L, { type: 'allocate', enabler: 'isr', axis: 'east' }).state, cmd: { type: 'allocate', enabler: 'isr', axis: 'east' }, text: 'The East axis already has ISR assigned.' }),
  alreadyAllocatedNode: () => ({ s: give(s0, L, { type: 'allocate', enabler: 'missileDefence', hub: 'rzeszow' }).state, cmd: { type: 'allocate', enabler: 'missileDefence', hub: 'rzeszow' }, text: 'N rzeszow already has missile defence assigned.' }),
  alreadyAllocatedNetwork: () => ({ s: give(s0, L, { type: 'allocate', enabler: 'cyber', network: 'c2' }).state, cmd: { type: 'allocate', enabler: 'cyber', network: 'c2' }, text: 'The command-and-control network already has cyber defence assigned.' }),
  alreadyAllocatedFormation: () => {
    const T = tinyLevel((l) => { l.nations[0]!.roster[0]!.start = 'ready'; });
    return { level: T, s: give(start(T), T, { type: 'allocate', enabler: 'training', formation: 'pl-hr' }).state, cmd: { type: 'allocate', enabler: 'training', formation: 'pl-hr' }, text: 'F pl-hr already has training assigned.' };
  },
  noMunitions: () => ({ s: give(s0, L, { type: 'allocate', enabler: 'munitions' }).state, cmd: { type: 'allocate', enabler: 'munitions' } }),
  noSurge: () => ({ s: untilDay(give(s0, L, { type: 'surge', axis: 'east' }).state, L, 1 + R.surgeDays).state, cmd: { type: 'surge', axis: 'north' } }),
  surgeActive: () => {
    const S = tinyLevel((l) => { l.enablers.surge = 2; l.rules = { ...l.rules, surgeRiskPercent: 0 }; });
    return { level: S, s: give(start(S), S, { type: 'surge', axis: 'east' }).state, cmd: { type: 'surge', axis: 'north' } };
  },
  surgeWithheld: () => {
    // A funding fight has cut US support to 40% by the start of day 2.
    const S = tinyLevel((l) => {
      l.enablers.surge = 2;
      l.deck = [{ id: 'fight', kind: 'funding', title: 'Funding fight', text: 'Congress stalls.', axis: 'east', severity: 0, window: [1, 1], warning: 0, chance: 100, deterrable: false, effect: { support: { cut: 60, days: 10 } } }];
    });
    return { level: S, s: endDay(start(S), S).state, cmd: { type: 'surge', axis: 'east' }, text: 'Washington will not order a surge while US support is cut to 40%.' };
  },
  unknownCard: () => ({ s: s0, cmd: { type: 'inject', card: 'martians' }, text: 'There is no event "martians" in this level\'s deck.' }),
  alreadyInjected: () => {
    const S = tinyLevel((l) => { l.deck = [card('probe', { window: [5, 5] })]; });
    return { level: S, s: give(start(S), S, { type: 'inject', card: 'probe' }).state, cmd: { type: 'inject', card: 'probe' }, text: 'Card probe is already set to fire today.' };
  },
  extendRange: () => ({ s: s0, cmd: { type: 'extend', days: 0 }, text: 'The deadline can be pushed back by 1 to 30 days at a time.' }),
  summitCooldown: () => ({ s: give(s0, L, { type: 'summit' }).state, cmd: { type: 'summit' }, text: `The last summit was on day 1; the next can meet on day ${1 + R.summitCooldown}.` }),
  reassureCooldown: () => ({ s: give(s0, L, { type: 'reassure', nation: 'GB' }).state, cmd: { type: 'reassure', nation: 'GB' } }),
  willFull: () => {
    const W = tinyLevel((l) => { l.nations[0]!.will = 100; });
    return { level: W, s: start(W), cmd: { type: 'reassure', nation: 'PL' } };
  },
  commitExists: () => ({ s: give(s0, L, { type: 'commit', axis: 'east' }).state, cmd: { type: 'commit', axis: 'east' } }),
  trainingDone: () => {
    const T = tinyLevel((l) => { l.nations[0]!.roster[0]!.start = 'ready'; l.nations[0]!.roster[0]!.interop = 100; });
    return { level: T, s: start(T), cmd: { type: 'allocate', enabler: 'training', formation: 'pl-hr' } };
  },
  notMobilised: () => ({ s: s0, cmd: { type: 'move', formation: 'pl-bde', to: 'rzeszow' }, text: 'F pl-bde has not been activated yet.' }),
  noEuroLift: () => {
    const E = tinyLevel((l) => { l.rules = { ...l.rules, euroLiftSorties: 0 }; });
    return { level: E, s: start(E), cmd: { type: 'euroLift' }, text: 'No European lift can be pooled in this level.' };
  },
  euroLiftExists: () => ({ s: give(s0, L, { type: 'euroLift' }).state, cmd: { type: 'euroLift' }, text: `European lift is already being drafted (${R.euroLiftDays} days left).` }),
  redBotPlays: () => ({ level: M, s: start(M), cmd: { type: 'play', card: 'soon' }, text: 'Moscow is played by the computer in this game: no team holds its role.' }),
  notInHand: () => {
    const s = give(start(M, 'x', { pools: MOSCOW_POOLS }), M, { type: 'play', card: 'soon' }).state;
    return { level: M, s, cmd: { type: 'play', card: 'soon' }, text: 'Card soon is not in Moscow\'s hand (already played, or not dealt in this game).' };
  },
  windowClosed: () => ({ level: M, s: untilDay(start(M, 'x', { pools: MOSCOW_POOLS }), M, 4).state, cmd: { type: 'play', card: 'early' }, text: 'The moment for Card early has passed (its last day was 3).' }),
  noPressure: () => ({ level: M, s: start(M, 'x', { pools: MOSCOW_POOLS }), cmd: { type: 'play', card: 'heavy' }, text: 'This card costs 5 pressure; Moscow has 3 left this week.' }),
};

describe('refusals', () => {
  it('every refusal code has a scenario here', () => {
    expect(Object.keys(scenarios).sort()).toEqual([...RULE_CODES].sort());
  });

  for (const code of RULE_CODES) {
    it(`${code}: refused with a readable reason, the state untouched`, () => {
      const { s, cmd, text, level } = scenarios[code]();
      const r = refused(s, level ?? L, cmd, code);
      if (text) expect(r.text).toBe(text);
      // The UI's preview (evaluateCommand) gives the same answer.
      const preview = evaluateCommand(s, level ?? L, cmd);
      expect(isRefusal(preview) && preview.code).toBe(code);
    });
  }

  it('malformed orders of other shapes are refused too, never thrown', () => {
    for (const cmd of [null, undefined, 42, 'summit', {}, { type: 7 }, { type: 'allocate', enabler: 'lasers' }, { type: 'allocate', enabler: 'cyber', network: 'water' }, { type: 'toString' }, { type: '__proto__' }]) {
      refused(s0, L, cmd as unknown as Command, 'malformed');
    }
    for (const cmd of [{ type: 'move' }, { type: 'activate', formation: 'constructor' }, { type: 'activate', formation: '__proto__' }, { type: 'activate', formation: 12 }]) {
      refused(s0, L, cmd as unknown as Command, 'unknownFormation');
    }
    refused(s0, L, { type: 'reassure', nation: 'constructor' } as unknown as Command, 'unknownNation');
    refused(s0, L, { type: 'plan', axis: 'toString' } as unknown as Command, 'unknownAxis');
    refused(s0, L, { type: 'exercise', hub: 'hasOwnProperty' }, 'unknownNode');
  });
});
