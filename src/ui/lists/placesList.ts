import { activeAllocations, indexLevel, isReady, thousands, winProgress } from '../../engine';
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
    const batteries = activeAllocations(st, ix, 'missileDefence');
    const readyAt = (ni: number) => st.formations.reduce((n, f, fi) => (f.node === ni && isReady(f) ? n + ix.formations[fi]!.strength : n), 0);
    const hubs = g.level.nodes.map((n, i) => ({ n, i })).filter(({ i }) => ix.staging[i]);
    const others = g.level.nodes.map((n, i) => ({ n, i })).filter(({ i }) => !ix.staging[i]);

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
      h('section', {}, h('h3', { text: 'Axes of pressure' }), h('ul', { class: 'rows' }, ...axes.map((a) => {
        const def = g.level.axes[ix.axis.get(a.id)!]!;
        const met = a.credibility >= a.bar;
        return row({ kind: 'axis', id: a.id }, `${def.name} axis`, `${met ? '✓' : '✗'} credibility ${a.credibility} of ${a.bar} needed`, `${a.credibility}/${a.bar}`);
      }))),
      h('section', {}, h('h3', { text: 'Staging hubs' }), h('ul', { class: 'rows' }, ...hubs.map(({ n, i }) => {
        const extras = [
          n.axes.map((a) => g.level.axes[ix.axis.get(a)!]?.name ?? a).join(', ') + ' axis',
          ix.airfield[i] ? 'airfield' : null,
          batteries.includes(i) ? 'missile defence' : null,
          st.prepo.some((p) => p.node === i && p.daysLeft === 0 && p.troops > 0) ? 'equipment stocked' : null,
          st.exercises.some((e) => e.node === i) ? 'exercise under way' : null,
        ].filter(Boolean).join(' · ');
        return row({ kind: 'node', id: n.id }, n.name, extras, thousands(readyAt(i)));
      }))),
      h('details', { class: 'others' },
        h('summary', { text: `Other places (${others.length})` }),
        h('ul', { class: 'rows' }, ...others.map(({ n, i }) => row({ kind: 'node', id: n.id }, n.name, n.kinds.join(', '), thousands(readyAt(i)))))),
    ]);
  });
  return el;
}
