import { activeAllocations, capacityOf, sortiesLeft, usSupport, type GameState, type LevelIndex } from '../../engine';
import { h } from '../dom';

/** US enabler capacity today: what is in use of what is available, and US support overall. */
export function enablersView(s: GameState, ix: LevelIndex): HTMLElement {
  const used = (kind: 'isr' | 'missileDefence' | 'cyber' | 'training') => `${activeAllocations(s, ix, kind).length}/${capacityOf(s, ix, kind)}`;
  const support = usSupport(s);
  const items: Array<[string, string, string]> = [
    ['isr', `ISR ${used('isr')}`, 'ISR allocated of capacity'],
    ['airlift', `Airlift ${sortiesLeft(s, ix)}/${capacityOf(s, ix, 'airlift')} sorties`, 'Airlift sorties left today of capacity'],
    ['missileDefence', `Missile defence ${used('missileDefence')}`, 'Missile-defence batteries placed of capacity'],
    ['cyber', `Cyber ${used('cyber')}`, 'Cyber-defence teams placed of capacity'],
    ['training', `Training ${used('training')}`, 'Training teams assigned of capacity'],
    ['munitions', `Munitions ${s.munitions.length}/${capacityOf(s, ix, 'munitions')}`, 'Munitions programmes under way of capacity'],
    ['surge', `Surge ${Math.max(0, ix.level.enablers.surge - s.surgesUsed)} left`, 'US surges left in this level'],
    ['support', `US support ${support}%`, 'US support after funding cuts'],
  ];
  return h('ul', { class: 'enablers', attrs: { 'aria-label': 'US enablers' } },
    ...items.map(([key, text, title]) => h('li', { class: key === 'support' && support < 100 ? 'warn' : '', attrs: { title, 'data-hud': `us-${key}` }, text })));
}
