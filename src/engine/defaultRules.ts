import type { Rules } from '../levels/schema';

/**
 * Default rule constants. A level may override any of them in its `rules` block. These are starting
 * values for balancing; the shape of the rules is the design (docs/design.md, introduction). The
 * balance tests keep them honest.
 */
export const DEFAULT_RULES: Rules = {
  isrWarningDays: 4,          // ISR over an axis shows its events this many days earlier
  isrCredibility: 5,          // each ISR package over an axis adds this to its credibility
  batteryCredibility: 4,      // each missile-defence battery at a hub of the axis
  surgeCredibility: 20,       // US air and naval surge: large but short
  surgeDays: 4,
  surgeRiskPercent: 30,       // chance the surge itself pushes the ladder up a rung
  exerciseDays: 3,
  exerciseInterop: 15,
  exerciseCredibility: 5,     // a visible exercise on an axis, for some days after it ends
  exerciseCredibilityDays: 12,
  planDays: 5,
  planCredibility: 6,
  protocolDays: 4,
  protocolCredibility: 4,
  protocolUnityNeeded: 50,
  prepoDays: 5,
  prepoTroops: 5000,          // equipment for this many troops per pre-positioned set: one brigade
  prepoBudget: 4,
  prepoCredibility: 3,
  transshipDays: 2,           // gauge break: equipment moved between 1,435 mm and 1,520 mm wagons
  troopsPerSortie: 100,       // about what a C-17 carries in troops (FACTS.md: 102 paratroopers)
  trainingPerDay: 4,
  munitionsDays: 10,
  munitionsResilience: 6,
  summitCooldown: 7,
  summitWill: 6,
  summitUnity: 6,
  reassureWill: 8,
  reassureCooldown: 3,
  commitTroops: 8000,
  commitDays: 12,
  commitCredibility: 5,
  commitBrokenUnity: 12,
  commitKeptUnity: 5,
  willPause: 25,              // below this will, a nation's mobilisation pauses
  ladderResolve: 2,           // each rung of the ladder adds this to Moscow's resolve
  randomResolve: 12,          // the seeded term of resolve is 0..randomResolve
  resolveGrowthDays: 14,      // Moscow's resolve hardens one point per this many days (0: never)
  resilienceDivisor: 2,       // Ukraine's resilience / divisor answers gray-zone pressure
  fearWillPerDay: 1,          // at or above fearFromRung, every nation's will erodes daily
  fearFromRung: 3,
  grayZoneLadderCap: 2,       // gray-zone pressure can push the ladder up to 'crisis', no further;
                              // only military pressure climbs beyond, and a deterred one steps it down
  unityDivisor: 3,            // political contest: (unity - 50) / divisor
  willDivisor: 4,             // political contest: (the target government's will - 50) / divisor
  summitCredibility: 5,       // a summit held in the last summitCredibilityDays days answers political pressure
  summitCredibilityDays: 10,
  cyberCredibility: 6,        // a cyber team on the network a gray-zone card hits
  politicalStaff: 1,          // staff actions a landed political card costs the next day
  blindWarningDivisor: 2,     // without ISR over its axis an event's warning is divided by this
  blindSpread: 8,             // ...and the estimate of its resolve is this much wider each way
  euroLiftSorties: 12,        // European lift (A400M fleets, SAC C-17s): sorties a day once arranged
  euroLiftDays: 8,
  strikeLadder: 1,             // a strike on a hub that no battery intercepts climbs this many rungs more:
                              // casualties on allied soil are an escalation of their own
  euroLiftBudget: 4,
  testDelay: 2,               // the guarantee is tested this many days after the force stands up...
  testSpread: 3,              // ...plus a seeded 0..testSpread-1 days
  redBudget: 8,               // Moscow's pressure points a week (a card costs ceil(severity / 10), at least 1)
  redPlaysPerDay: 2,
  provocationTroops: 5000,    // each this many troops staged inside Ukraine add a point of resolve on their axis
  surgeProvocation: 3,        // a US surge adds this to Moscow's resolve on its axis while it lasts
};
