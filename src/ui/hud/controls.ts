import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h } from '../dom';
import { undoAt } from '../orders/todayOrders';
import { watch } from '../watch';

/** End day, fast-forward and undo, as the keyboard handler runs them too. */
/** False (and says why) while a prepared order waits: ending the day would silently drop it. */
function readyToEnd(store: GameStore, actions: Actions): boolean {
  const s = store.getState();
  if (s.session?.state.status !== 'playing') return false;
  if (!s.ui.pending) return true;
  actions.notify('refusal', 'An order is waiting for confirmation: confirm it (Enter) or cancel it (Esc) before ending the day.');
  return false;
}

export function endDayNow(store: GameStore, actions: Actions): void {
  if (readyToEnd(store, actions)) actions.endDay();
}

export function advanceNow(store: GameStore, actions: Actions): void {
  if (!readyToEnd(store, actions)) return;
  const from = store.getState().session!.state.day;
  const n = actions.advance();
  if (n > 1) actions.notify('info', `Advanced ${n} days, from day ${from} to day ${store.getState().session!.state.day}.`);
}

export function createControls(store: GameStore, actions: Actions): HTMLElement {
  const btn = (text: string, key: string, on: () => void, cls = '', shortcut?: string, name?: string) =>
    h('button', { class: cls, attrs: { type: 'button', 'data-key': key, 'aria-keyshortcuts': shortcut, 'aria-label': name, title: name }, text, on: { click: on } });
  const undo = btn('Undo', 'undo', () => undoAt(store, actions), '', 'U Control+Z');
  // Short on screen; the full name (which starts with the visible word) for assistive tech.
  const advance = btn('Advance »', 'advance', () => advanceNow(store, actions), '', 'F', 'Advance to next event');
  const end = btn('End day', 'end-day', () => endDayNow(store, actions), 'primary', 'E');
  const result = btn('Result', 'result', () => actions.toggle('resultOpen', true), 'primary');
  const el = h('div', { class: 'controls', attrs: { role: 'toolbar', 'aria-label': 'Day controls' } },
    undo, advance, end, result,
    btn('Day log', 'log', () => actions.toggle('logOpen'), 'minor', 'J'),
    btn('Help', 'help', () => actions.toggle('helpOpen', true), 'minor', 'F1'),
    btn('Settings', 'settings', () => actions.toggle('settingsOpen', true), 'minor'),
    btn('Menu', 'menu', () => actions.toggle('menuOpen', true), 'minor'));
  // Undo stays enabled with nothing to undo (it says so): disabling the focused button would
  // drop a keyboard player's focus onto the page. At the end, the day's buttons give way to Result.
  watch(store, (s) => [s.session?.state.status, s.session?.viewOnly], (s) => {
    // A replay being watched has its own controls over the map (ui/share/viewerBar.ts).
    const watching = Boolean(s.session?.viewOnly);
    const playing = s.session?.state.status === 'playing' && !watching;
    for (const b of [end, advance, undo]) b.hidden = !playing;
    result.hidden = playing || watching || !s.session;
  });
  return el;
}
