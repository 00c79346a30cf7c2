/**
 * Between two teams' turns on a shared screen: whose turn it is, what they control, what happened
 * since their last turn; nothing of the game can be touched until the team starts. The facilitator
 * can step in from here (pause, inject). A pause by the facilitator holds the page the same way.
 */
import { indexLevel } from '../../engine';
import { nextTeam } from '../../session/turns';
import { takeTurn } from '../../store/classroomActions';
import { t } from '../../i18n';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { syncDialog } from '../dialogs/modal';
import { dayReport } from '../report/dayReport';
import { watch } from '../watch';
import { roleDuties } from './roles';
import { teamName } from './teamNames';
import { openBriefing } from './navigation';

/** A modal <dialog> that Esc cannot close: only its own buttons move on. */
function holdingDialog(id: string, labelledBy: string): HTMLDialogElement {
  const d = h('dialog', { class: 'modal wide holding', attrs: { id, 'aria-labelledby': labelledBy } });
  d.addEventListener('cancel', (ev) => ev.preventDefault());
  return d;
}

export function createHandover(store: GameStore, actions: Actions): HTMLDialogElement {
  const d = holdingDialog('handover', 'handover-title');
  watch(store, (s) => [s.session?.classroom, s.session?.state.status, s.ui.screen, s.ui.classroom.view, s.ui.classroom.facilitator, s.settings.lang], (s) => {
    const g = s.session;
    const c = g?.classroom;
    // Between the last team's turn and the end of the day no team is due: nothing to show yet.
    const next = c ? nextTeam(c) : -1;
    const open = Boolean(g && c && s.ui.screen === 'game' && g.state.status === 'playing' && c.current < 0 && next >= 0 && !c.paused
      && s.ui.classroom.view === null && s.ui.classroom.facilitator === null);
    if (open && g && c) {
      const team = c.teams[next]!;
      const firstOfDay = c.done.every((x) => !x);
      const report = firstOfDay && g.days.length > 0 ? dayReport(g.lastDay, indexLevel(g.level), g.days.length) : null;
      swap(d, [
        h('div', { class: 'modal-head' }, h('h2', { attrs: { id: 'handover-title' }, text: t('class.handoverTitle', { day: g.state.day }) })),
        h('div', { class: 'modal-body handover-body' },
          h('p', { class: 'handover-pass', text: t('class.passTo') }),
          h('p', { class: 'handover-team', attrs: { 'data-team': team.id }, text: teamName(team) }),
          h('p', { class: 'hint', text: t('class.teamStaff', { n: team.perDay }) }),
          h('ul', { class: 'duties' }, ...roleDuties(g.level, team).map((x) => h('li', { text: x }))),
          report ? h('section', { class: 'handover-report' },
            h('h3', { text: report.headline }),
            h('ul', {}, ...report.lines.slice(0, 8).map((l) => h('li', {}, h('span', { class: 'mark', text: l.mark, attrs: { 'aria-hidden': 'true' } }), ' ', l.text)))) : null,
          h('ol', { class: 'team-order', attrs: { 'aria-label': t('class.turnOrder') } }, ...c.teams.map((x, i) => h('li', { class: c.done[i] ? 'done' : i === next ? 'next' : '' },
            h('span', { class: 'mark', text: c.done[i] ? '✓' : i === next ? '▶' : '·', attrs: { 'aria-hidden': 'true' } }), ' ',
            teamName(x), ' ', h('small', { text: c.done[i] ? t('class.turnDone') : i === next ? t('class.turnNext') : t('class.turnLater') })))),
          h('div', { class: 'buttons' },
            h('button', { class: 'primary big', attrs: { type: 'button', 'data-key': 'handover-start', autofocus: true }, text: t('class.startTurn', { team: teamName(team) }), on: { click: () => takeTurn(store, actions, next) } }),
            h('button', { attrs: { type: 'button', 'data-key': 'handover-briefing' }, text: t('class.briefing'), on: { click: () => openBriefing(actions, g.level.id) } }),
            h('button', { attrs: { type: 'button', 'data-key': 'handover-facilitator' }, text: t('class.facilitator'), on: { click: () => actions.classroomUi({ facilitator: 'pin' }) } }))),
      ]);
    }
    syncDialog(d, open);
  });
  return d;
}

export function createPauseScreen(store: GameStore, actions: Actions): HTMLDialogElement {
  const d = holdingDialog('paused', 'paused-title');
  watch(store, (s) => [s.session?.classroom?.paused, s.ui.screen, s.ui.classroom.facilitator, s.ui.classroom.view, s.session?.state.status], (s) => {
    const g = s.session;
    const open = Boolean(g?.classroom?.paused && s.ui.screen === 'game' && s.ui.classroom.facilitator === null && s.ui.classroom.view === null);
    if (open) {
      swap(d, [
        h('div', { class: 'modal-head' }, h('h2', { attrs: { id: 'paused-title' }, text: t('class.pausedTitle') })),
        h('div', { class: 'modal-body' },
          h('p', { class: 'paused-text', text: t('class.pausedText') }),
          h('div', { class: 'buttons' },
            h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'paused-facilitator', autofocus: true }, text: t('class.facilitator'), on: { click: () => actions.classroomUi({ facilitator: 'pin' }) } }))),
      ]);
    }
    syncDialog(d, open);
  });
  return d;
}
