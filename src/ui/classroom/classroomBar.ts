/**
 * The classroom strip under the HUD (classroom games only): every team with its staff and
 * whether it has played today, who is at the screen, and the briefing, the review, the
 * facilitator's panel; the coalition lead may end the day for every team.
 */
import { endTurnNow } from '../../store/classroomActions';
import { leadTeam } from '../../session/turns';
import { t } from '../../i18n';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { teamName } from './teamNames';
import { openBriefing } from './navigation';

export function createClassroomBar(store: GameStore, actions: Actions): HTMLElement {
  const el = h('section', { class: 'classroom-bar', attrs: { 'aria-label': t('class.bar') } });
  watch(store, (s) => [s.session?.classroom, s.session?.state], (s) => {
    const g = s.session;
    const c = g?.classroom;
    el.hidden = !c;
    if (!g || !c) return;
    const lead = leadTeam(c);
    const playing = g.state.status === 'playing';
    swap(el, [
      h('ul', { class: 'teams', attrs: { 'aria-label': t('class.turnOrder') } }, ...c.teams.map((team, i) => {
        const pool = g.state.pools.findIndex((p) => p.id === team.id);
        const left = g.state.staffLeft[pool] ?? 0;
        const state = i === c.current ? 'current' : c.done[i] ? 'done' : 'waiting';
        return h('li', { class: `team team-${state}`, attrs: { 'data-team': team.id, 'aria-current': i === c.current ? 'true' : null } },
          h('span', { class: 'mark', text: state === 'current' ? '▶' : state === 'done' ? '✓' : '·', attrs: { 'aria-hidden': 'true' } }), ' ',
          h('span', { class: 'team-name', text: teamName(team) }), ' ',
          h('small', { class: 'fig', text: t('class.staffLeft', { left, perDay: team.perDay }) }));
      })),
      c.group ? h('span', { class: 'group', text: c.group }) : null,
      h('div', { class: 'class-buttons' },
        playing && c.current === lead && lead >= 0
          ? h('button', { attrs: { type: 'button', 'data-key': 'force-day' }, text: t('class.forceDay'), on: { click: () => endTurnNow(store, actions, true) } })
          : null,
        h('button', { class: 'minor', attrs: { type: 'button', 'data-key': 'class-briefing' }, text: t('class.briefing'), on: { click: () => openBriefing(actions, g.level.id) } }),
        h('button', { class: 'minor', attrs: { type: 'button', 'data-key': 'class-review' }, text: t('class.review'), on: { click: () => actions.classroomUi({ view: 'review' }) } }),
        h('button', { class: 'minor', attrs: { type: 'button', 'data-key': 'class-facilitator' }, text: t('class.facilitator'), on: { click: () => actions.classroomUi({ facilitator: 'pin' }) } })),
    ]);
  });
  return el;
}
