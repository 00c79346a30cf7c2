import { indexLevel } from '../../engine';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { t } from '../../i18n';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { OUTLOOK_MARK, outlookText, threatEstimates } from './threatEstimates';
import { PRESSURE_KEY } from './contestTerms';
import { answerText, landingLines } from './landingText';

/** Known threats with the intel estimate: credibility now against the range of Moscow's resolve. */
export function createThreatsPanel(store: GameStore, actions: Actions): HTMLElement {
  const list = h('ul', { class: 'threats' });
  const el = h('section', { class: 'panel threats-panel', attrs: { 'aria-labelledby': 'threats-title' } },
    h('h2', { attrs: { id: 'threats-title' }, text: t('threats.title') }), list);
  watch(store, (s) => [s.session?.state, s.settings.showIntel, s.ui.selection], (s) => {
    const g = s.session;
    if (!g) return;
    const ix = indexLevel(g.level);
    const threats = threatEstimates(g.state, ix);
    swap(list, threats.length === 0
      ? [h('li', { class: 'hint', text: t('threats.none') })]
      : threats.map((x) => {
        // With the intel estimate hidden (a facilitator's choice), nothing hints at the outcome.
        const intel = s.settings.showIntel;
        const when = { axis: x.axis, day: x.fires, n: x.inDays };
        return h('li', { class: `threat ${intel ? `outlook-${x.outlook}` : 'outlook-hidden'}`, attrs: { 'data-event': x.event } },
          h('div', { class: 'threat-head' },
            intel ? h('span', { class: 'mark', text: OUTLOOK_MARK[x.outlook], attrs: { 'aria-hidden': 'true' } }) : null,
            h('button', {
              class: 'link', text: x.title,
              attrs: { type: 'button', 'data-key': `threat:${x.card}`, 'aria-pressed': s.ui.selection?.kind === 'event' && s.ui.selection.id === x.card ? 'true' : 'false' },
              on: { click: () => actions.select({ kind: 'event', id: x.card }) },
            })),
          h('div', { class: 'row-sub', text: `${t(PRESSURE_KEY[x.pressure])} · ${t(x.inDays === 0 ? 'threats.today' : x.inDays === 1 ? 'threats.tomorrow' : 'threats.inDays', when)}` }),
          intel ? h('div', { class: 'estimate', text: outlookText(x, false) }) : null,
          // What is at stake and what answers it are the rules, not intel: shown either way.
          h('div', { class: 'stakes' }, h('strong', { text: `${t('stakes.ifLands')}: ` }), landingLines(g.state, ix, x.event).join(' ')),
          x.deterrable ? h('div', { class: 'answers' }, h('strong', { text: `${t('stakes.answers')}: ` }), answerText(x.contest)) : null);
      }));
  });
  return el;
}
