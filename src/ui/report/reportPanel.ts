import { indexLevel } from '../../engine';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { t } from '../../i18n';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { sentences } from '../sentences';
import { dayReport, type ReportLine } from './dayReport';

/** How long the day's toast stays over the map before it goes by itself. */
export const TOAST_MS = 6000;
/** The toast's few lines: what decides the day; the side log keeps all of them. */
const TOAST_KINDS: ReadonlySet<ReportLine['kind']> = new Set(['end', 'landed', 'deterred', 'milestone']);
const TOAST_LINES = 3;

/**
 * The day that just ended, as a short toast in a corner of the map: the headline and the lines
 * that decided the day. It goes away by itself after a few seconds (the full report stays in the
 * side log, reportLog.ts), never blocks, and the next day's replaces it. Its headline and events
 * are also read out by the polite live region.
 */
export function createReportPanel(store: GameStore, actions: Actions, announce: (text: string) => void): HTMLElement {
  const body = h('div', { class: 'report-body' });
  const el = h('section', { class: 'report toast', attrs: { 'aria-labelledby': 'report-title', 'data-report': '' } }, body);
  let announced: unknown = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  watch(store, (s) => [s.session?.days, s.ui.summaryOpen, s.session?.state.status], (s) => {
    const g = s.session;
    // g.days holds one entry per day that has ended: its length is the day just reported.
    const show = Boolean(g && s.ui.summaryOpen && g.days.length > 0 && g.state.status === 'playing');
    el.hidden = !show;
    if (timer) clearTimeout(timer);
    timer = null;
    if (!g || g.days.length === 0) return;
    const r = dayReport(g.lastDay, indexLevel(g.level), g.days.length);
    if (announced !== g.days) {
      announced = g.days;
      announce(sentences([r.headline, ...r.lines.filter((l) => l.kind === 'deterred' || l.kind === 'landed' || l.kind === 'milestone' || l.kind === 'end').map((l) => l.text)]));
    }
    if (!show) return;
    const lines = r.lines.filter((l) => TOAST_KINDS.has(l.kind));
    const more = r.lines.length - Math.min(lines.length, TOAST_LINES);
    swap(body, [
      h('div', { class: 'report-head' },
        h('h2', { attrs: { id: 'report-title' }, text: r.headline }),
        h('button', { class: 'small', attrs: { type: 'button', 'aria-label': t('report.close') }, text: '×', on: { click: () => actions.toggle('summaryOpen', false) } })),
      lines.length
        ? h('ul', { class: 'report-lines' }, ...lines.slice(0, TOAST_LINES).map((l) => h('li', { class: `line-${l.kind}` },
          h('span', { class: 'mark', text: l.mark, attrs: { 'aria-hidden': 'true' } }), ' ', l.text)))
        : null,
      more > 0 ? h('p', { class: 'report-more', text: t('reportLog.more', { n: more }) }) : null,
    ]);
    timer = setTimeout(() => {
      timer = null;
      if (store.getState().ui.summaryOpen) actions.toggle('summaryOpen', false);
    }, TOAST_MS);
  });
  return el;
}
