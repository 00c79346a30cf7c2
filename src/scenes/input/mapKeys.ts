/**
 * The map's keys, listened to on the window: the arrows pan while held, + and - zoom, 0 goes
 * back to the level's view. Keys are taken (preventDefault) only when the map acts on them, never
 * while a form field has the focus or a modal dialog is open, and never when the DOM's own
 * shortcuts already handled the key.
 */
import { mapKeyFor, mapKeyToHandle, type FocusFacts, type MapKey } from './keyPolicy';

export interface MapKeyHandlers {
  isModal(): boolean;
  /** a one-shot key (zoom or reset) */
  press(key: MapKey): void;
  /** any key at all: skips running animations */
  anyKey(): void;
}

function focusFacts(): FocusFacts {
  const el = document.activeElement;
  const roles: string[] = [];
  for (let n: Element | null = el; n; n = n.parentElement) {
    const r = n.getAttribute('role');
    if (r) roles.push(r);
  }
  return { tag: el ? el.tagName : null, editable: el instanceof HTMLElement && el.isContentEditable, roles };
}

/** Returns the held pan directions (live) and a function that removes the listeners. */
export function listenMapKeys(h: MapKeyHandlers): { held: Set<MapKey>; dispose(): void } {
  const held = new Set<MapKey>();
  const down = (ev: KeyboardEvent) => {
    h.anyKey();
    const key = mapKeyToHandle({
      key: ev.key, ctrl: ev.ctrlKey, meta: ev.metaKey, alt: ev.altKey, defaultPrevented: ev.defaultPrevented,
      modal: h.isModal(), focus: focusFacts(),
    });
    if (!key) return;
    ev.preventDefault();
    if (key === 'left' || key === 'right' || key === 'up' || key === 'down') held.add(key);
    else if (!ev.repeat || key !== 'reset') h.press(key);
  };
  const up = (ev: KeyboardEvent) => {
    const k = mapKeyFor(ev.key);
    if (k) held.delete(k);
  };
  const blur = () => held.clear();
  window.addEventListener('keydown', down);
  window.addEventListener('keyup', up);
  window.addEventListener('blur', blur);
  return {
    held,
    dispose() {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', blur);
      held.clear();
    },
  };
}
