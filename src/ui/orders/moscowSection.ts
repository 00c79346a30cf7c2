import { moscowBudget, moscowHand, type MoscowCard } from '../../engine';
import { t } from '../../i18n';
import { refusalText } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';
import type { GameSession } from '../../session/session';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h } from '../dom';
import { giveOrder } from './runOption';

/**
 * Moscow's hand, for the team that plays Moscow and no other: the cards it may still play, each
 * with its pressure cost, its window and the engine's answer to playing it today, and the
 * week's pressure budget left. A coalition team never gets this section (it would see the hand):
 * in hot-seat play it is the team at the screen that holds moscow, in a live class this browser's seat.
 */
export function holdsMoscow(g: GameSession): boolean {
  if (g.seatRoles) return g.seatRoles.includes('moscow');
  const c = g.classroom;
  return !!c && c.current >= 0 && !!c.teams[c.current]?.roles.includes('moscow');
}

export function moscowSection(g: GameSession, store: GameStore, actions: Actions): HTMLElement {
  const hand = moscowHand(g.state, g.level);
  const budget = moscowBudget(g.state, g.level);
  return h('section', { class: 'order-section moscow-hand', attrs: { 'aria-labelledby': 'moscow-hand-title' } },
    h('h3', { attrs: { id: 'moscow-hand-title' }, text: t('moscow.hand') }),
    h('p', { class: 'moscow-budget', attrs: { 'data-key': 'moscow-budget' }, text: t('moscow.budget', { left: budget.left, week: budget.week }) }),
    hand.length === 0
      ? h('p', { class: 'hint', text: t('moscow.empty') })
      : h('ul', { class: 'orders' }, ...hand.map((c) => cardRow(c, g, store, actions))));
}

function cardRow(c: MoscowCard, g: GameSession, store: GameStore, actions: Actions): HTMLElement {
  const title = lt(g.level).card(c.card).title;
  const refusal = c.refusal ? refusalText(c.refusal, g.level) : null;
  const descId = `moscow-desc-${c.card.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const meta = [t('moscow.cost', { n: c.cost }), t('moscow.window', { from: c.window[0], to: c.window[1] }), t('moscow.due', { day: c.due })].join(' · ');
  return h('li', { class: `order${refusal ? ' refused' : ''}` },
    h('button', {
      class: 'order-btn',
      attrs: { type: 'button', 'data-key': `play:${c.card}`, 'aria-disabled': refusal ? 'true' : null, 'aria-describedby': descId },
      on: { click: () => {
        if (c.refusal) actions.notify('refusal', { refusal: c.refusal, level: g.level });
        else giveOrder({ type: 'play', card: c.card }, store, actions);
      } },
    }, h('span', { class: 'order-label', text: t('moscow.play', { card: title }) })),
    h('div', { class: 'order-desc', attrs: { id: descId } },
      h('span', { class: 'order-meta', text: meta }),
      refusal
        ? h('span', { class: 'order-refusal' }, h('span', { class: 'mark', text: '✗ ', attrs: { 'aria-hidden': 'true' } }), refusal)
        : h('span', { class: 'order-effect', text: t('moscow.fires', { day: c.fires ?? c.window[1] }) })));
}
