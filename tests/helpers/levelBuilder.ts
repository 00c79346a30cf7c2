/**
 * A tiny-level builder for rule tests (in the spirit of Unciv's TestGame): every test states the
 * map, the rosters, the deck and — above all — the complete rule constants it relies on, so the
 * expected figures follow from what the test set, never from the tunable defaults in
 * src/engine/defaultRules.ts or the shipped level files.
 */
import type { Card, Level, LevelInput, Rules } from '../../src/levels/schema';
import { validateLevel } from '../../src/levels/parseLevel';

type FormationInput = LevelInput['nations'][number]['roster'][number];
type NodeInput = LevelInput['nodes'][number];
type LinkInput = LevelInput['links'][number];
type CardInput = LevelInput['deck'][number];
type NationInput = LevelInput['nations'][number];

/**
 * Every rule constant, set explicitly. The values differ from one another on purpose, so a rule that
 * reads the wrong constant shows up as a wrong number. `randomResolve: 0` makes Moscow's roll always
 * 0 and `resolveGrowthDays: 0` switches off the time term, so deterrence in unit tests is decided by
 * the terms the test sets up. tests/engine/builder.test.ts fails when the rules gain a constant this
 * table does not set (give it a value here, then).
 */
export const TEST_RULES: Rules = {
  isrWarningDays: 3,
  isrCredibility: 7,
  batteryCredibility: 6,
  surgeCredibility: 30,
  surgeDays: 3,
  surgeRiskPercent: 50,
  exerciseDays: 2,
  exerciseInterop: 10,
  exerciseCredibility: 8,
  exerciseCredibilityDays: 5,
  planDays: 3,
  planCredibility: 9,
  protocolDays: 2,
  protocolCredibility: 11,
  protocolUnityNeeded: 60,
  prepoDays: 2,
  prepoTroops: 2000,
  prepoBudget: 3,
  prepoCredibility: 13,
  transshipDays: 2,
  troopsPerSortie: 100,
  trainingPerDay: 5,
  munitionsDays: 3,
  munitionsResilience: 10,
  summitCooldown: 5,
  summitWill: 4,
  summitUnity: 3,
  reassureWill: 7,
  reassureCooldown: 3,
  commitTroops: 2000,
  commitDays: 4,
  commitCredibility: 12,
  commitBrokenUnity: 15,
  commitKeptUnity: 6,
  willPause: 30,
  ladderResolve: 5,
  randomResolve: 0,
  resolveGrowthDays: 0,
  resilienceDivisor: 5,
  fearWillPerDay: 2,
  fearFromRung: 3,
  grayZoneLadderCap: 2,
  unityDivisor: 4,
  willDivisor: 10,
  summitCredibility: 14,
  summitCredibilityDays: 6,
  cyberCredibility: 16,
  politicalStaff: 1,
  // Warning whole without ISR (a divisor of 1), so tests of other rules see the cards' own warning.
  blindWarningDivisor: 1,
  blindSpread: 4,
  euroLiftSorties: 17,
  euroLiftDays: 4,
  euroLiftBudget: 2,
  strikeLadder: 0,
  testDelay: 1,
  testSpread: 0,
  // Moscow's budget never binds unless a test sets it: cards fire on their seeded day.
  redBudget: 500,
  redPlaysPerDay: 10,
  provocationTroops: 1000,
  surgeProvocation: 0,
};

export function node(id: string, kinds: NodeInput['kinds'], axes: NodeInput['axes'] = [], extra: Partial<NodeInput> = {}): NodeInput {
  return { id, name: `N ${id}`, lat: 50, lon: 20, country: 'POL', kinds, axes, ...extra };
}

export function road(from: string, to: string, days: number): LinkInput {
  return { id: `${from}-${to}-road`, from, to, kind: 'road', days };
}

export function rail(from: string, to: string, days: number, capacity: number, gaugeBreak = false): LinkInput {
  return { id: `${from}-${to}-rail`, from, to, kind: 'rail', days, capacity, gaugeBreak };
}

export function sea(from: string, to: string, days: number): LinkInput {
  return { id: `${from}-${to}-sea`, from, to, kind: 'sea', days };
}

export function air(from: string, to: string): LinkInput {
  return { id: `${from}-${to}-air`, from, to, kind: 'air', days: 1 };
}

export function formation(id: string, extra: Partial<FormationInput> = {}): FormationInput {
  return {
    id, name: `F ${id}`, kind: 'brigade', arm: 'mechanised', strength: 4000, hr: false, notice: 5, threshold: 40,
    interop: 50, light: false, start: 'reserve', ...extra,
  };
}

