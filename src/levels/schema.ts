import { int as intIn, lazySchema, list, num, pattern, text as textOf, z } from './schemaKit';
import { NATION_IDS, AXIS_IDS, NODE_KINDS, LINK_KINDS, ARMS, NETWORKS, EVENT_KINDS, ENABLER_KINDS, PRESSURE_KINDS } from '../engine/ids';

/**
 * The level file format. One schema serves hand-made levels, generated levels and levels carried
 * inside replays and share codes, so every field is checked the same way wherever a level comes from.
 * Cross-references (a link to a missing node, an unknown axis...) are checked after the shape,
 * in checkLevelReferences.ts, so that error messages can name the offending field precisely.
 */

export const LEVEL_SCHEMA_VERSION = 1;

const idSchema = lazySchema(() => pattern(/^[a-z0-9][a-z0-9-]{0,47}$/, 'an id of lower-case letters, digits and dashes'));
const text = (max: number) => textOf(1, max);
const int = intIn;

export const formationSchema = lazySchema(() => z.strictObject({
  id: idSchema(),
  name: text(60),
  kind: z.enum(['battlegroup', 'brigade']),
  arm: z.enum(ARMS),
  strength: int(100, 10000),
  /** high-readiness: part of the very-high-readiness core when certified */
  hr: z.boolean(),
  /** notice-to-move in days once activated */
  notice: int(1, 60),
  /** the nation's political will must be at least this to activate it */
  threshold: int(0, 100),
  /** interoperability with NATO standards, 0..100 */
  interop: int(0, 100),
  /** no heavy equipment: flies in ready (airborne, light infantry) */
  light: z._default(z.boolean(), false),
  /** where the level starts it: in reserve (default) or already mobilised at home */
  start: z._default(z.enum(['reserve', 'ready']), 'reserve'),
  /** its garrison, when it is not the nation's home (e.g. a brigade stationed abroad) */
  home: z.optional(idSchema()),
  /** for designers, never shown: why this level gives the unit other facts (strength, home...)
   *  than the other levels do, e.g. a brigade still forming in the level's year */
  variant: z.optional(text(200)),
}));

export const nationSchema = lazySchema(() => z.strictObject({
  id: z.enum(NATION_IDS),
  will: int(0, 100),
  home: idSchema(),
  roster: list(formationSchema(), 1, 40),
}));

export const nodeSchema = lazySchema(() => z.strictObject({
  id: idSchema(),
  name: text(60),
  lat: num(30, 72),
  lon: num(-12, 50),
  /** ISO 3166-1 alpha-3 of the country it lies in */
  country: pattern(/^[A-Z]{3}$/, 'an ISO 3166 alpha-3 code such as POL'),
  kinds: list(z.enum(NODE_KINDS), 1, 6),
  /** the axes a formation staged here counts for; empty: not a staging hub */
  axes: z._default(list(z.enum(AXIS_IDS), 0, 3), []),
}));

export const linkSchema = lazySchema(() => z.strictObject({
  id: idSchema(),
  from: idSchema(),
  to: idSchema(),
  kind: z.enum(LINK_KINDS),
  days: int(1, 30),
  /** rail only: troops per day the line can load */
  capacity: z.optional(int(1, 100000)),
  /** rail only: crosses the 1,435/1,520 mm gauge break, so equipment is transshipped */
  gaugeBreak: z._default(z.boolean(), false),
}));

export const axisSchema = lazySchema(() => z.strictObject({
  id: z.enum(AXIS_IDS),
  name: text(40),
  description: text(400),
  /** the credibility this axis needs for the force to count as stood up */
  bar: int(0, 200),
}));

