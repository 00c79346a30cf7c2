import type { AxisId, EnablerKind, NationId } from './ids';

/**
 * The whole game at the start of a day, as plain data (JSON round-trips it exactly). Static facts
 * (names, strengths, the map) stay in the level; the state holds only what changes, in arrays
 * aligned with the level's own arrays (nations, formations in roster order, nodes, links, axes,
 * deck), so it is small, quick to hash and independent of object key order.
 */
export interface GameState {
  /** version of this shape, for saves */
  v: 1;
  levelId: string;
  seed: string;
  /** Alea generator state: fractions that are exact multiples of 2^-32 */
  rng: RngState;
  /** the day whose orders are being given (starts at 1) */
  day: number;
  /** the last day the force may stand up: the level's, unless a facilitator extended it */
  deadline: number;
  status: 'playing' | 'won' | 'lost';
  /** why the game ended */
  reason: EndReason | null;
  readinessDay: number | null;

  /** staff-action pools for the day; a solo game has one pool for every role */
  pools: StaffPool[];
  staffLeft: number[];
  /** staff actions the next day loses (a command-and-control hit) */
  staffPenalty: number;
  budget: number;

  /** per nation, aligned with level.nations */
  will: number[];
  reassuredDay: number[];

  unity: number;
  ladder: number;
  peakLadder: number;
  resilience: number;

  /** aligned with the level's rosters flattened in nation order */
  formations: FormationState[];

  /** per link: last day it stays cut (0: open) */
  linkCutUntil: number[];
  /** per link: troops booked to load on a rail line, as flat [day, troops, day, troops...] pairs
   *  in day order (today and later; past days are dropped) */
  railLoads: number[][];

  prepo: PrepoSite[];
  exercises: Exercise[];
  /** per axis: the last day a finished exercise still counts for credibility */
  exerciseUntil: number[];
  /** per axis: -1 no plan, >0 staff days left, 0 done */
  plans: number[];
  /** -1 not started, >0 days left, 0 in force */
  protocol: number;
  commitments: Commitment[];

  /** enabler allocations, oldest first; allocations beyond current capacity are idle */
  alloc: {
    isr: number[];            // axis indices
    missileDefence: number[]; // node indices
    cyber: number[];          // network indices (NETWORKS)
    training: number[];       // formation indices
  };
  /** arrival days of munitions programmes under way */
  munitions: number[];
  losses: EnablerLoss[];
  supportCuts: SupportCut[];
  airliftUsed: number;
  surge: { axis: number; until: number } | null;
  surgesUsed: number;
  summitDay: number;

  /** -1 not arranged, >0 days until the European lift is in place, 0 in force */
  euroLift: number;

  /** Moscow's cards in play not yet played, oldest seeded day first */
  hand: HandCard[];
  /** a person plays Moscow (a 'moscow' role in the pools); otherwise the red bot does */
  redPlayer: boolean;
  /** pressure Moscow has spent in the current week (weeks begin on days 1, 8, 15...) */
  redSpent: number;
  /** the crisis that tests the guarantee once the force has stood up */
  test: GuaranteeTest | null;

  events: ScheduledEvent[];
  deterred: number;
  landed: number;
  /** per milestone (MILESTONE_IDS): the day reached, 0 while not */
  milestones: number[];
}

export interface RngState { c: number; s0: number; s1: number; s2: number }

/** forceStoodUp: the force stood up and its guarantee held the crisis that tested it (the
 *  guarantee test); guaranteeFailed: the core did not answer that crisis within the deploy window. */
export type EndReason = 'forceStoodUp' | 'war' | 'unity' | 'deadline' | 'guaranteeFailed';

/** A card in Moscow's hand: the day it is due by the seed (the red bot may play it earlier or later). */
export interface HandCard { card: number; day: number }

/**
 * The crisis on a seeded day after the force stands up: the certified core must stand on the
 * axis Moscow chose, with its credibility above the bar, by the last day of the deploy window.
 */
export interface GuaranteeTest { axis: number; day: number; until: number }

export interface StaffPool {
  id: string;
  /** roles drawing on this pool: 'lead', 'us', a nation id, or '*' for every role */
  roles: string[];
  perDay: number;
}

export type FormationStatus = 'reserve' | 'mobilising' | 'ready' | 'moving';

export interface FormationState {
  id: string;
  status: FormationStatus;
  /** node index: where it is, or where its current leg started */
  node: number;
  /** mobilising: days until ready */
  countdown: number;
  /** moving: the legs still ahead, the first under way (days of later legs are forecasts) */
  route: RouteLeg[] | null;
  /** moving: days left on the leg under way */
  legLeft: number;
  /** >0: troops are here, heavy equipment still on its way */
  equipDays: number;
  /** >0: taking part in a joint exercise */
  busyDays: number;
  /** >0: disrupted by a strike */
  disruptedDays: number;
  interop: number;
  certified: boolean;
}

export interface RouteLeg {
  link: number;
  to: number;
  /** days the leg takes, waiting for the rail line and transshipment included; for legs not yet
   *  begun a forecast, settled (and the rail line booked) when the formation reaches the leg */
  days: number;
}

export interface PrepoSite { node: number; troops: number; daysLeft: number }
export interface Exercise { node: number; daysLeft: number; formations: number[] }
/** A public pledge of `troops` ready on an axis by `byDay` (made when the axis had fewer). */
export interface Commitment { axis: number; byDay: number; troops: number; state: 'open' | 'kept' | 'broken' }
export interface EnablerLoss { kind: EnablerKind; amount: number; until: number }
export interface SupportCut { cut: number; until: number }

export interface ScheduledEvent {
  /** index into level.deck */
  card: number;
  day: number;
  revealed: boolean;
  /** 0 pending, 1 deterred, 2 landed */
  outcome: 0 | 1 | 2;
  credibility: number;
  resolve: number;
}

/** Who gives an order: the coalition lead, a guarantor's minister, or the US liaison. */
/** The facilitator (a teacher in classroom mode) may inject events and extend the deadline. */
/** Moscow (a person in a classroom, else the red bot) plays cards from its hand. */
export type Role = 'lead' | 'us' | 'facilitator' | 'moscow' | NationId;

export type { AxisId };
