import type { Level } from '../levels/schema';
import { revealEvents } from './events';
import { MILESTONE_IDS } from './ids';
import { indexLevel } from './levelIndex';
import type { LogEntry } from './log';
import { openRng, seedRng } from './rng';
import { lazyDraft, sealDraft } from './draft';
import type { GameState, HandCard, ScheduledEvent, StaffPool } from './state';
import { redTurn } from './rules/moscow';

export interface GameOptions {
  /** staff pools for hot-seat roles; by default one pool serves every role */
  pools?: StaffPool[];
}

/** The single pool of a solo game: every role draws on the level's daily staff actions. */
export function soloPools(level: Level): StaffPool[] {
  return [{ id: 'coalition', roles: ['*'], perDay: level.staffActions }];
}

/**
 * A new game from a level and a seed. The seed (with the level id, so one seed gives different
 * games on different levels) picks which escalation cards are in play and on which day of their
 * window each fires; everything after that follows from the orders.
 */
export function newGame(level: Level, seed: string, options: GameOptions = {}): GameState {
  const ix = indexLevel(level);
  const rng = openRng(seedRng(`${level.id}/${seed}`));
  const events: ScheduledEvent[] = [];
  const hand: HandCard[] = [];
  level.deck.forEach((card, i) => {
    const inPlay = rng.chance(card.chance);
    const [from, to] = card.window;
    const span = Math.max(0, to - from) + 1;
    const day = Math.min(level.deadline, from + rng.int(span));
    if (!inPlay) return;
    // Moscow's own cards go to its hand; what it cannot play (a US funding fight) is scheduled.
    if (card.deterrable) hand.push({ card: i, day });
    else events.push({ card: i, day, revealed: false, outcome: 0, credibility: 0, resolve: 0 });
  });
  events.sort((a, b) => a.day - b.day || a.card - b.card);
  hand.sort((a, b) => a.day - b.day || a.card - b.card);
  const pools = options.pools ?? soloPools(level);
  const s: GameState = {
    v: 1,
    levelId: level.id,
    seed,
    rng: rng.state(),
    day: 1,
    deadline: level.deadline,
    status: 'playing',
    reason: null,
    readinessDay: null,
    pools,
    staffLeft: pools.map((p) => p.perDay),
    staffPenalty: 0,
    budget: level.budget.start,
    will: level.nations.map((n) => n.will),
    reassuredDay: level.nations.map(() => 0),
    unity: level.start.unity,
    ladder: level.start.ladder,
    peakLadder: level.start.ladder,
    resilience: level.start.resilience,
    formations: ix.formations.map((f) => ({
      id: f.id,
      status: f.start === 'ready' ? 'ready' : 'reserve',
      node: f.home,
      countdown: 0,
      route: null,
      legLeft: 0,
      equipDays: 0,
      busyDays: 0,
      disruptedDays: 0,
      interop: f.interop,
      certified: false,
    })),
    linkCutUntil: level.links.map(() => 0),
    railLoads: level.links.map(() => []),
    prepo: [],
    exercises: [],
    exerciseUntil: level.axes.map(() => 0),
    plans: level.axes.map(() => -1),
    protocol: -1,
    commitments: [],
    alloc: { isr: [], missileDefence: [], cyber: [], training: [] },
    munitions: [],
    losses: [],
    supportCuts: [],
    airliftUsed: 0,
    surge: null,
    surgesUsed: 0,
    summitDay: 0,
    euroLift: -1,
    hand,
    redPlayer: pools.some((p) => p.roles.includes('moscow')),
    redSpent: 0,
    test: null,
    events,
    deterred: 0,
    landed: 0,
    milestones: MILESTONE_IDS.map(() => 0),
  };
  const log: LogEntry[] = [];
  // Moscow's first turn and day 1's events happen the way every later day's do: on a draft
  // (engine/draft.ts).
  const d = lazyDraft(s);
  redTurn(d, ix, 0);
  revealEvents(d, ix, 1, log);
  return sealDraft(d);
}
