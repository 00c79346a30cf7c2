import { indexLevel } from '../../engine';
import { num, t } from '../../i18n';
import { nationCode, nationName } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';
import { symbolSrc } from '../../assets/assetUrls';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { symbolKeyFor, type Arm } from '../../symbols/symbolKeys';
import { h, swap } from '../dom';
import { redrawSoonOn, watch } from '../watch';
import { formationStatus } from './formationFacts';
import { activationNeeds, hrBadge } from './listModels';
import { bulkBar, type BulkChoice } from './bulkBar';
import { activateAllCommands } from '../../session/bulkOrders';
import { canMove, type Command } from '../../engine';
import { giveOrder } from '../orders/runOption';

const BADGE_KEY = { core: 'forces.core', cert: 'forces.cert', hr: 'forces.hr' } as const;

/** Every formation by nation, so each can be selected without the map (and by keyboard). */
export function createForcesList(store: GameStore, actions: Actions): HTMLElement {
  const el = h('div', { class: 'list forces', attrs: { tabindex: '-1' } });
  const choice: BulkChoice = { nation: null, hub: null };
  const render = (s: ReturnType<GameStore['getState']>) => {
    const g = s.session;
    // A hidden tab is not kept up to date: it renders when it is shown.
    if (!g || s.ui.tab !== 'forces') return;
    const ix = indexLevel(g.level);
    const st = g.state;
    const sel = s.ui.selection;
    const log = [...g.log, ...g.todayLog];
    // Every unit the session would activate now, asked once (each ask is a rule evaluation: at
    // the start of a level every unit is in reserve) for the bulk bar and the rows' buttons.
    const activatable = activateAllCommands(g);
    const canActivateNow = new Set(activatable.map((c) => (c.type === 'activate' ? c.formation : '')));
    swap(el, [bulkBar(g, actions, choice, activatable, () => render(store.getState())), ...g.level.nations.map((n, ni) => {
      const name = nationName(n.id);
      const members = ix.formations.map((f, fi) => ({ f, fi })).filter(({ f }) => f.nation === ni);
      return h('section', { class: 'nation' },
        h('h3', {}, h('span', { class: 'nation-code', text: nationCode(n.id) }), ` ${name} `, h('span', { class: 'will', text: t('forces.will', { will: st.will[ni]! }) })),
        h('ul', { class: 'rows', attrs: { role: 'list' } }, ...members.map(({ f, fi }) => {
          const status = formationStatus(st, ix, fi, log);
          const selected = sel?.kind === 'formation' && sel.id === f.id;
          const badge = hrBadge(st, ix, fi);
          // Before activation: how long it takes, and the will it waits for (not only after a refusal).
          const needs = activationNeeds(st, ix, fi);
          // A unit the session would activate now gets its own one-click Activate beside its row.
          const activate: Command = { type: 'activate', formation: f.id };
          const canActivate = needs !== null && !g.viewOnly && canActivateNow.has(f.id);
          const title = lt(g.level).formation(f.id);
          // A unit able to leave can be dragged from its row onto a place on the map (listDrop.ts).
          const movable = !g.viewOnly && canMove(st.formations[fi]!);
          return h('li', canActivate ? { class: 'can-activate' } : {},
            h('button', {
              class: `row formation state-${status.state}${selected ? ' selected' : ''}`,
              attrs: {
                type: 'button', 'data-key': `formation:${f.id}`, 'data-select': `formation:${f.id}`, 'aria-pressed': selected ? 'true' : 'false',
                draggable: movable ? 'true' : null, title: movable ? t('forces.dragTitle') : null,
              },
              on: {
                click: () => actions.select({ kind: 'formation', id: f.id }),
                dragstart: (ev) => {
                  if (!movable) return;
                  ev.dataTransfer?.setData('text/plain', title);
                  if (ev.dataTransfer) ev.dataTransfer.effectAllowed = 'move';
                  actions.carry(f.id);
                },
                dragend: () => actions.carry(null),
              },
            },
            h('img', { class: 'symbol', attrs: { src: symbolSrc(symbolKeyFor(f.kind, f.arm as Arm)), alt: '', width: 32, height: 30 } }),
            h('span', { class: 'row-main' },
              h('span', { class: 'row-title', text: lt(g.level).formation(f.id), attrs: { title: lt(g.level).formation(f.id) } }),
              h('span', { class: 'row-sub' }, h('span', { class: 'mark', text: `${status.mark} `, attrs: { 'aria-hidden': 'true' } }), status.text),
              needs ? h('span', { class: 'row-needs' },
                h('span', { class: 'ntm', text: t('forces.ntm', { n: needs.notice }), attrs: { title: t('forces.ntmTitle') } }),
                needs.willing ? null : h('span', { class: 'needs-will', text: ` · ${t('forces.needsWill', { nation: name, threshold: needs.threshold, will: needs.will })}` })) : null),
            h('span', { class: 'row-side' },
              h('span', { class: 'fig', text: num(f.strength) }),
              badge ? h('span', { class: 'badge', text: t(BADGE_KEY[badge]), attrs: { title: t('forces.hrTitle') } }) : null)),
            canActivate ? h('button', {
              class: 'small row-activate', text: t('forces.activate'),
              attrs: { type: 'button', 'data-key': `activate:${f.id}`, 'aria-label': t('forces.activateLabel', { formation: title }) },
              on: { click: () => giveOrder(activate, store, actions) },
            }) : null);
        })));
    })]);
  };
  // A click on a row or a tab is drawn at once; a new day (every row's status) in a task of its
  // own, so the End day key's task does not also redraw the whole list.
  watch(store, (s) => [s.ui.selection, s.ui.tab], render);
  redrawSoonOn(store, (s) => [s.session?.state], render);
  return el;
}
