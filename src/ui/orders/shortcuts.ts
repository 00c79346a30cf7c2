/**
 * Every keyboard shortcut in one table: the key handler, the order buttons' hints and the help
 * overlay all read it, so a key shown is a key that works.
 */
export type OrderKey =
  | 'activate' | 'move' | 'airlift' | 'training' | 'exercise' | 'preposition' | 'missileDefence'
  | 'isr' | 'plan' | 'commit' | 'surge' | 'summit' | 'protocol' | 'munitions' | 'cyber' | 'reassure';

/** One letter per order; the order applies to what is selected (see orderContext.ts). */
export const ORDER_SHORTCUTS: Readonly<Record<OrderKey, string>> = {
  activate: 'A', move: 'M', airlift: 'L', training: 'T',
  exercise: 'X', preposition: 'P', missileDefence: 'D',
  isr: 'I', plan: 'C', commit: 'V', surge: 'S',
  summit: 'G', protocol: 'R', munitions: 'W', cyber: 'Y', reassure: 'N',
};

export interface HelpRow { keys: string; what: string }

export const GENERAL_SHORTCUTS: readonly HelpRow[] = [
  { keys: 'E or Enter', what: 'End day (Enter only when no button has the focus)' },
  { keys: 'F', what: 'Advance to next event: end days until something needs a decision' },
  { keys: 'U or Ctrl+Z', what: 'Undo the last order given today' },
  { keys: '] and [', what: 'Select the next or previous formation' },
  { keys: '1 to 9', what: 'Pick an entry of an open choice list' },
  { keys: 'Tab, arrow keys', what: 'Move between buttons; arrows move within a list' },
  { keys: 'J', what: 'Open or close the day log' },
  { keys: '? or F1', what: 'This help' },
  { keys: 'Esc', what: 'Close the open list or dialog, cancel a prepared move, clear the selection' },
];

export const MAP_HELP: readonly HelpRow[] = [
  { keys: 'Arrow keys', what: 'Pan the map (when no list or field has the focus)' },
  { keys: '+ and -', what: 'Zoom in and out; 0 goes back to the opening view' },
  { keys: 'Drag, wheel', what: 'Pan with the mouse; zoom around the pointer' },
  { keys: 'Click', what: 'Select a formation, hub, axis or threat' },
  { keys: 'Right-click', what: 'With a formation selected: prepare a move to that place (Shift: an airlift)' },
];

export const ORDER_HELP: readonly HelpRow[] = [
  { keys: ORDER_SHORTCUTS.activate, what: 'Activate the selected formation (starts its notice-to-move)' },
  { keys: ORDER_SHORTCUTS.move, what: 'Move the selected formation: choose a destination, then confirm' },
  { keys: ORDER_SHORTCUTS.airlift, what: 'Airlift the selected formation: choose an airfield, then confirm' },
  { keys: ORDER_SHORTCUTS.training, what: 'US training for the selected formation' },
  { keys: ORDER_SHORTCUTS.exercise, what: 'Joint exercise at the selected hub (or the selected formation’s hub)' },
  { keys: ORDER_SHORTCUTS.preposition, what: 'Pre-position equipment at the selected hub' },
  { keys: ORDER_SHORTCUTS.missileDefence, what: 'Missile-defence battery at the selected hub' },
  { keys: ORDER_SHORTCUTS.isr, what: 'ISR over the selected axis (or the hub’s axis)' },
  { keys: ORDER_SHORTCUTS.plan, what: 'Contingency plan for the selected axis' },
  { keys: ORDER_SHORTCUTS.commit, what: 'Public commitment on the selected axis' },
  { keys: ORDER_SHORTCUTS.surge, what: 'US air and naval surge near the selected axis' },
  { keys: ORDER_SHORTCUTS.summit, what: 'Leaders’ summit' },
  { keys: ORDER_SHORTCUTS.protocol, what: 'Rapid-reaction protocol' },
  { keys: ORDER_SHORTCUTS.munitions, what: 'Munitions programme for Ukraine' },
  { keys: ORDER_SHORTCUTS.cyber, what: 'Cyber defence: choose a network' },
  { keys: ORDER_SHORTCUTS.reassure, what: 'Reassure a guarantor: choose a nation' },
];
