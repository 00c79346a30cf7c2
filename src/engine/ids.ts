/**
 * The fixed vocabularies of the game. They live apart from the level schema so that the engine
 * (which ships in the first browser chunk) does not pull the schema library in with them.
 */

/** The eleven guarantor states of the design (ISO 3166-1 alpha-2; the United Kingdom as GB). */
export const NATION_IDS = ['PL', 'EE', 'LV', 'LT', 'FI', 'SE', 'NO', 'DK', 'FR', 'DE', 'GB'] as const;
export type NationId = (typeof NATION_IDS)[number];

export const NATION_NAMES: Record<NationId, string> = {
  PL: 'Poland', EE: 'Estonia', LV: 'Latvia', LT: 'Lithuania', FI: 'Finland', SE: 'Sweden',
  NO: 'Norway', DK: 'Denmark', FR: 'France', DE: 'Germany', GB: 'United Kingdom',
};

export const AXIS_IDS = ['north', 'east', 'south'] as const;
export type AxisId = (typeof AXIS_IDS)[number];

export const NODE_KINDS = ['garrison', 'hub', 'airfield', 'port', 'rail', 'capital'] as const;

export const LINK_KINDS = ['road', 'rail', 'sea', 'air'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const ARMS = ['infantry', 'mechanised', 'armour', 'airborne', 'marine', 'light', 'artillery', 'recon'] as const;
export type Arm = (typeof ARMS)[number];

export const NETWORKS = ['rail', 'power', 'c2'] as const;
export type Network = (typeof NETWORKS)[number];

/** Moscow's repertoire, lightest to heaviest (docs/design.md section 6), plus US funding fights. */
export const EVENT_KINDS = [
  'protest', 'veto', 'counterProposal', 'delay', 'disinformation', 'energy', 'cyber', 'sabotage',
  'jamming', 'airspace', 'snapExercise', 'buildup', 'strike', 'nuclear', 'attack', 'funding',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * The three kinds of pressure, each decided by its own contest (rules/contest.ts): political and
 * diplomatic pressure by unity and will, gray-zone pressure by resilience and attribution,
 * military and nuclear pressure by ready forces. Only military pressure climbs past the cap.
 */
export const PRESSURE_KINDS = ['political', 'grayZone', 'military'] as const;
export type Pressure = (typeof PRESSURE_KINDS)[number];

/** The pressure a card exerts when its level does not say: from what kind of card it is. */
export const PRESSURE_OF_KIND: Record<EventKind, Pressure> = {
  protest: 'political', veto: 'political', counterProposal: 'political', delay: 'political', funding: 'political',
  disinformation: 'grayZone', energy: 'grayZone', cyber: 'grayZone', sabotage: 'grayZone', jamming: 'grayZone', airspace: 'grayZone',
  snapExercise: 'military', buildup: 'military', strike: 'military', nuclear: 'military', attack: 'military',
};

/** US enablers whose capacity can be allocated or lost. */
export const ENABLER_KINDS = ['isr', 'missileDefence', 'cyber', 'training', 'munitions', 'airlift'] as const;
export type EnablerKind = (typeof ENABLER_KINDS)[number];

/** The escalation ladder (docs/design.md section 6): reaching the last rung loses the game. */
export const LADDER_RUNGS = ['gray zone', 'coercion', 'crisis', 'strikes', 'mobilisation', 'war'] as const;
export const WAR_RUNG = LADDER_RUNGS.length - 1;

/** Speedrun splits (docs/design.md section 7), in the order a run usually meets them. */
export const MILESTONE_IDS = [
  'firstStaged', 'coreReady', 'ready10k', 'ready20k', 'ready30k', 'ready40k', 'coreCertified', 'forceStoodUp',
] as const;
export type MilestoneId = (typeof MILESTONE_IDS)[number];