export const effectSchema = lazySchema(() => z.strictObject({
  /** 'target': the card's target nation; 'all': every guarantor */
  will: z.optional(z.strictObject({ nation: z.union([z.enum(NATION_IDS), z.enum(['target', 'all'])]), amount: int(-100, 100) })),
  unity: z.optional(int(-100, 100)),
  /** extra rungs the ladder climbs when the card lands (one rung is climbed anyway when a
   *  deterrable event is not deterred) */
  ladder: z.optional(int(0, 5)),
  /** links cut for some days: named links, or every link of a kind on the card's axis */
  cut: z.optional(z.strictObject({ links: z._default(list(idSchema(), 0, 20), []), kind: z.optional(z.enum(LINK_KINDS)), days: int(1, 30) })),
  /** an enabler loses capacity for some days */
  enabler: z.optional(z.strictObject({ kind: z.enum(ENABLER_KINDS), amount: int(1, 100), days: int(1, 60) })),
  /** a strike near a hub: formations there are disrupted, pre-positioned stocks destroyed */
  strike: z.optional(z.strictObject({ hub: idSchema(), days: int(1, 30) })),
  /** activation countdowns lengthened ('target', 'all' or a nation) */
  delay: z.optional(z.strictObject({ nation: z.union([z.enum(NATION_IDS), z.enum(['target', 'all'])]), days: int(1, 30) })),
  /** staff actions lost on the next day (command and control disrupted) */
  staff: z.optional(int(1, 10)),
  /** US support cut in percent for some days (funding fights, a change of administration) */
  support: z.optional(z.strictObject({ cut: int(1, 100), days: int(1, 365) })),
  resilience: z.optional(int(-50, 50)),
}));

export const cardSchema = lazySchema(() => z.strictObject({
  id: idSchema(),
  kind: z.enum(EVENT_KINDS),
  /** which contest decides it; omitted, it follows from the kind (PRESSURE_OF_KIND) */
  pressure: z.optional(z.enum(PRESSURE_KINDS)),
  title: text(80),
  text: text(400),
  axis: z.enum(AXIS_IDS),
  /** a nation (for will effects) */
  target: z.optional(z.enum(NATION_IDS)),
  /** the network a cyber or sabotage event hits; a cyber team there blunts it */
  network: z.optional(z.enum(NETWORKS)),
  severity: int(0, 80),
  /** first and last day it can fire; the seed picks the day */
  window: z.tuple([int(1, 365), int(1, 365)]),
  /** days of warning before it fires (more under ISR) */
  warning: int(0, 30),
  /** percent chance the card is in a given game */
  chance: int(0, 100),
  /** false: lands whatever the credibility (a US budget fight is not Moscow's to deter) */
  deterrable: z._default(z.boolean(), true),
  effect: effectSchema(),
}));

export const rulesSchema = lazySchema(() => z.strictObject({
  isrWarningDays: int(0, 30),
  isrCredibility: int(0, 50),
  batteryCredibility: int(0, 50),
  surgeCredibility: int(0, 100),
  surgeDays: int(1, 30),
  surgeRiskPercent: int(0, 100),
  exerciseDays: int(1, 30),
  exerciseInterop: int(0, 100),
  exerciseCredibility: int(0, 50),
  exerciseCredibilityDays: int(0, 60),
  planDays: int(1, 60),
  planCredibility: int(0, 50),
  protocolDays: int(1, 60),
  protocolCredibility: int(0, 50),
  protocolUnityNeeded: int(0, 100),
  prepoDays: int(1, 60),
  prepoTroops: int(100, 20000),
  prepoBudget: int(0, 100),
  prepoCredibility: int(0, 50),
  transshipDays: int(0, 10),
  troopsPerSortie: int(10, 1000),
  trainingPerDay: int(0, 20),
  munitionsDays: int(1, 60),
  munitionsResilience: int(0, 50),
  summitCooldown: int(0, 60),
  summitWill: int(0, 50),
  summitUnity: int(0, 50),
  reassureWill: int(0, 50),
  reassureCooldown: int(0, 30),
  commitTroops: int(0, 100000),
  commitDays: int(1, 60),
  commitCredibility: int(0, 50),
  commitBrokenUnity: int(0, 100),
  commitKeptUnity: int(0, 100),
  willPause: int(0, 100),
  ladderResolve: int(0, 30),
  randomResolve: int(0, 50),
  resolveGrowthDays: int(0, 365),
  resilienceDivisor: int(1, 50),
  fearWillPerDay: int(0, 20),
  fearFromRung: int(0, 5),
  grayZoneLadderCap: int(0, 5),
  unityDivisor: int(1, 50),
  willDivisor: int(1, 50),
  summitCredibility: int(0, 50),
  summitCredibilityDays: int(0, 60),
  cyberCredibility: int(0, 50),
  politicalStaff: int(0, 10),
  blindWarningDivisor: int(1, 10),
  blindSpread: int(0, 50),
  euroLiftSorties: int(0, 500),
  strikeLadder: int(0, 5),
  euroLiftDays: int(1, 60),
  euroLiftBudget: int(0, 100),
  testDelay: int(1, 30),
  testSpread: int(0, 30),
  redBudget: int(0, 500),
  redPlaysPerDay: int(1, 10),
  provocationTroops: int(100, 100000),
  surgeProvocation: int(0, 50),
}));
export type Rules = z.infer<ReturnType<typeof rulesSchema>>;

