import type { LevelIndex, WinProgress } from '../../engine';
import type { Actions } from '../../store/actions';
import { h } from '../dom';
import { fraction } from '../format';

/** Credibility per axis against the bar the win needs there; a button selects the axis. */
export function axesView(axes: WinProgress['axes'], ix: LevelIndex, actions: Actions): HTMLElement {
  return h('div', { class: 'axes', attrs: { role: 'group', 'aria-label': 'Credibility by axis' } },
    ...axes.map((a) => {
      const name = ix.level.axes[ix.axis.get(a.id) ?? 0]?.name ?? a.id;
      const met = a.credibility >= a.bar;
      return h('button', {
        class: `axis-chip${met ? ' met' : ' below'}`,
        attrs: { type: 'button', 'data-key': `hud-axis:${a.id}`, 'aria-label': `${name} axis: credibility ${a.credibility}, bar ${a.bar}, ${met ? 'met' : 'below the bar'}` },
        on: { click: () => actions.select({ kind: 'axis', id: a.id }) },
      },
      h('span', { attrs: { 'data-hud': `axis-${a.id}` }, text: `${name} ${a.credibility} / ${a.bar}` }),
      h('span', { class: 'mark', text: met ? ' ✓' : ' ✗', attrs: { 'aria-hidden': 'true' } }),
      h('span', { class: 'bar', attrs: { 'aria-hidden': 'true' } }, h('span', { class: 'fill', attrs: { style: `width:${Math.round(fraction(a.credibility, a.bar * 1.5) * 100)}%` } }),
        h('span', { class: 'bar-mark', attrs: { style: `left:${Math.round((1 / 1.5) * 100)}%` } })));
    }));
}
