/**
 * Why an order cannot be given. Each refusal has a stable code (for tests, translations and the
 * UI's disabled buttons) and an English sentence a player can act on. Translations supply their
 * own templates for the same codes and placeholders.
 */
export const REFUSAL_TEXT = {
  gameOver: 'The game is over: no more orders can be given.',
  malformed: 'This order is not understood: {detail}.',
  unknownFormation: 'There is no formation "{id}" in this level.',
  unknownNode: 'There is no place "{id}" on this map.',
  unknownAxis: 'There is no {id} axis in this level.',
  unknownNation: '{id} is not a guarantor in this level.',
  noStaff: '{role} has {left} staff action(s) left today; this order needs {cost}.',
  noRole: 'No staff pool serves the {role} role in this game.',
  notInReserve: '{name} is already {status}.',
  lowWill: "{nation}'s political will is {will}; {name} needs {threshold} to be activated.",
  notReady: '{name} is not ready to move: it is {status}.',
  busy: '{name} is taking part in a joint exercise for {days} more day(s).',
  disrupted: '{name} is disrupted by a strike for {days} more day(s).',
  sameNode: '{name} is already at {node}.',
  noRoute: 'No open road, rail or sea route leads from {from} to {to}.',
  notAirfield: '{node} has no airfield.',
  noAirRoute: 'No air route links {from} and {to}.',
  noSorties: 'Flying {name} needs {needed} airlift sorties; {left} are left today.',
  notStagingHub: '{node} is not a staging hub.',
  prepoExists: 'Equipment is already pre-positioned or being stocked at {node}.',
  noBudget: 'This needs {cost} budget; the coalition has {budget}.',
  exerciseNations: 'A joint exercise needs ready formations of at least two nations at {node}; there are {count}.',
  exerciseRunning: 'An exercise is already under way at {node}.',
  planExists: 'The {axis} contingency plan is already {state}.',
  protocolExists: 'The rapid-reaction protocol is already {state}.',
  lowUnity: 'Coalition unity is {unity}; this needs at least {needed}.',
  noCapacity: 'No {enabler} capacity is available today.',
  alreadyAllocated: '{enabler} is already assigned to {target}.',
  noMunitions: 'All {cap} munitions programmes are already under way.',
  noSurge: 'The US has no surge left to offer in this level ({used} of {cap} used).',
  surgeActive: 'A surge is already under way on the {axis} axis until day {until}.',
  summitCooldown: 'The last summit was on day {last}; the next can meet on day {next}.',
  reassureCooldown: '{nation} was reassured on day {last}; again from day {next}.',
  willFull: "{nation}'s will is already at its maximum.",
  commitExists: 'A public commitment on the {axis} axis is already {state}.',
  trainingDone: '{name} is already fully interoperable.',
  notMobilised: '{name} has not been activated yet.',
} as const;

export type RefusalCode = keyof typeof REFUSAL_TEXT;

export interface Refusal {
  code: RefusalCode;
  params: Record<string, string | number>;
  text: string;
}

export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function refuse(code: RefusalCode, params: Record<string, string | number> = {}): Refusal {
  // The sentence is built on first read: bots ask about many orders and read few refusals.
  return { code, params, get text() { return fillTemplate(REFUSAL_TEXT[code], params); } };
}
