import { credibilityOf, indexLevel, readyTroopsAt, winProgress, type LevelIndex } from '../../engine';
import { t, type UiKey } from '../../i18n';
import { commandText, effectOf, nationName, refusalText } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';
import { kindsText } from '../lists/formationFacts';
import type { Actions } from '../../store/actions';
import type { GameStore, PendingOrder, StoreState } from '../../store/gameStore';
import type { GameSession } from '../../session/session';
import { h, swap } from '../dom';
import { days } from '../format';
import { formationFacts } from '../lists/formationFacts';
import { eventFacts } from '../threats/eventFacts';
import { watch } from '../watch';
import { orderButton } from './orderButton';
import { contextOf, sectionsFor, type OrderOption } from './orderOptions';
import { giveOrder, runOption } from './runOption';
import { holdsMoscow, moscowSection } from './moscowSection';
import { budgetLine } from './budgetLine';

/**
 * The order panel: what is selected, a prepared move waiting for confirmation, and the orders
 * that apply, each with the engine's cost, duration and effect or its refusal.
 */
export function createOrderPanel(store: GameStore, actions: Actions): HTMLElement {
  const body = h('div', { class: 'panel-body', attrs: { tabindex: '-1' } });
  const el = h('section', { class: 'panel orders-panel', attrs: { 'aria-labelledby': 'orders-title' } },
    h('h2', { attrs: { id: 'orders-title' }, text: t('orders.title') }), body);
  const run = (o: OrderOption) => runOption(o, store, actions);
  let lastPending: PendingOrder | null = null;
  watch(store, (s) => [s.session?.state, s.session?.classroom, s.ui.selection, s.ui.pending, s.settings.showIntel], (s) => {
    const g = s.session;
    if (!g) return;
    const ctx = contextOf(g, s.ui.selection);
    // What the orders apply to, as data for tools and tests (the details below say it in words).
    el.setAttribute('data-selection', s.ui.selection ? `${s.ui.selection.kind}:${s.ui.selection.id}` : '');
    // Once the game has ended every order would be refused for the same reason: say it once.
    const over = g.state.status !== 'playing' && !g.viewOnly;
    const sections = over ? [] : sectionsFor(g, ctx);
    const pending = s.ui.pending;
    swap(body, [
      pending ? pendingBox(pending, g, store, actions) : null,
      !over && holdsMoscow(g) ? moscowSection(g, store, actions) : null,
      selectionDetails(s, g, actions),
      ...sections.map((sec) => h('section', { class: 'order-section' },
        h('h3', { text: sec.title }),
        h('ul', { class: 'orders' }, ...sec.options.map((o) => orderButton('panel', o, run))),
        // Pre-positioning spends the budget: say what it is where it is spent.
        sec.key === 'hub' ? budgetLine(g) : null)),
      over ? h('p', { class: 'hint', text: refusalText({ code: 'gameOver', params: {} }, g.level) }) : null,
      !over && sections.length === 0 && !s.ui.selection && !holdsMoscow(g)
        ? h('p', { class: 'hint', text: t('orders.hint') })
        : null,
    ]);
    // A freshly prepared move takes the focus, so Enter confirms it rather than ending the day.
    // Deferred: a choice list closing in the same update hands the focus back to its opener.
    if (pending && pending !== lastPending) queueMicrotask(() => body.querySelector<HTMLElement>('[data-key="confirm"]')?.focus());
    lastPending = pending;
  });
  return el;
}

function pendingBox(p: PendingOrder, g: GameSession, store: GameStore, actions: Actions): HTMLElement {
  const nodeName = (id: string) => lt(g.level).node(id);
  return h('div', { class: 'pending', attrs: { role: 'group', 'aria-label': t('orders.toConfirm') } },
    h('h3', { text: commandText(p.cmd, g.level) }),
    p.route ? h('p', { class: 'route' }, h('span', { class: 'lbl', text: t('orders.route') }), p.route.map(nodeName).join(' → ')) : null,
    p.arrivalDay ? h('p', { class: 'arrival' }, h('strong', { text: t('orders.arrives', { day: p.arrivalDay }) }), ` (${days(Math.max(1, p.arrivalDay - g.state.day + 1))})`) : null,
    h('p', { class: 'hint', text: effectOf(p.message, g.level) }),
    // An airlift whose heavy equipment follows by surface: the wait is said plainly before Confirm.
    p.message.key === 'airliftFollow' ? h('p', { class: 'warn equip-wait', attrs: { 'data-key': 'equip-wait' }, text: t('orders.equipWait', { n: Number(p.message.params.days) }) }) : null,
    h('div', { class: 'buttons' },
      h('button', { class: 'primary', attrs: { type: 'button', 'data-key': 'confirm' }, text: t('orders.confirm'), on: { click: () => giveOrder(p.cmd, store, actions) } }),
      h('button', { attrs: { type: 'button', 'data-key': 'cancel' }, text: t('orders.cancel'), on: { click: () => actions.cancelPending() } })));
}

