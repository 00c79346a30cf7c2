import { indexLevel } from '../engine';
import type { Actions } from '../store/actions';
import type { GameStore } from '../store/gameStore';
import { advanceNow, endDayNow } from './hud/controls';
import { togglePanel } from './hud/panelToggle';
import { contextOf, optionForKey } from './orders/orderOptions';
import { runOption } from './orders/runOption';
import { ORDER_SHORTCUTS, type OrderKey } from './orders/shortcuts';
import { undoAt } from './orders/todayOrders';

const BY_LETTER = new Map<string, OrderKey>(Object.entries(ORDER_SHORTCUTS).map(([order, key]) => [key.toLowerCase(), order as OrderKey]));

/** Elements that own their keys: typing in them, or pressing Enter on them, is theirs. */
function ownsKeys(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(t.tagName));
}
function ownsEnter(t: EventTarget | null): boolean {
  return t instanceof HTMLElement && (ownsKeys(t) || ['BUTTON', 'A', 'SUMMARY'].includes(t.tagName));
}

/**
 * The game's keys (the table in orders/shortcuts.ts). Keys act at once, never waiting for an
 * animation; they are ignored while typing, and while a modal dialog holds the page (the dialog
 * handles its own keys, Esc included).
 */
export function installKeyboard(store: GameStore, actions: Actions, target: Document = document): () => void {
  const onKey = (ev: KeyboardEvent) => {
    if (ev.defaultPrevented || ev.isComposing) return;
    const s = store.getState();
    if (s.ui.screen !== 'game' || !s.session) return;
    if (document.querySelector('dialog[open]') || s.ui.classroom.view !== null) return;
    if (ownsKeys(ev.target)) return;
    const key = ev.key;
    if ((ev.ctrlKey || ev.metaKey) && !ev.altKey && key.toLowerCase() === 'z') {
      ev.preventDefault();
      undoAt(store, actions);
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const handled = handle(key, ev.target, store, actions);
    if (handled) ev.preventDefault();
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}

function handle(key: string, target: EventTarget | null, store: GameStore, actions: Actions): boolean {
  const s = store.getState();
  const g = s.session!;
  switch (key) {
    case 'Enter':
      if (ownsEnter(target)) return false;
      endDayNow(store, actions);
      return true;
    case 'e': case 'E': endDayNow(store, actions); return true;
    case 'f': case 'F': advanceNow(store, actions); return true;
    case 'u': case 'U': undoAt(store, actions); return true;
    case '?': case 'F1': actions.toggle('helpOpen', true); return true;
    case 'j': case 'J': actions.toggle('logOpen'); return true;
    case 'q': case 'Q': togglePanel(store, actions); return true;
    case ']': case '[': cycleFormation(store, actions, key === ']' ? 1 : -1); return true;
    case 'Escape': return escape(store, actions);
  }
  const order = BY_LETTER.get(key.toLowerCase());
  if (!order || g.state.status !== 'playing') return false;
  const o = optionForKey(g, contextOf(g, s.ui.selection), order);
  if ('need' in o) actions.notify('refusal', o.need);
  else runOption(o, store, actions);
  return true;
}

/** Esc peels one layer: a prepared move, then the day log, then the day's report, then the selection. */
function escape(store: GameStore, actions: Actions): boolean {
  const ui = store.getState().ui;
  if (ui.pending) actions.cancelPending();
  else if (ui.logOpen) actions.toggle('logOpen', false);
  else if (ui.summaryOpen) actions.toggle('summaryOpen', false);
  else if (ui.selection) actions.select(null);
  else return false;
  return true;
}

function cycleFormation(store: GameStore, actions: Actions, step: 1 | -1): void {
  const s = store.getState();
  const g = s.session!;
  const list = indexLevel(g.level).formations;
  if (list.length === 0) return;
  const at = s.ui.selection?.kind === 'formation' ? list.findIndex((f) => f.id === s.ui.selection!.id) : -1;
  const next = at < 0 ? list[step > 0 ? 0 : list.length - 1]! : list[(at + step + list.length) % list.length]!;
  actions.select({ kind: 'formation', id: next.id });
}
