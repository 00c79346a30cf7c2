import { indexLevel } from '../../engine';
import { t } from '../../i18n';
import { h } from '../dom';
import type { Game } from './orderOptions';

/** "Budget" explained where it is spent (pre-positioning at a hub, European lift): what it is, what
 *  it buys at the level's prices, and how it refills, with the figures of this game. */
export function budgetLine(g: Game): HTMLElement {
  const r = indexLevel(g.level).rules;
  return h('p', {
    class: 'hint budget-line', attrs: { 'data-key': 'budget-explain' },
    text: t('budget.explain', { budget: g.state.budget, perDay: g.level.budget.perDay, prepo: r.prepoBudget, euroLift: r.euroLiftBudget }),
  });
}
