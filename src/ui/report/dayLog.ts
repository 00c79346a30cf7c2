import type { LogEntry } from '../../engine';
import { t } from '../../i18n';
import { entryText } from '../../i18n/engineText';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { hiddenFromTeam } from '../../session/whoseOrder';

/** Every day so far, newest first, in the engine's own words; today's orders at the top. */
export function createDayLog(store: GameStore, actions: Actions): HTMLElement {
  const body = h('div', { class: 'log-body', attrs: { tabindex: '-1' } });
  const close = h('button', { class: 'small', attrs: { type: 'button', 'aria-label': t('log.close') }, text: '×', on: { click: () => actions.toggle('logOpen', false) } });
  const el = h('section', { class: 'drawer day-log', attrs: { role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': 'log-title' } },
    h('div', { class: 'drawer-head' }, h('h2', { attrs: { id: 'log-title' }, text: t('log.title') }), close), body);
  let wasOpen = false;
  watch(store, (s) => [s.ui.logOpen, s.session?.log, s.session?.todayLog, s.session?.classroom], (s) => {
    const g = s.session;
    el.hidden = !s.ui.logOpen || !g;
    if (!s.ui.logOpen || !g) {
      wasOpen = false;
      return;
    }
    const byDay = new Map<number, LogEntry[]>();
    // Moscow's orders of today stay secret from a coalition team until the day ends.
    const team = g.classroom?.current ?? -1;
    const today = g.todayLog.filter((e) => !((e.t === 'order' || e.t === 'refused') && hiddenFromTeam(g.classroom, team, g.level, e.cmd)));
    for (const e of [...g.log, ...today]) {
      // The day's closing figures are for the review's charts, not for reading.
      if (e.t === 'tally') continue;
      const list = byDay.get(e.day) ?? [];
      list.push(e);
      byDay.set(e.day, list);
    }
    const dayList = [...byDay.keys()].sort((a, b) => b - a);
    swap(body, dayList.length === 0
      ? [h('p', { class: 'hint', text: t('log.empty') })]
      : dayList.map((d) => h('section', {},
        h('h3', { text: d === g.state.day && g.state.status === 'playing' ? t('log.today', { day: d }) : t('log.day', { day: d }) }),
        h('ul', {}, ...byDay.get(d)!.map((e) => h('li', { class: `entry-${e.t}` }, entryText(e, g.level)))))));
    if (!wasOpen) close.focus();
    wasOpen = true;
  });
  return el;
}
