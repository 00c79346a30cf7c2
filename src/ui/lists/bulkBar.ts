import { indexLevel, type Command } from '../../engine';
import { t } from '../../i18n';
import { nationName } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';
import { sendReadyCommands } from '../../session/bulkOrders';
import type { GameSession } from '../../session/session';
import type { Actions } from '../../store/actions';
import { h } from '../dom';

/** The bulk bar's choices, kept between renders (the list is drawn again after every order). */
export interface BulkChoice { nation: string | null; hub: string | null }

/**
 * Orders for many units at the top of the forces list: "activate every unit that can" and "send
 * every ready unit of a nation still at home to a hub". Each gives ordinary orders one by one
 * (session/bulkOrders.ts), so today's orders list, undo and the replay see them one by one.
 * `activate` is activateAllCommands(g): the list asks it once for the bar and its rows' buttons.
 */
export function bulkBar(g: GameSession, actions: Actions, choice: BulkChoice, activate: readonly Command[], redraw: () => void): HTMLElement {
  const ix = indexLevel(g.level);
  const hubs = g.level.nodes.filter((_, i) => ix.staging[i]);
  const counts = new Map<string, number>(g.level.nations.map((n) => [n.id, sendReadyCommands(g, n.id, choice.hub ?? hubs[0]?.id ?? '').length]));
  // Default to the first nation with someone to send; keep the player's choice once made.
  if (!choice.nation || !counts.has(choice.nation)) choice.nation = g.level.nations.find((n) => counts.get(n.id)! > 0)?.id ?? g.level.nations[0]?.id ?? null;
  if (!choice.hub || !hubs.some((n) => n.id === choice.hub)) choice.hub = hubs[0]?.id ?? null;
  const send = choice.nation && choice.hub ? sendReadyCommands(g, choice.nation, choice.hub) : [];
  const select = (key: string, label: string, options: Array<[string, string]>, value: string | null, set: (v: string) => void) =>
    h('label', { class: 'bulk-field' }, h('span', { class: 'lbl', text: label }),
      h('select', { attrs: { 'data-key': key }, on: { change: (ev) => set((ev.target as HTMLSelectElement).value) } },
        ...options.map(([id, text]) => h('option', { attrs: { value: id, selected: id === value }, text }))));
  return h('section', { class: 'bulk', attrs: { 'aria-labelledby': 'bulk-title' } },
    h('h3', { attrs: { id: 'bulk-title' }, text: t('bulk.title') }),
    h('button', {
      class: 'bulk-btn', text: t('bulk.activateAll', { n: activate.length }),
      attrs: { type: 'button', 'data-key': 'bulk:activate', 'aria-disabled': activate.length === 0 ? 'true' : null, title: activate.length === 0 ? t('bulk.activateNone') : null },
      on: { click: () => (activate.length ? actions.issueMany(activate) : actions.notify('info', { ui: 'bulk.activateNone' })) },
    }),
    h('p', { class: 'hint', text: t('bulk.send') }),
    h('div', { class: 'bulk-send' },
      select('bulk:nation', t('bulk.nation'), g.level.nations.map((n) => [n.id, `${nationName(n.id)} (${counts.get(n.id) ?? 0})`]), choice.nation, (v) => {
        choice.nation = v;
        redraw();
      }),
      select('bulk:hub', t('bulk.hub'), hubs.map((n) => [n.id, lt(g.level).node(n.id)]), choice.hub, (v) => {
        choice.hub = v;
        redraw();
      }),
      h('button', {
        class: 'bulk-btn', text: t('bulk.sendButton', { n: send.length }),
        attrs: { type: 'button', 'data-key': 'bulk:send', 'aria-disabled': send.length === 0 ? 'true' : null },
        on: { click: () => (send.length ? actions.issueMany(send) : actions.notify('info', { ui: 'bulk.nothing' })) },
      })));
}
