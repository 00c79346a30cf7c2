import { indexLevel, type LogEntry } from '../../engine';
import type { GameStore } from '../../store/gameStore';
import { t } from '../../i18n';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { dayReport } from './dayReport';

/**
 * Every ended day's report in the side panel, newest first and scrollable: what the toast over
 * the map said for a few seconds stays here to be read at leisure. The newest day is open, the
 * older ones fold (their headline still says how many events were deterred and landed).
 */
export function createReportLog(store: GameStore): HTMLElement {
  const list = h('div', { class: 'report-log-days', attrs: { tabindex: '0', role: 'region', 'aria-labelledby': 'report-log-title' } });
  const el = h('section', { class: 'panel report-log', attrs: { 'data-report-log': '' } },
    h('h2', { attrs: { id: 'report-log-title' }, text: t('reportLog.title') }), list);
  watch(store, (s) => [s.session?.log], (s) => {
    const g = s.session;
    el.hidden = !g || g.days.length === 0;
    if (!g || g.days.length === 0) return;
    const ix = indexLevel(g.level);
    const byDay = new Map<number, LogEntry[]>();
    for (const e of g.log) {
      const l = byDay.get(e.day);
      if (l) l.push(e);
      else byDay.set(e.day, [e]);
    }
    const days = [...byDay.keys()].sort((a, b) => b - a);
    swap(list, days.map((d, i) => {
      const r = dayReport(byDay.get(d)!, ix, d);
      return h('details', { class: 'report-day', attrs: i === 0 ? { open: '' } : {} },
        h('summary', { text: r.headline }),
        r.lines.length
          ? h('ul', { class: 'report-lines' }, ...r.lines.map((l) => h('li', { class: `line-${l.kind}` },
            h('span', { class: 'mark', text: l.mark, attrs: { 'aria-hidden': 'true' } }), ' ', l.text)))
          : null);
    }));
  });
  return el;
}
