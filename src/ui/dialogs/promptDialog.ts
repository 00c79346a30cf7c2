import type { Actions } from '../../store/actions';
import type { GameStore, Prompt } from '../../store/gameStore';
import type { GameSession } from '../../session/session';
import { t } from '../../i18n';
import { lt } from '../../i18n/levelText';
import { h, swap } from '../dom';
import { destinationOptions, nationOptions, networkOptions, type OrderOption } from '../orders/orderOptions';
import { orderButton } from '../orders/orderButton';
import { runOption } from '../orders/runOption';
import { watch } from '../watch';
import { coachChoice } from '../coach/activeTip';
import { createModal } from './modal';

/**
 * The choice list behind M, L, Y and N (and the Move…/Airlift… buttons): destinations with their
 * arrival day, or networks, or nations. Digits 1–9 pick the n-th entry that can be chosen.
 */
export function createPromptDialog(store: GameStore, actions: Actions): HTMLDialogElement {
  const modal = createModal('prompt', t('prompt.choose'), () => actions.closePrompt(), { wide: true });
  const intro = h('p', { class: 'hint' });
  const list = h('ol', { class: 'orders choices' });
  // Airfields the unit cannot fly to are kept out of the list; why, is one click away.
  const whyNot = h('details', { class: 'why-not' });
  modal.body.append(intro, list, whyNot);
  let options: OrderOption[] = [];

  modal.el.addEventListener('keydown', (ev) => {
    const n = Number(ev.key);
    if (!Number.isInteger(n) || n < 1 || n > 9 || ev.ctrlKey || ev.altKey || ev.metaKey) return;
    const legal = options.filter((o) => !o.refusal);
    const o = legal[n - 1];
    if (o) {
      ev.preventDefault();
      choose(o);
    }
  });

  const choose = (o: OrderOption) => runOption(o, store, actions);

  watch(store, (s) => [s.ui.prompt, s.session?.state], (s) => {
    const p = s.ui.prompt;
    const g = s.session;
    if (p && g) {
      const { title, text, opts: all } = describePrompt(p, g);
      const hidden = p.kind === 'airlift' ? all.filter((o) => o.refusal) : [];
      const opts = p.kind === 'airlift' ? all.filter((o) => !o.refusal) : all;
      options = opts;
      whyNot.hidden = hidden.length === 0;
      swap(whyNot, hidden.length === 0 ? [] : [
        h('summary', { text: t('airlift.hidden', { n: hidden.length }) }),
        h('ul', { class: 'why-not-list' }, ...hidden.map((o) => h('li', { attrs: { 'data-key': `hidden:${o.key}` }, text: t('airlift.hiddenReason', { node: o.label, reason: o.refusal! }) }))),
      ]);
      modal.el.querySelector('h2')!.textContent = title;
      intro.textContent = text;
      let legal = 0;
      swap(list, opts.map((o) => {
        const li = orderButton('prompt', o, choose, { showKey: false });
        if (!o.refusal && ++legal <= 9) li.querySelector('.order-label')!.prepend(h('kbd', { text: String(legal) }), ' ');
        return li;
      }));
    }
    const wasOpen = modal.el.open;
    modal.sync(Boolean(p && g));
    // Focus the choice the tutorial's coach names (so Enter does what the tip says), else the first.
    const coached = p && !wasOpen ? coachChoice(s, p) : null;
    const named = coached ? list.querySelector<HTMLElement>(`[data-order="${CSS.escape(coached)}"]:not([aria-disabled])`) : null;
    if (!wasOpen && modal.el.open) (named ?? list.querySelector<HTMLElement>('button:not([aria-disabled])'))?.focus();
  });
  return modal.el;
}

function describePrompt(p: Prompt, g: GameSession): { title: string; text: string; opts: OrderOption[] } {
  switch (p.kind) {
    case 'move':
    case 'airlift': {
      const formation = lt(g.level).formation(p.formation);
      return {
        title: t(p.kind === 'move' ? 'prompt.move' : 'prompt.airlift', { formation }),
        text: t(p.kind === 'move' ? 'prompt.moveText' : 'prompt.airliftText'),
        opts: destinationOptions(g, p.formation, p.kind),
      };
    }
    case 'cyber': return { title: t('prompt.cyber'), text: t('prompt.cyberText'), opts: networkOptions(g) };
    case 'reassure': return { title: t('prompt.reassure'), text: t('prompt.reassureText'), opts: nationOptions(g) };
  }
}
