/**
 * Names of the pre-rendered APP-6 symbols and how game concepts map onto them.
 *
 * Pure data and functions: this module must not import milsymbol. The symbols are rendered
 * once at build time (tools/build-symbols.ts) into assets/symbols/*.svg, and the game only
 * needs to know which file to show, so the browser ships no symbol code at all.
 */

/** Arms of service a formation can have. Each has its own APP-6 icon inside the frame. */
export const ARMS = [
  'infantry',
  'mechanised',
  'armour',
  'airborne',
  'marine',
  'light',
  'artillery',
  'recon',
] as const;
export type Arm = (typeof ARMS)[number];

/**
 * Echelons the roster uses: `bg` = battalion-size battlegroup (APP-6 echelon II, ~1,000-1,500),
 * `bde` = brigade (echelon X, ~4,000-5,500). See docs/design.md section 3.
 */
export const ECHELONS = ['bg', 'bde'] as const;
export type Echelon = (typeof ECHELONS)[number];

/** The formation kinds the engine speaks of, and the echelon each is drawn at. */
export type FormationKind = 'battlegroup' | 'brigade';
const ECHELON_OF_KIND: Readonly<Record<FormationKind, Echelon>> = {
  battlegroup: 'bg',
  brigade: 'bde',
};

export type UnitSymbolKey = `${Echelon}-${Arm}`;

/** The coalition's multinational headquarters. */
export const HQ_SYMBOL_KEY = 'hq' as const;

/** Markers for Moscow's escalation events (hostile frame, hostile colour). */
export const EVENT_SYMBOL_KEYS = [
  'event-pressure',
  'event-cyber',
  'event-strike',
  'event-nuclear',
  'event-buildup',
  'event-air',
] as const;
export type EventSymbolKey = (typeof EVENT_SYMBOL_KEYS)[number];

export type SymbolKey = UnitSymbolKey | typeof HQ_SYMBOL_KEY | EventSymbolKey;

/** Every unit key, echelon-major so that the brigade and battlegroup sets sit together. */
export const UNIT_SYMBOL_KEYS: readonly UnitSymbolKey[] = ECHELONS.flatMap((echelon) =>
  ARMS.map((arm): UnitSymbolKey => `${echelon}-${arm}`),
);

/** Every symbol the build writes, in manifest order. */
export const SYMBOL_KEYS: readonly SymbolKey[] = [
  ...UNIT_SYMBOL_KEYS,
  HQ_SYMBOL_KEY,
  ...EVENT_SYMBOL_KEYS,
];

export function isSymbolKey(value: string): value is SymbolKey {
  return (SYMBOL_KEYS as readonly string[]).includes(value);
}

/** The symbol for a formation: e.g. ('brigade', 'armour') -> 'bde-armour'. */
export function symbolKeyFor(kind: FormationKind, arm: Arm): UnitSymbolKey {
  return `${ECHELON_OF_KIND[kind]}-${arm}`;
}

/**
 * Escalation event kinds of docs/design.md section 6, lightest to heaviest. The engine owns the real
 * event type; this list exists so the mapping below can be checked to be total.
 */
export const ESCALATION_EVENT_KINDS = [
  'protest',
  'veto',
  'counterProposal',
  'delay',
  'disinformation',
  'energy',
  'cyber',
  'sabotage',
  'jamming',
  'airspace',
  'snapExercise',
  'buildup',
  'strike',
  'nuclear',
  'attack',
] as const;
export type EscalationEventKind = (typeof ESCALATION_EVENT_KINDS)[number];

/**
 * Which marker each event shows. Markers group events by what the player can do about them,
 * so the icon hints at the counter:
 * - political and information pressure (talks, vetoes, propaganda, energy/migration coercion)
 *   share the influence-operations marker: diplomacy and unity answer them;
 * - cyber, sabotage and GPS jamming hit networks (rail, power, C2): cyber-defence teams blunt
 *   both cyber and sabotage (docs/design.md section 3), so they share the cyber/EW marker;
 * - snap exercises, build-ups and the final attack are massed ground forces on an axis;
 * - airspace violations are hostile aircraft/drones; strikes are missiles; nuclear threats CBRN.
 */
const EVENT_MARKER: Readonly<Record<EscalationEventKind, EventSymbolKey>> = {
  protest: 'event-pressure',
  veto: 'event-pressure',
  counterProposal: 'event-pressure',
  delay: 'event-pressure',
  disinformation: 'event-pressure',
  energy: 'event-pressure',
  cyber: 'event-cyber',
  sabotage: 'event-cyber',
  jamming: 'event-cyber',
  airspace: 'event-air',
  snapExercise: 'event-buildup',
  buildup: 'event-buildup',
  strike: 'event-strike',
  nuclear: 'event-nuclear',
  attack: 'event-buildup',
};

/** The marker for an escalation event kind; unknown kinds get the generic pressure marker. */
export function eventSymbolKey(eventKind: string): EventSymbolKey {
  // hasOwn, not `in`: a kind called e.g. 'toString' must not reach Object.prototype.
  return Object.hasOwn(EVENT_MARKER, eventKind)
    ? EVENT_MARKER[eventKind as EscalationEventKind]
    : 'event-pressure';
}

/**
 * The colours baked into the symbols, for the rest of the game to match (HUD, map lines, legends).
 *
 * Blue/orange is the pair that stays apart for all common colour-vision deficiencies: red-green
 * dichromats (deuteranopia, protanopia) keep the blue-yellow axis, on which these two sit at
 * opposite ends, and orange is also darker than the blue (CIELAB L* 57 vs 70), so the pair
 * differs in lightness too. Simulated (Machado 2009) the pair stays ~90-120 CIELAB units apart
 * for deuteranopes, protanopes and tritanopes, where APP-6's default light blue / light red
 * (#80E0FF / #FF8080) drops to 56 and 41 for the first two (checked in tests/symbols).
 * - friendly: Okabe-Ito "sky blue", the fill of every friendly frame (replaces APP-6 #80E0FF);
 * - hostile: the orange of the widely used colour-blind-safe pair #E66100/#5D3A9B, the fill of
 *   every hostile frame (replaces APP-6 #FF8080);
 * - friendlyDark / hostileDark: the same hues, darker (Okabe-Ito "blue" and a burnt orange), for
 *   lines and text on light panels; not used inside the SVGs;
 * - neutral: the light halo drawn around every symbol so its black frame and echelon marks stay
 *   visible on the dark map (#1b2430); also fits neutral, unaffiliated map elements.
 * Frames and icons stay APP-6 black: on both fills black has the strongest contrast.
 */
export const PALETTE = {
  friendly: '#56B4E9',
  friendlyDark: '#0072B2',
  hostile: '#E66100',
  hostileDark: '#A34700',
  neutral: '#E8ECEF',
} as const;
