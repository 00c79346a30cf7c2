import type { LevelIndex, WinProgress } from '../../engine';
import type { Actions } from '../../store/actions';
import { t } from '../../i18n';
import { lt } from '../../i18n/levelText';
import { h } from '../dom';
import { fraction } from '../format';

/** Credibility per axis against the bar the win needs there; a button selects the axis. */
export function axesView(axes: WinProgress['axes'], ix: LevelIndex, actions: Actions): HTMLElement {
  return h('div', { class: 'axes', attrs: { role: 'group', 'aria-label': t('axes.group') } },
    ...axes.map((a) => {
      const name = lt(ix.level).axis(a.id);
      const met = a.held;
      return h('button', {
        class: `axis-chip${met ? ' met' : ' below'}`,
        attrs: { type: 'button', 'data-key': `hud-axis:${a.id}`, 'aria-label': t('axes.chip', { name, credibility: a.credibility, bar: a.bar, verdict: t(met ? 'axes.met' : 'axes.below') }) },
        on: { click: () => actions.select({ kind: 'axis', id: a.id }) },
      },
      h('span', { attrs: { 'data-hud': `axis-${a.id}` }, text: `${name} ${a.credibility} / ${a.bar}` }),
      h('span', { class: 'mark', text: met ? ' ✓' : ' ✗', attrs: { 'aria-hidden': 'true' } }),
      h('span', { class: 'bar', attrs: { 'aria-hidden': 'true' } }, h('span', { class: 'fill', style: { width: `${Math.round(fraction(a.credibility, a.bar * 1.5) * 100)}%` } }),
        h('span', { class: 'bar-mark', style: { left: `${Math.round((1 / 1.5) * 100)}%` } })));
    }));
}
