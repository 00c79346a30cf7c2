import { t } from '../../i18n';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { advanceNow } from '../hud/controls';
import { activeTip } from './activeTip';
import { coachSentence } from './coachSentence';
import type { CoachTip } from './coachTip';


/**
 * "Next step" in the tutorial: one sentence on what to do now, why (with the engine's numbers) and
 * which key does it, with a button that selects what the order applies to or opens its choice list,
 * where the coach's choice is the one focused. The tip's order is on the paragraph as data, for tests.
 */
export function createCoachPanel(store: GameStore, actions: Actions): HTMLElement {
  const body = h('div', { class: 'panel-body' });
  const el = h('section', { class: 'panel coach-panel', attrs: { 'aria-labelledby': 'coach-title', hidden: true } },
    h('h2', { attrs: { id: 'coach-title' }, text: t('coach.title') }), body);
  watch(store, (s) => [s.session?.state, s.session?.level, s.ui.pending, s.settings.tips], (s) => {
    const tip = activeTip(s);
    el.hidden = tip === null;
    const g = s.session;
    if (!tip || !g) return;
    const show = showAction(tip, actions);
    swap(body, [
      h('p', {
        attrs: {
          'data-coach': tip.step, 'data-command': tip.command ? JSON.stringify(tip.command) : null,
          // The day Advance (F) lands on, for tests to check the tip against what F does.
          'data-advance-to': tip.step === 'advance' ? String(tip.params.day) : null,
        },
        text: coachSentence(tip, g.level),
      }),
      h('div', { class: 'buttons' },
        show ? h('button', { class: 'small', attrs: { type: 'button', 'data-key': 'coach-show' }, text: t('coach.show'), on: { click: show } }) : null,
        // A wait the coach measured in days: the same Advance as the toolbar's button and F.
        tip.step === 'advance' ? h('button', {
          class: 'small', text: t('controls.advance'),
          attrs: { type: 'button', 'data-key': 'coach-advance', 'aria-keyshortcuts': 'F', title: t('controls.advanceName') },
          on: { click: () => advanceNow(store, actions) },
        }) : null,
        h('button', { class: 'small link', attrs: { type: 'button', 'data-key': 'coach-hide' }, text: t('coach.hide'), on: { click: () => actions.updateSettings({ tips: false }) } })),
    ]);
  });
  return el;
}

/** What "Show me" does: select the thing the order applies to, open its choice list, or its tab. */
function showAction(tip: CoachTip, actions: Actions): (() => void) | null {
  if (tip.select) { const sel = tip.select; return () => actions.select(sel); }
  if (tip.prompt) { const p = tip.prompt; return () => actions.openPrompt(p); }
  if (tip.tab) { const tab = tip.tab; return () => actions.setTab(tab); }
  return null;
}
