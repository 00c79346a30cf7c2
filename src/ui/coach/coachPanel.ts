import { t, type UiKey } from '../../i18n';
import { nationName } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { coachTip, type CoachStep } from './coachTip';

/** The level whose players are new to the game: the tips are for it alone. */
const COACHED_LEVEL = 'tutorial';

const TEXT: Record<CoachStep, UiKey> = {
  confirm: 'coach.confirm', move: 'coach.move', airlift: 'coach.airlift', exercise: 'coach.exercise',
  activate: 'coach.activate', reassure: 'coach.reassure', summit: 'coach.summit', endDay: 'coach.endDay', wait: 'coach.wait',
};

/**
 * "Next step" in the tutorial: one sentence on what to do now and which key does it, with a
 * button that selects the formation or hub in question so its order is right there. Off in
 * Settings (or with "Hide tips"), in replays and in classroom games, where a teacher leads.
 */
export function createCoachPanel(store: GameStore, actions: Actions): HTMLElement {
  const body = h('div', { class: 'panel-body' });
  const el = h('section', { class: 'panel coach-panel', attrs: { 'aria-labelledby': 'coach-title', hidden: true } },
    h('h2', { attrs: { id: 'coach-title' }, text: t('coach.title') }), body);
  watch(store, (s) => [s.session?.state, s.session?.level, s.ui.pending, s.settings.tips], (s) => {
    const g = s.session;
    const tip = g && s.settings.tips && g.level.id === COACHED_LEVEL && !g.viewOnly && !g.classroom
      ? coachTip(g.state, g.level, s.ui.pending !== null)
      : null;
    el.hidden = tip === null;
    if (!tip || !g) return;
    const names = lt(g.level);
    const select = tip.select;
    const tab = tip.tab;
    swap(body, [
      h('p', {
        attrs: { 'data-coach': tip.step },
        text: t(TEXT[tip.step], {
          formation: tip.formation ? names.formation(tip.formation) : '',
          node: tip.node ? names.node(tip.node) : '',
          nation: tip.nation ? nationName(tip.nation) : '',
          days: tip.days ?? 0,
          threshold: tip.threshold ?? 0,
          will: tip.will ?? 0,
          troops: g.level.win.troops,
        }),
      }),
      h('div', { class: 'buttons' },
        select || tab
          ? h('button', { class: 'small', attrs: { type: 'button', 'data-key': 'coach-show' }, text: t('coach.show'), on: { click: () => (select ? actions.select(select) : actions.setTab(tab!)) } })
          : null,
        h('button', { class: 'small link', attrs: { type: 'button', 'data-key': 'coach-hide' }, text: t('coach.hide'), on: { click: () => actions.updateSettings({ tips: false }) } })),
    ]);
  });
  return el;
}
