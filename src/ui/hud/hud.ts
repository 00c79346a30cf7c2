import { coreTroops, hrReadyTroops, indexLevel, staffLeftTotal, winProgress } from '../../engine';
import { t } from '../../i18n';
import { lt } from '../../i18n/levelText';
import { classroomStaff } from '../classroom/classroomView';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { dayText, deadlineText, fraction, readyTroopsText, staffText, unityText } from '../format';
import { watch } from '../watch';
import { axesView } from './axes';
import { enablersView } from './enablers';
import { ladderView } from './ladder';

/**
 * The always-visible status bar: the figures the player races on (docs/design.md section 11), all as DOM text,
 * and the day's controls. Row one: day, force, core, staff, budget and the buttons; row two:
 * the escalation ladder, unity, credibility per axis and the US enablers.
 */
export function createHud(store: GameStore, actions: Actions, controls: HTMLElement): HTMLElement {
  const figures = h('div', { class: 'hud-figures' });
  const situation = h('div', { class: 'hud-situation' });
  const hud = h('header', { class: 'hud', attrs: { 'aria-label': t('hud.situation') } },
    h('div', { class: 'hud-row' }, figures, controls),
    situation);

  watch(store, (s) => [s.session?.state, s.session?.level], (s) => {
    const g = s.session;
    if (!g) return;
    const ix = indexLevel(g.level);
    const st = g.state;
    const p = winProgress(st, ix);
    const core = coreTroops(st, ix);
    const hr = hrReadyTroops(st, ix);
    // In a classroom game the figure is the team at the screen's own pool.
    const team = classroomStaff(g);
    const perDay = team ? team.perDay : st.pools.reduce((n, pool) => n + pool.perDay, 0);
    const staffLeft = team ? team.left : staffLeftTotal(st);
    swap(figures, [
      h('div', { class: 'stat stat-day', attrs: { title: lt(g.level).title } },
        h('span', { class: 'day' }, h('strong', { attrs: { 'data-hud': 'day' }, text: dayText(st.day) }), ' ', h('span', { text: deadlineText(st.deadline) }))),
      stat('ready', readyTroopsText(p.ready, p.readyNeeded), fraction(p.ready, p.readyNeeded), p.ready >= p.readyNeeded),
      stat('core', t('hud.coreCertified', { core, needed: p.coreNeeded }), fraction(core, p.coreNeeded), core >= p.coreNeeded,
        t('hud.hrAtHubs', { n: hr })),
      h('div', { class: 'stat' }, h('span', { attrs: { 'data-hud': 'staff' }, class: staffLeft === 0 ? 'spent' : '', text: staffText(staffLeft, perDay) })),
      h('div', { class: 'stat' }, h('span', { attrs: { 'data-hud': 'budget' }, text: t('hud.budget', { budget: st.budget }) }), h('small', { class: 'note', text: t('hud.budgetPerDay', { n: g.level.budget.perDay }) })),
    ]);
    swap(situation, [
      ladderView(st.ladder, st.peakLadder),
      h('div', { class: 'stat' }, h('span', { attrs: { 'data-hud': 'unity' }, class: st.unity < g.level.unityFloor + 10 ? 'warn' : '', text: unityText(st.unity, g.level.unityFloor) })),
      axesView(p.axes, ix, actions),
      enablersView(st, ix),
    ]);
  });
  return hud;
}

/** A figure with a progress bar; `met` adds a check mark so the state does not rest on colour. */
function stat(key: string, text: string, frac: number, met: boolean, note?: string): HTMLElement {
  return h('div', { class: `stat stat-meter${met ? ' met' : ''}` },
    h('span', { attrs: { 'data-hud': key }, text }),
    met ? h('span', { class: 'mark', text: ' ✓', attrs: { 'aria-label': t('hud.reached') } }) : null,
    h('span', { class: 'bar', attrs: { 'aria-hidden': 'true' } }, h('span', { class: 'fill', style: { width: `${Math.round(frac * 100)}%` } })),
    note ? h('small', { class: 'note', text: note }) : null);
}