function selectionDetails(s: StoreState, g: GameSession, actions: Actions): HTMLElement | null {
  const sel = s.ui.selection;
  if (!sel) return null;
  const ix = indexLevel(g.level);
  if (sel.kind === 'formation') {
    const fi = ix.formation.get(sel.id);
    if (fi === undefined) return null;
    const f = g.state.formations[fi]!;
    return h('div', { class: 'details' },
      factList(formationFacts(g.state, ix, fi, [...g.log, ...g.todayLog])),
      h('button', { class: 'link', attrs: { type: 'button', 'data-key': 'centre' }, text: t('orders.showOnMap'), on: { click: () => actions.focusMap(g.level.nodes[f.node]!.id) } }));
  }
  if (sel.kind === 'node') return nodeDetails(g, ix, sel.id, actions);
  if (sel.kind === 'event') {
    const ev = eventFacts(g, sel.id, s.settings.showIntel);
    return ev ? h('div', { class: 'details' }, h('h3', { text: ev.title }), factList(ev.facts)) : null;
  }
  return axisDetails(g, ix, sel.id);
}

function factList(facts: Array<[string, string]>): HTMLElement {
  return h('dl', { class: 'facts' }, ...facts.flatMap(([k, v]) => [h('dt', { text: k }), h('dd', { text: v })]));
}

function nodeDetails(g: GameSession, ix: LevelIndex, id: string, actions: Actions): HTMLElement | null {
  const ni = ix.node.get(id);
  if (ni === undefined) return null;
  const n = g.level.nodes[ni]!;
  const here = g.state.formations.map((f, fi) => ({ f, fi })).filter(({ f }) => f.node === ni && f.status !== 'moving');
  const ready = readyTroopsAt(g.state, ix, ni);
  return h('div', { class: 'details' },
    h('h3', { text: lt(g.level).node(n.id) }),
    factList([
      [t('facts.kind'), kindsText(n.kinds)],
      [t('facts.stagesFor'), n.axes.length ? n.axes.map((a) => lt(g.level).axis(a)).join(', ') : t('facts.notStaging')],
      [t('facts.readyHere'), t('unit.troops', { n: ready })],
    ]),
    here.length
      ? h('ul', { class: 'here' }, ...here.map(({ fi }) => {
        const def = ix.formations[fi]!;
        return h('li', {}, h('button', { class: 'link', attrs: { type: 'button', 'data-key': `here:${def.id}` }, text: lt(g.level).formation(def.id), on: { click: () => actions.select({ kind: 'formation', id: def.id }) } }));
      }))
      : null,
    h('button', { class: 'link', attrs: { type: 'button', 'data-key': 'centre' }, text: t('orders.showOnMap'), on: { click: () => actions.focusMap(n.id) } }));
}

export const CREDIBILITY_TERMS: Array<[keyof ReturnType<typeof credibilityOf>, UiKey]> = [
  ['troops', 'term.troops'], ['core', 'term.core'], ['isr', 'term.isr'], ['batteries', 'term.batteries'], ['surge', 'term.surge'],
  ['exercise', 'term.exercise'], ['prepo', 'term.prepo'], ['plan', 'term.plan'], ['protocol', 'term.protocol'],
  ['commitment', 'term.commitment'], ['unity', 'term.unity'],
];

/** Credibility term by term, so the player sees where each point comes from (docs/design.md section 6). */
function axisDetails(g: GameSession, ix: LevelIndex, id: string): HTMLElement | null {
  const ai = ix.axis.get(id);
  if (ai === undefined) return null;
  const a = g.level.axes[ai]!;
  const c = credibilityOf(g.state, ix, ai);
  const nations = new Set(ix.axisNodes[ai]!.flatMap((ni) => g.state.formations.flatMap((f, fi) => (f.node === ni ? [ix.formations[fi]!.nationId] : []))));
  const hubs = ix.axisNodes[ai]!.map((ni) => lt(g.level).node(g.level.nodes[ni]!.id)).join(', ') || t('axis.none');
  return h('div', { class: 'details' },
    h('p', { class: 'axis-desc', text: lt(g.level).axisDescription(a.id) }),
    h('p', {}, h('strong', { text: `${t('axis.credibility', { total: c.total, bar: a.bar })} ${winProgress(g.state, ix).axes[ai]!.held ? '✓' : '✗'}` })),
    factList(CREDIBILITY_TERMS.filter(([k]) => c[k] !== 0).map(([k, label]) => [t(label), `${c[k] > 0 ? '+' : ''}${c[k]}`])),
    h('p', { class: 'hint', text: nations.size ? t('axis.hubsNations', { hubs, nations: [...nations].map(nationName).join(', ') }) : t('axis.hubs', { hubs }) }));
}
