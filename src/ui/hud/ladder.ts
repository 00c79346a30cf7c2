import { WAR_RUNG } from '../../engine';
import { t } from '../../i18n';
import { rungCount, rungName } from '../../i18n/engineText';
import { h } from '../dom';

/** The six rungs, the current one marked by position, an arrow, weight and words, not hue alone. */
export function ladderView(rung: number, peak: number): HTMLElement {
  const rungs = Array.from({ length: rungCount() }, (_, i) => rungName(i));
  const label = t('ladder.label', { rung: rungName(rung), n: rung + 1, total: rungs.length });
  return h('div', { class: 'ladder-wrap' },
    h('span', { class: 'ladder-label', attrs: { 'data-hud': 'ladder' }, text: label }),
    h('ol', { class: 'ladder', attrs: { 'aria-label': t('ladder.list') } },
      ...rungs.map((name, i) => h('li', {
        class: `rung rung-${i}${i === rung ? ' current' : ''}${i <= peak && i !== rung ? ' reached' : ''}${i === WAR_RUNG ? ' war' : ''}`,
        attrs: { 'aria-current': i === rung ? 'step' : null, title: i === WAR_RUNG ? t('ladder.war', { name }) : name },
      }, i === rung ? h('span', { class: 'arrow', text: '▶', attrs: { 'aria-hidden': 'true' } }) : null, h('span', { text: name })))));
}
