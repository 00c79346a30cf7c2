import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { t } from '../../i18n';
import { h } from '../dom';
import { classroomEndTurn, isClassroom } from '../classroom/classroomView';
import { undoAt } from '../orders/todayOrders';
import { watch } from '../watch';

/** End day, fast-forward and undo, as the keyboard handler runs them too. */
/** False (and says why) while a prepared order waits: ending the day would silently drop it. */
function readyToEnd(store: GameStore, actions: Actions): boolean {
  const s = store.getState();
  if (s.session?.state.status !== 'playing') return false;
  if (!s.ui.pending) return true;
  actions.notify('refusal', { ui: 'controls.pendingWaits' });
  return false;
}

export function endDayNow(store: GameStore, actions: Actions): void {
  if (!readyToEnd(store, actions)) return;
  // A classroom game ends a team's turn; the day ends when every team has ended its own.
  if (isClassroom(store.getState().session)) classroomEndTurn(store, actions);
  else actions.endDay();
}

export function advanceNow(store: GameStore, actions: Actions): void {
  if (!readyToEnd(store, actions)) return;
  if (isClassroom(store.getState().session)) {
    actions.notify('refusal', { ui: 'class.noAdvance' });
    return;
  }
  const from = store.getState().session!.state.day;
  const n = actions.advance();
  if (n > 1) actions.notify('info', { ui: 'controls.advanced', params: { n, from, to: store.getState().session!.state.day } });
}

export function createControls(store: GameStore, actions: Actions): HTMLElement {
  const btn = (text: string, key: string, on: () => void, cls = '', shortcut?: string, name?: string) =>
    h('button', { class: cls, attrs: { type: 'button', 'data-key': key, 'aria-keyshortcuts': shortcut, 'aria-label': name, title: name }, text, on: { click: on } });
  const undo = btn(t('controls.undo'), 'undo', () => undoAt(store, actions), '', 'U Control+Z');
  // Short on screen; the full name (which starts with the visible word) for assistive tech.
  const advance = btn(t('controls.advance'), 'advance', () => advanceNow(store, actions), '', 'F', t('controls.advanceName'));
  const end = btn(t('controls.endDay'), 'end-day', () => endDayNow(store, actions), 'primary', 'E');
  const result = btn(t('controls.result'), 'result', () => actions.toggle('resultOpen', true), 'primary');
  const el = h('div', { class: 'controls', attrs: { role: 'toolbar', 'aria-label': t('controls.toolbar') } },
    undo, advance, end, result,
    btn(t('controls.log'), 'log', () => actions.toggle('logOpen'), 'minor', 'J'),
    btn(t('controls.help'), 'help', () => actions.toggle('helpOpen', true), 'minor', 'F1'),
    btn(t('controls.settings'), 'settings', () => actions.toggle('settingsOpen', true), 'minor'),
    btn(t('controls.menu'), 'menu', () => actions.toggle('menuOpen', true), 'minor'));
  // Undo stays enabled with nothing to undo (it says so): disabling the focused button would
  // drop a keyboard player's focus onto the page. At the end, the day's buttons give way to Result.
  watch(store, (s) => [s.session?.state.status, s.session?.viewOnly, s.session?.classroom], (s) => {
    // A replay being watched has its own controls over the map (ui/share/viewerBar.ts).
    const watching = Boolean(s.session?.viewOnly);
    const playing = s.session?.state.status === 'playing' && !watching;
    const classroom = isClassroom(s.session);
    // A seat of a live class (src/ui/live): orders given are the server's, not undone here.
    const live = actions.isLive();
    for (const b of [end, advance, undo]) b.hidden = !playing;
    // In a classroom game each team ends its own turn; fast-forwarding would skip the others.
    if (classroom || live) advance.hidden = true;
    if (live) undo.hidden = true;
    end.textContent = t(classroom || live ? 'class.endTurn' : 'controls.endDay');
    result.hidden = playing || watching || !s.session;
  });
  return el;
}
