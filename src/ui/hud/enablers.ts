import { activeAllocations, capacityOf, sortiesLeft, usSupport, type GameState, type LevelIndex } from '../../engine';
import { t } from '../../i18n';
import { h } from '../dom';

/** US enabler capacity today: what is in use of what is available, and US support overall. */
export function enablersView(s: GameState, ix: LevelIndex): HTMLElement {
  const used = (kind: 'isr' | 'missileDefence' | 'cyber' | 'training') => `${activeAllocations(s, ix, kind).length}/${capacityOf(s, ix, kind)}`;
  const support = usSupport(s);
  const items: Array<[string, string, string]> = [
    ['isr', t('us.isr', { used: used('isr') }), t('us.isrTitle')],
    ['airlift', t('us.airlift', { left: sortiesLeft(s, ix), cap: capacityOf(s, ix, 'airlift') }), t('us.airliftTitle')],
    ['missileDefence', t('us.md', { used: used('missileDefence') }), t('us.mdTitle')],
    ['cyber', t('us.cyber', { used: used('cyber') }), t('us.cyberTitle')],
    ['training', t('us.training', { used: used('training') }), t('us.trainingTitle')],
    ['munitions', t('us.munitions', { used: `${s.munitions.length}/${capacityOf(s, ix, 'munitions')}` }), t('us.munitionsTitle')],
    ['surge', t('us.surge', { n: Math.max(0, ix.level.enablers.surge - s.surgesUsed) }), t('us.surgeTitle')],
    ['support', t('us.support', { pct: support }), t('us.supportTitle')],
  ];
  return h('ul', { class: 'enablers', attrs: { 'aria-label': t('us.list') } },
    ...items.map(([key, text, title]) => h('li', { class: key === 'support' && support < 100 ? 'warn' : '', attrs: { title, 'data-hud': `us-${key}` }, text })));
}
