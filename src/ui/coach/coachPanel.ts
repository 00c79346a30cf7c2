import { t, type UiKey } from '../../i18n';
import { nationName, networkName } from '../../i18n/engineText';
import { lt } from '../../i18n/levelText';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { h, swap } from '../dom';
import { watch } from '../watch';
import { activeTip } from './activeTip';
import type { CoachStep, CoachTip } from './coachTip';

const TEXT: Record<CoachStep, UiKey> = {
  confirm: 'coach.confirm', isr: 'coach.isr', commit: 'coach.commit', reassureThreat: 'coach.reassureThreat',
  summitThreat: 'coach.summitThreat', cyber: 'coach.cyber', protocol: 'coach.protocol', plan: 'coach.plan', battery: 'coach.battery',
  move: 'coach.move', toAirfield: 'coach.toAirfield', airlift: 'coach.airlift', toUkraine: 'coach.toUkraine',
  exercise: 'coach.exercise', activate: 'coach.activate', reassure: 'coach.reassure', endDay: 'coach.endDay', wait: 'coach.wait',
};

/**
 * "Next step" in the tutorial: one sentence on what to do now, why (with the engine's numbers) and
 * which key does it, with a button that selects what the order applies to or opens its choice list,
 * where the coach's choice is the one focused. The tip's order is on the paragraph as data, for tests.
 */
export function createCoachPanel(store: GameStore, actions: Actions): HTMLElement {
  const body = h('div', { class: 'panel-body' });
  const el = h('section', { class: 'panel coach-panel', attrs: { 'aria-labelledby': 'coach-title', hidden: true } },
    h('h2', { attrs: { id: 'coach-title' }, text: t('coach.title') }), body);
  watch(store, (s) => [s.session?.state, s.session?.level, s.ui.pending, s.settings.tips], (s) => {
    const tip = activeTip(s);
    el.hidden = tip === null;
    const g = s.session;
    if (!tip || !g) return;
    const show = showAction(tip, actions);
    swap(body, [
      h('p', {
        attrs: { 'data-coach': tip.step, 'data-command': tip.command ? JSON.stringify(tip.command) : null },
        text: t(TEXT[tip.step], wordsOf(tip, g.level)),
      }),
      h('div', { class: 'buttons' },
        show ? h('button', { class: 'small', attrs: { type: 'button', 'data-key': 'coach-show' }, text: t('coach.show'), on: { click: show } }) : null,
        h('button', { class: 'small link', attrs: { type: 'button', 'data-key': 'coach-hide' }, text: t('coach.hide'), on: { click: () => actions.updateSettings({ tips: false }) } })),
    ]);
  });
  return el;
}

/** What "Show me" does: select the thing the order applies to, open its choice list, or its tab. */
function showAction(tip: CoachTip, actions: Actions): (() => void) | null {
  if (tip.select) { const sel = tip.select; return () => actions.select(sel); }
  if (tip.prompt) { const p = tip.prompt; return () => actions.openPrompt(p); }
  if (tip.tab) { const tab = tip.tab; return () => actions.setTab(tab); }
  return null;
}

/** The tip's numbers as they are, its ids as names in the player's language. */
function wordsOf(tip: CoachTip, level: Parameters<typeof lt>[0]): Record<string, string | number> {
  const names = lt(level);
  const p = tip.params;
  const out: Record<string, string | number> = { ...p, troops: level.win.troops };
  const str = (k: string) => (typeof p[k] === 'string' ? (p[k] as string) : null);
  if (str('formation')) out.formation = names.formation(str('formation')!);
  if (str('node')) out.node = names.node(str('node')!);
  if (str('to')) out.to = names.node(str('to')!);
  if (str('nation')) out.nation = nationName(str('nation')!);
  if (str('network')) out.network = networkName(str('network')!);
  if (str('threat')) out.threat = names.card(str('threat')!).title;
  if (str('axis')) out.axis = names.axis(str('axis')!);
  return out;
}
