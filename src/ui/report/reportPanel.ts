import { indexLevel } from '../../engine';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { t } from '../../i18n';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { sentences } from '../sentences';
import { dayReport } from './dayReport';

/**
 * The report of the day that just ended, over the map. It never blocks: orders and keys keep
 * working while it is open, and the next day's report replaces it. Its headline and events are
 * also read out by the polite live region.
 */
export function createReportPanel(store: GameStore, actions: Actions, announce: (text: string) => void): HTMLElement {
  const body = h('div', { class: 'report-body' });
  const el = h('section', { class: 'report', attrs: { 'aria-labelledby': 'report-title', 'data-report': '' } }, body);
  let announced: unknown = null;
  watch(store, (s) => [s.session?.days, s.ui.summaryOpen, s.session?.state.status], (s) => {
    const g = s.session;
    // g.days holds one entry per day that has ended: its length is the day just reported.
    const show = Boolean(g && s.ui.summaryOpen && g.days.length > 0 && g.state.status === 'playing');
    el.hidden = !show;
    if (!g || g.days.length === 0) return;
    const r = dayReport(g.lastDay, indexLevel(g.level), g.days.length);
    if (announced !== g.days) {
      announced = g.days;
      announce(sentences([r.headline, ...r.lines.filter((l) => l.kind === 'deterred' || l.kind === 'landed' || l.kind === 'milestone' || l.kind === 'end').map((l) => l.text)]));
    }
    if (!show) return;
    swap(body, [
      h('div', { class: 'report-head' },
        h('h2', { attrs: { id: 'report-title' }, text: r.headline }),
        h('button', { class: 'small', attrs: { type: 'button', 'aria-label': t('report.close') }, text: '×', on: { click: () => actions.toggle('summaryOpen', false) } })),
      r.lines.length
        ? h('ul', { class: 'report-lines' }, ...r.lines.map((l) => h('li', { class: `line-${l.kind}` },
          h('span', { class: 'mark', text: l.mark, attrs: { 'aria-hidden': 'true' } }), ' ', l.text)))
        : null,
    ]);
  });
  return el;
}