export function card(id: string, extra: Partial<CardInput> = {}): CardInput {
  return {
    id, kind: 'protest', title: `Card ${id}`, text: `Card ${id} text.`, axis: 'east', severity: 10,
    window: [3, 3], warning: 1, chance: 100, deterrable: true, effect: {}, ...extra,
  };
}

/**
 * The default tiny map: two garrisons (Warsaw for PL, Berlin for DE, London for GB), the East hubs
 * Rzeszów (airfield) and Lviv (across the gauge break), and the North hub Orzysz (no airfield).
 *
 *   london ─air─ rzeszow
 *   berlin ─rail 1d cap 4000 / road 3d─ warsaw ─rail 1d cap 3000 / road 2d─ rzeszow ─rail 1d cap 3000 gauge break / road 3d─ lviv
 *   berlin ─air─ rzeszow, warsaw ─air─ rzeszow, warsaw ─road 2d─ orzysz
 */
export function baseInput(): LevelInput {
  return {
    schemaVersion: 1,
    id: 'tiny',
    title: 'Tiny test level',
    summary: 'A level built by a test.',
    briefing: 'Built by tests/helpers/levelBuilder.ts.',
    learningNotes: [],
    par: 10,
    deadline: 30,
    staffActions: 6,
    view: { west: 10, south: 45, east: 30, north: 56 },
    nodes: [
      node('london', ['capital', 'garrison', 'airfield'], [], { country: 'GBR' }),
      node('berlin', ['capital', 'garrison', 'airfield', 'rail'], [], { country: 'DEU' }),
      node('warsaw', ['capital', 'garrison', 'airfield', 'rail']),
      node('rzeszow', ['hub', 'airfield', 'rail'], ['east']),
      node('lviv', ['hub', 'rail'], ['east'], { country: 'UKR' }),
      node('orzysz', ['garrison', 'hub'], ['north']),
    ],
    links: [
      rail('berlin', 'warsaw', 1, 4000),
      road('berlin', 'warsaw', 3),
      rail('warsaw', 'rzeszow', 1, 3000),
      road('warsaw', 'rzeszow', 2),
      rail('rzeszow', 'lviv', 1, 3000, true),
      road('rzeszow', 'lviv', 3),
      road('warsaw', 'orzysz', 2),
      air('london', 'rzeszow'),
      air('berlin', 'rzeszow'),
      air('warsaw', 'rzeszow'),
    ],
    axes: [
      { id: 'east', name: 'East', description: 'The East axis.', bar: 10 },
      // A bar no test reaches by accident: the game is won only where a test lowers it.
      { id: 'north', name: 'North', description: 'The North axis.', bar: 150 },
    ],
    nations: [
      {
        id: 'PL', will: 70, home: 'warsaw',
        roster: [
          formation('pl-hr', { kind: 'battlegroup', arm: 'airborne', strength: 1000, hr: true, notice: 2, light: true }),
          formation('pl-bde', { strength: 4000, notice: 4, threshold: 50 }),
        ],
      },
      {
        id: 'DE', will: 70, home: 'berlin',
        roster: [
          formation('de-hr', { kind: 'battlegroup', strength: 1500, hr: true, notice: 3 }),
          formation('de-bde', { strength: 5000, notice: 6, threshold: 60 }),
        ],
      },
      {
        id: 'GB', will: 70, home: 'london',
        roster: [formation('gb-hr', { kind: 'battlegroup', arm: 'airborne', strength: 1200, hr: true, notice: 2, light: true })],
      },
    ],
    enablers: { isr: 1, airlift: 30, missileDefence: 1, cyber: 1, training: 1, munitions: 1, surge: 1 },
    budget: { start: 5, perDay: 1 },
    start: { unity: 70, ladder: 0, resilience: 0 },
    unityFloor: 20,
    win: { troops: 5000, core: 2000, coreDeployDays: 3 },
    deck: [],
    rules: { ...TEST_RULES },
  };
}

/** The tiny level after `edit`, validated: a test that builds a broken level fails loudly here. */
export function tinyLevel(edit: (l: LevelInput) => void = () => {}): Level {
  const input = baseInput();
  edit(input);
  const r = validateLevel(input, 'tiny');
  if (!r.ok) throw new Error(`the test built an invalid level:\n${r.errors.join('\n')}`);
  return r.level;
}

export type { Card, NationInput };
