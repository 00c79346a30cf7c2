/**
 * The facilitator's panel, behind the PIN the teacher set: pause, inject a prepared event from the
 * level's deck, show or hide the intel estimate, extend the deadline, add a note to the record.
 * Inject and extend are engine orders (recorded in the replay, so the class's games still
 * verify); notes are not rules: they stay in the session and travel with the exported replay.
 */
import { MAX_EXTENSION } from '../../engine/rules/facilitatorOrders';
import { facilitatorOrder, setPaused, tryFacilitatorPin } from '../../store/classroomActions';
import { t } from '../../i18n';
import { lt } from '../../i18n/levelText';
import { NOTE_MAX } from '../../replay/replaySchema';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { createModal } from '../dialogs/modal';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { createLessonClock, refreshLessonClocks } from './lessonClock';
import { openGuide } from './navigation';
import { presentationControl } from '../dialogs/settingsControls';
import '../../i18n/screenText'; // the English of the classroom's screens, loaded with them

export function createPinDialog(store: GameStore, actions: Actions): HTMLDialogElement {
  const modal = createModal('facilitator-pin', t('class.pinTitle'), () => {
    if (store.getState().ui.classroom.facilitator === 'pin') actions.classroomUi({ facilitator: null });
  });
  const input = h('input', { attrs: { type: 'password', id: 'pin-input', inputmode: 'numeric', autocomplete: 'off', maxlength: 8, 'aria-describedby': 'pin-error' } });
  const error = h('p', { class: 'field-error', attrs: { id: 'pin-error', role: 'alert' } });
  const form = h('form', { class: 'pin-form' },
    h('div', { class: 'field' }, h('label', { attrs: { for: 'pin-input' }, text: t('class.pinLabel') }), input),
    error,
    h('div', { class: 'buttons' }, h('button', { class: 'primary', attrs: { type: 'submit', 'data-key': 'pin-ok' }, text: t('class.pinOpen') })));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const r = tryFacilitatorPin(store, actions, input.value, Date.now());
    // Right or wrong, the PIN does not stay in the page.
    input.value = '';
    if (r?.ok) {
      error.textContent = '';
      actions.classroomUi({ facilitator: 'panel' });
    } else if (r) {
      const seconds = Math.ceil(r.waitMs / 1000);
      error.textContent = r.locked ? t('class.pinLocked', { seconds }) : seconds > 0 ? `${t('class.pinWrong')} ${t('class.pinWait', { seconds })}` : t('class.pinWrong');
      input.focus();
    }
  });
  modal.body.append(h('p', { class: 'hint', text: t('class.pinHint') }), form);
  watch(store, (s) => [s.ui.classroom.facilitator], (s) => {
    const open = s.ui.classroom.facilitator === 'pin';
    if (open && !modal.el.open) { input.value = ''; error.textContent = ''; }
    modal.sync(open);
    if (open) input.focus();
  });
  return modal.el;
}

