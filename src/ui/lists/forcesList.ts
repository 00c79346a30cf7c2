import { indexLevel, isCore, NATION_NAMES, thousands, type NationId } from '../../engine';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { symbolKeyFor, type Arm } from '../../symbols/symbolKeys';
import { symbolUrl } from '../../symbols/symbolManifest';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { formationStatus } from './formationFacts';

const SYMBOL_BASE = `${import.meta.env.BASE_URL}symbols/`;

/** Every formation by nation, so each can be selected without the map (and by keyboard). */
export function createForcesList(store: GameStore, actions: Actions): HTMLElement {
  const el = h('div', { class: 'list forces', attrs: { tabindex: '-1' } });
  watch(store, (s) => [s.session?.state, s.ui.selection, s.ui.tab], (s) => {
    const g = s.session;
    // A hidden tab is not kept up to date: it renders when it is shown.
    if (!g || s.ui.tab !== 'forces') return;
    const ix = indexLevel(g.level);
    const st = g.state;
    const sel = s.ui.selection;
    const log = [...g.log, ...g.todayLog];
    swap(el, g.level.nations.map((n, ni) => {
      const name = NATION_NAMES[n.id as NationId] ?? n.id;
      const members = ix.formations.map((f, fi) => ({ f, fi })).filter(({ f }) => f.nation === ni);
      return h('section', { class: 'nation' },
        h('h3', {}, h('span', { class: 'nation-code', text: n.id }), ` ${name} `, h('span', { class: 'will', text: `will ${st.will[ni]}` })),
        h('ul', { class: 'rows', attrs: { role: 'list' } }, ...members.map(({ f, fi }) => {
          const status = formationStatus(st, ix, fi, log);
          const selected = sel?.kind === 'formation' && sel.id === f.id;
          return h('li', {},
            h('button', {
              class: `row formation state-${status.state}${selected ? ' selected' : ''}`,
              attrs: { type: 'button', 'data-key': `formation:${f.id}`, 'data-select': `formation:${f.id}`, 'aria-pressed': selected ? 'true' : 'false' },
              on: { click: () => actions.select({ kind: 'formation', id: f.id }) },
            },
            h('img', { class: 'symbol', attrs: { src: symbolUrl(symbolKeyFor(f.kind, f.arm as Arm), SYMBOL_BASE), alt: '', width: 32, height: 30 } }),
            h('span', { class: 'row-main' },
              h('span', { class: 'row-title', text: f.name, attrs: { title: f.name } }),
              h('span', { class: 'row-sub' }, h('span', { class: 'mark', text: `${status.mark} `, attrs: { 'aria-hidden': 'true' } }), status.text)),
            h('span', { class: 'row-side' },
              h('span', { class: 'fig', text: thousands(f.strength) }),
              f.hr ? h('span', { class: 'badge', text: isCore(st, ix, fi) ? '★ core' : st.formations[fi]!.certified ? '★ cert.' : '★ HR', attrs: { title: 'High readiness' } }) : null)));
        })));
    }));
  });
  return el;
}