/**
 * A level cut to fit a lesson (levels/<id>-50min.json): the level it shortens, the minutes of the
 * lesson, and a staff pool per classroom role whose sum stays near the level's own staff actions,
 * so that par means the same for a class of teams as for one player.
 */
export const formatSchema = lazySchema(() => z.strictObject({
  of: idSchema(),
  minutes: int(20, 240),
  staff: z.strictObject({ lead: int(1, 20), ministers: int(1, 20), us: int(1, 20) }),
}));

export const levelSchema = lazySchema(() => z.strictObject({
  schemaVersion: z.literal(LEVEL_SCHEMA_VERSION),
  id: idSchema(),
  title: text(80),
  summary: text(300),
  /** the year the scenario is set in: facts that change with time (a brigade still forming)
   *  follow it; absent in older files and generated levels borrow the pool's */
  year: z.optional(int(1990, 2100)),
  briefing: text(4000),
  learningNotes: z._default(list(z.strictObject({ id: idSchema(), title: text(80), text: text(1500) }), 0, 30), []),
  /** the readiness day a strong human player should reach */
  par: int(1, 365),
  deadline: int(1, 365),
  staffActions: int(1, 30),
  /** the part of the map the camera opens on, in degrees */
  view: z.strictObject({ west: num(-12, 50), south: num(30, 72), east: num(-12, 50), north: num(30, 72) }),
  nodes: list(nodeSchema(), 2, 200),
  links: list(linkSchema(), 1, 600),
  axes: list(axisSchema(), 1, 3),
  nations: list(nationSchema(), 1, 11),
  enablers: z.strictObject({
    isr: int(0, 20), airlift: int(0, 500), missileDefence: int(0, 20), cyber: int(0, 20),
    training: int(0, 20), munitions: int(0, 20), surge: int(0, 10),
  }),
  budget: z.strictObject({ start: int(0, 1000), perDay: int(0, 100) }),
  start: z.strictObject({ unity: int(0, 100), ladder: int(0, 4), resilience: int(0, 100) }),
  unityFloor: int(0, 100),
  win: z.strictObject({ troops: int(1000, 200000), core: int(0, 50000), coreDeployDays: int(1, 60) }),
  deck: list(cardSchema(), 0, 200),
  /** overrides of the default rule constants (engine/defaultRules.ts) */
  rules: z._default(z.partial(rulesSchema()), {}),
  /** a classroom format of another level: the lesson it fits and each role's staff actions a day */
  format: z.optional(formatSchema()),
}));

export type LevelInput = z.input<ReturnType<typeof levelSchema>>;
export type Level = z.infer<ReturnType<typeof levelSchema>>;
export type Formation = z.infer<ReturnType<typeof formationSchema>>;
export type Nation = z.infer<ReturnType<typeof nationSchema>>;
export type MapNode = z.infer<ReturnType<typeof nodeSchema>>;
export type Link = z.infer<ReturnType<typeof linkSchema>>;
export type Axis = z.infer<ReturnType<typeof axisSchema>>;
export type Card = z.infer<ReturnType<typeof cardSchema>>;
export type LevelFormat = z.infer<ReturnType<typeof formatSchema>>;