export function createFacilitatorPanel(store: GameStore, actions: Actions): HTMLDialogElement {
  const modal = createModal('facilitator', t('class.facilitatorTitle'), () => actions.classroomUi({ facilitator: null }), { wide: true });
  const cardSelect = h('select', { attrs: { id: 'fac-card' } });
  const days = h('input', { attrs: { type: 'number', id: 'fac-days', min: 1, max: MAX_EXTENSION, value: 5 } });
  const note = h('textarea', { attrs: { id: 'fac-note', rows: 3, maxlength: NOTE_MAX } });
  const pause = h('button', { attrs: { type: 'button', 'data-key': 'fac-pause' } });
  const intel = h('input', { attrs: { type: 'checkbox', id: 'fac-intel', 'data-setting': 'showIntel' } });
  const deadline = h('p', { class: 'hint' });
  const notes = h('ol', { class: 'fac-notes' });
  const injected = h('p', { class: 'hint' });

  pause.addEventListener('click', () => {
    const c = store.getState().session?.classroom;
    if (c) setPaused(store, actions, !c.paused);
  });
  intel.addEventListener('change', () => actions.updateSettings({ showIntel: intel.checked }));
  const inject = () => {
    const g = store.getState().session;
    if (!g || !cardSelect.value) return;
    const r = facilitatorOrder(actions, { type: 'inject', card: cardSelect.value });
    if (!r) actions.notify('info', t('class.injected', { card: lt(g.level).card(cardSelect.value).title, day: g.state.day }));
  };
  const extend = () => {
    const g = store.getState().session;
    const n = Number(days.value);
    if (!g) return;
    const r = facilitatorOrder(actions, { type: 'extend', days: n });
    if (!r) actions.notify('info', { ui: 'class.extended', params: { day: store.getState().session!.state.deadline } });
  };
  const addIt = () => {
    if (actions.addNote(note.value)) {
      note.value = '';
      actions.notify('info', { ui: 'class.noteAdded' });
    }
  };

  modal.body.append(
    h('section', { class: 'fac-section' }, createLessonClock(() => store.getState().session?.level ?? null),
      h('div', { class: 'buttons' }, h('button', { class: 'minor', attrs: { type: 'button', 'data-key': 'fac-guide' }, text: t('guide.open'), on: { click: () => openGuide(actions, null) } }))),
    h('section', { class: 'fac-section' },
      h('h3', { text: t('class.facGame') }),
      h('div', { class: 'buttons' }, pause),
      h('div', { class: 'field check' }, intel, h('label', { attrs: { for: 'fac-intel' }, text: t('settings.showIntel') })),
      presentationControl(store, actions, 'fac')),
    h('section', { class: 'fac-section' },
      h('h3', { text: t('class.facInject') }),
      h('p', { class: 'hint', text: t('class.facInjectHint') }),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'fac-card' }, text: t('class.facCard') }), cardSelect),
      h('div', { class: 'buttons' }, h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'fac-inject' }, text: t('class.facInjectNow'), on: { click: inject } })),
      injected),
    h('section', { class: 'fac-section' },
      h('h3', { text: t('class.facExtend') }),
      deadline,
      h('div', { class: 'field inline' }, h('label', { attrs: { for: 'fac-days' }, text: t('class.facDays') }), days,
        h('button', { attrs: { type: 'button', 'data-key': 'fac-extend' }, text: t('class.facExtendNow'), on: { click: extend } }))),
    h('section', { class: 'fac-section' },
      h('h3', { text: t('class.facNote') }),
      h('p', { class: 'hint', text: t('class.facNoteHint') }),
      h('div', { class: 'field' }, h('label', { attrs: { for: 'fac-note' }, text: t('class.facNoteLabel') }), note),
      h('div', { class: 'buttons' }, h('button', { attrs: { type: 'button', 'data-key': 'fac-add-note' }, text: t('class.facAddNote'), on: { click: addIt } })),
      notes));

  watch(store, (s) => [s.ui.classroom.facilitator, s.session?.state, s.session?.notes, s.session?.classroom, s.settings.showIntel, s.session?.orders], (s) => {
    const g = s.session;
    const open = Boolean(g && s.ui.classroom.facilitator === 'panel');
    if (g && open) {
      const L = lt(g.level);
      const inPlay = new Set(g.state.events.map((e) => g.level.deck[e.card]!.id));
      if (cardSelect.options.length !== g.level.deck.length) {
        swap(cardSelect, g.level.deck.map((c) => h('option', { attrs: { value: c.id }, text: t('class.facCardOption', { title: L.card(c.id).title, axis: L.axis(c.axis), severity: c.severity, state: t(inPlay.has(c.id) ? 'class.cardInPlay' : 'class.cardSpare') }) })));
      }
      pause.textContent = t(g.classroom?.paused ? 'class.resume' : 'class.pause');
      intel.checked = s.settings.showIntel;
      deadline.textContent = t('class.facDeadline', { day: g.state.day, deadline: g.state.deadline });
      const today = g.orders.flatMap((o) => (o.type === 'inject' ? [L.card(o.card).title] : []));
      injected.textContent = today.length ? t('class.facInjectedToday', { cards: today.join(', ') }) : '';
      swap(notes, (g.notes ?? []).map((n) => h('li', { text: t('class.noteLine', { day: n.day, text: n.text }) })));
    }
    modal.sync(open);
    if (open) refreshLessonClocks();
  });
  return modal.el;
}
