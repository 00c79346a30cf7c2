/**
 * Which keys the map answers and when it must leave them alone. Pure (takes the facts as plain
 * values) so the policy is tested in Node.
 */

export type MapKey = 'left' | 'right' | 'up' | 'down' | 'zoomIn' | 'zoomOut' | 'reset';

// Letters are the order shortcuts (A activate, D missile defence, S surge, W munitions...), so the
// map pans with the arrow keys only.
const KEYS: Readonly<Record<string, MapKey>> = {
  ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down',
  '+': 'zoomIn', '=': 'zoomIn', '-': 'zoomOut', _: 'zoomOut', '0': 'reset',
};

export function mapKeyFor(key: string): MapKey | null {
  return Object.hasOwn(KEYS, key) ? KEYS[key]! : null;
}

/** Roles of widgets that use the arrow keys themselves (ARIA authoring practices). */
const ARROW_WIDGETS = new Set(['listbox', 'menu', 'menubar', 'radiogroup', 'tablist', 'grid', 'tree', 'toolbar', 'slider', 'spinbutton', 'combobox']);

export interface FocusFacts {
  /** tag name of document.activeElement, upper case */
  tag: string | null;
  editable: boolean;
  /** ARIA roles of the focused element and its ancestors */
  roles: readonly string[];
}

export interface KeyFacts {
  key: string;
  ctrl: boolean;
  meta: boolean;
  alt: boolean;
  /** another handler (the DOM's order shortcuts) already took it */
  defaultPrevented: boolean;
  /** a modal dialog holds the page (store ui.modal) */
  modal: boolean;
  focus: FocusFacts;
}

/** The map key this press means, or null when the map must ignore it. */
export function mapKeyToHandle(k: KeyFacts): MapKey | null {
  if (k.defaultPrevented || k.ctrl || k.meta || k.alt || k.modal) return null;
  const tag = k.focus.tag;
  if (k.focus.editable || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return null;
  const key = mapKeyFor(k.key);
  if (!key) return null;
  const arrow = k.key.startsWith('Arrow');
  if (arrow && k.focus.roles.some((r) => ARROW_WIDGETS.has(r))) return null;
  return key;
}
