import { indexLevel } from '../../engine';
import { num, t } from '../../i18n';
import { nationCode, nationName } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';
import { symbolSrc } from '../../assets/assetUrls';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { symbolKeyFor, type Arm } from '../../symbols/symbolKeys';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { formationStatus } from './formationFacts';
import { hrBadge } from './listModels';

const BADGE_KEY = { core: 'forces.core', cert: 'forces.cert', hr: 'forces.hr' } as const;

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
      const name = nationName(n.id);
      const members = ix.formations.map((f, fi) => ({ f, fi })).filter(({ f }) => f.nation === ni);
      return h('section', { class: 'nation' },
        h('h3', {}, h('span', { class: 'nation-code', text: nationCode(n.id) }), ` ${name} `, h('span', { class: 'will', text: t('forces.will', { will: st.will[ni]! }) })),
        h('ul', { class: 'rows', attrs: { role: 'list' } }, ...members.map(({ f, fi }) => {
          const status = formationStatus(st, ix, fi, log);
          const selected = sel?.kind === 'formation' && sel.id === f.id;
          const badge = hrBadge(st, ix, fi);
          return h('li', {},
            h('button', {
              class: `row formation state-${status.state}${selected ? ' selected' : ''}`,
              attrs: { type: 'button', 'data-key': `formation:${f.id}`, 'data-select': `formation:${f.id}`, 'aria-pressed': selected ? 'true' : 'false' },
              on: { click: () => actions.select({ kind: 'formation', id: f.id }) },
            },
            h('img', { class: 'symbol', attrs: { src: symbolSrc(symbolKeyFor(f.kind, f.arm as Arm)), alt: '', width: 32, height: 30 } }),
            h('span', { class: 'row-main' },
              h('span', { class: 'row-title', text: lt(g.level).formation(f.id), attrs: { title: lt(g.level).formation(f.id) } }),
              h('span', { class: 'row-sub' }, h('span', { class: 'mark', text: `${status.mark} `, attrs: { 'aria-hidden': 'true' } }), status.text)),
            h('span', { class: 'row-side' },
              h('span', { class: 'fig', text: num(f.strength) }),
              badge ? h('span', { class: 'badge', text: t(BADGE_KEY[badge]), attrs: { title: t('forces.hrTitle') } }) : null)));
        })));
    }));
  });
  return el;
}
