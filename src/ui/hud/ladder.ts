import { LADDER_RUNGS, WAR_RUNG } from '../../engine';
import { h } from '../dom';

/** The six rungs, the current one marked by position, an arrow, weight and words, not hue alone. */
export function ladderView(rung: number, peak: number): HTMLElement {
  const label = `Escalation: ${LADDER_RUNGS[rung]} (rung ${rung + 1} of ${LADDER_RUNGS.length})`;
  return h('div', { class: 'ladder-wrap' },
    h('span', { class: 'ladder-label', attrs: { 'data-hud': 'ladder' }, text: label }),
    h('ol', { class: 'ladder', attrs: { 'aria-label': 'Escalation ladder' } },
      ...LADDER_RUNGS.map((name, i) => h('li', {
        class: `rung rung-${i}${i === rung ? ' current' : ''}${i <= peak && i !== rung ? ' reached' : ''}${i === WAR_RUNG ? ' war' : ''}`,
        attrs: { 'aria-current': i === rung ? 'step' : null, title: i === WAR_RUNG ? `${name}: the game is lost` : name },
      }, i === rung ? h('span', { class: 'arrow', text: '▶', attrs: { 'aria-hidden': 'true' } }) : null, h('span', { text: name })))));
}
