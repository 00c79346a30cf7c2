import type { AxisId, Network, NationId } from './ids';

/**
 * A player's intent for the day. Commands name things by their level ids (not array indices) so a
 * replay file stays readable and survives a level that gains formations at the end of a roster.
 */
export type Command =
  | { type: 'activate'; formation: string }
  | { type: 'move'; formation: string; to: string }
  | { type: 'airlift'; formation: string; to: string }
  | { type: 'preposition'; hub: string }
  | { type: 'exercise'; hub: string }
  | { type: 'plan'; axis: AxisId }
  | { type: 'protocol' }
  | { type: 'allocate'; enabler: 'isr'; axis: AxisId }
  | { type: 'allocate'; enabler: 'missileDefence'; hub: string }
  | { type: 'allocate'; enabler: 'cyber'; network: Network }
  | { type: 'allocate'; enabler: 'training'; formation: string }
  | { type: 'allocate'; enabler: 'munitions' }
  | { type: 'surge'; axis: AxisId }
  | { type: 'summit' }
  | { type: 'reassure'; nation: NationId }
  | { type: 'commit'; axis: AxisId }
  /** the coalition lead arranges European lift (A400M fleets, NATO's C-17s): small and slow */
  | { type: 'euroLift' }
  /** the person playing Moscow plays a card of its hand */
  | { type: 'play'; card: string }
  /** classroom facilitator: play a card of the level's deck at the end of today */
  | { type: 'inject'; card: string }
  /** classroom facilitator: push the deadline back */
  | { type: 'extend'; days: number };

export type CommandType = Command['type'];

export const COMMAND_TYPES: readonly CommandType[] = [
  'activate', 'move', 'airlift', 'preposition', 'exercise', 'plan', 'protocol', 'allocate', 'surge',
  'summit', 'reassure', 'commit', 'euroLift', 'play', 'inject', 'extend',
];

/** Staff actions each order costs (docs/design.md section 5: about six a day in all). */
export const STAFF_COST: Record<CommandType, number> = {
  activate: 1, move: 1, airlift: 1, preposition: 2, exercise: 2, plan: 2, protocol: 3,
  allocate: 1, surge: 2, summit: 4, reassure: 1, commit: 1, euroLift: 3,
  // Moscow spends its own pressure budget, not staff actions.
  play: 0,
  // The facilitator's interventions are not the players' staff work.
  inject: 0, extend: 0,
};
