import { indexLevel } from '../../engine';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { OUTLOOK_MARK, outlookText, threatEstimates } from './threatEstimates';

/** Known threats with the intel estimate: credibility now against the range of Moscow's resolve. */
export function createThreatsPanel(store: GameStore, actions: Actions): HTMLElement {
  const list = h('ul', { class: 'threats' });
  const el = h('section', { class: 'panel threats-panel', attrs: { 'aria-labelledby': 'threats-title' } },
    h('h2', { attrs: { id: 'threats-title' }, text: 'Threats' }), list);
  watch(store, (s) => [s.session?.state, s.settings.showIntel, s.ui.selection], (s) => {
    const g = s.session;
    if (!g) return;
    const threats = threatEstimates(g.state, indexLevel(g.level));
    swap(list, threats.length === 0
      ? [h('li', { class: 'hint', text: 'No warning of Moscow’s next move. ISR over an axis shows its events earlier.' })]
      : threats.map((t) => h('li', { class: `threat outlook-${t.outlook}`, attrs: { 'data-event': t.event } },
        h('div', { class: 'threat-head' },
          h('span', { class: 'mark', text: OUTLOOK_MARK[t.outlook], attrs: { 'aria-hidden': 'true' } }),
          h('button', {
            class: 'link', text: t.title,
            attrs: { type: 'button', 'data-key': `threat:${t.card}`, 'aria-pressed': s.ui.selection?.kind === 'event' && s.ui.selection.id === t.card ? 'true' : 'false' },
            on: { click: () => actions.select({ kind: 'event', id: t.card }) },
          })),
        h('div', { class: 'row-sub', text: `${t.axis} axis · day ${t.fires}${t.inDays === 0 ? ' (today)' : t.inDays === 1 ? ' (tomorrow)' : ` (in ${t.inDays} days)`}` }),
        s.settings.showIntel ? h('div', { class: 'estimate', text: outlookText(t) }) : null)));
  });
  return el;
}
