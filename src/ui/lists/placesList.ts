import { activeAllocations, indexLevel, winProgress } from '../../engine';
import { num, t } from '../../i18n';
import { lt } from '../../i18n/levelText';
import { kindsText } from './formationFacts';
import { placeRows } from './listModels';
import type { Actions } from '../../store/actions';
import type { GameStore, Selection } from '../../store/gameStore';
import { h, swap } from '../dom';
import { watch } from '../watch';

/** Axes, staging hubs and the other places of the level, each selectable without the map. */
export function createPlacesList(store: GameStore, actions: Actions): HTMLElement {
  const el = h('div', { class: 'list places', attrs: { tabindex: '-1' } });
  watch(store, (s) => [s.session?.state, s.ui.selection, s.ui.tab], (s) => {
    const g = s.session;
    // A hidden tab is not kept up to date: it renders when it is shown.
    if (!g || s.ui.tab !== 'places') return;
    const ix = indexLevel(g.level);
    const st = g.state;
    const sel = s.ui.selection;
    const axes = winProgress(st, ix).axes;
    const L = lt(g.level);
    const batteries = activeAllocations(st, ix, 'missileDefence');
    const places = placeRows(st, g.level).map((r) => ({ n: g.level.nodes[r.index]!, i: r.index, ready: r.ready, staging: r.staging }));
    const hubs = places.filter((p) => p.staging);
    const others = places.filter((p) => !p.staging);

    const row = (select: Exclude<Selection, null>, title: string, sub: string, side: string) => {
      const selected = sel?.kind === select.kind && sel.id === select.id;
      return h('li', {}, h('button', {
        class: `row${selected ? ' selected' : ''}`,
        attrs: { type: 'button', 'data-key': `${select.kind}:${select.id}`, 'data-select': `${select.kind}:${select.id}`, 'aria-pressed': selected ? 'true' : 'false' },
        on: { click: () => actions.select(select) },
      },
      h('span', { class: 'row-main' }, h('span', { class: 'row-title', text: title }), h('span', { class: 'row-sub', text: sub })),
      h('span', { class: 'row-side' }, h('span', { class: 'fig', text: side }))));
    };

    swap(el, [
      h('section', {}, h('h3', { text: t('places.axes') }), h('ul', { class: 'rows' }, ...axes.map((a) => {
        const met = a.held;
        return row({ kind: 'axis', id: a.id }, t('axis.title', { name: L.axis(a.id) }), t('places.axisSub', { mark: met ? '✓' : '✗', credibility: a.credibility, bar: a.bar }), `${a.credibility}/${a.bar}`);
      }))),
      h('section', {}, h('h3', { text: t('places.hubs') }), h('ul', { class: 'rows' }, ...hubs.map(({ n, i, ready }) => {
        const extras = [
          t('places.axisOf', { axes: n.axes.map((a) => L.axis(a)).join(', ') }),
          ix.airfield[i] ? t('places.airfield') : null,
          batteries.includes(i) ? t('places.md') : null,
          st.prepo.some((p) => p.node === i && p.daysLeft === 0 && p.troops > 0) ? t('places.stocked') : null,
          st.exercises.some((e) => e.node === i) ? t('places.exercise') : null,
        ].filter(Boolean).join(' · ');
        return row({ kind: 'node', id: n.id }, L.node(n.id), extras, num(ready));
      }))),
      h('details', { class: 'others' },
        h('summary', { text: t('places.others', { n: others.length }) }),
        h('ul', { class: 'rows' }, ...others.map(({ n, ready }) => row({ kind: 'node', id: n.id }, L.node(n.id), kindsText(n.kinds), num(ready))))),
    ]);
  });
  return el;
}
