import type { Actions } from '../../store/actions';
import type { GameStore, ListTab } from '../../store/gameStore';
import { h } from '../dom';
import { watch } from '../watch';
import { enableArrowNav } from './arrowNav';
import { createCoalitionList } from './coalitionList';
import { createForcesList } from './forcesList';
import { createPlacesList } from './placesList';

const TABS: Array<{ id: ListTab; label: string }> = [
  { id: 'forces', label: 'Forces' },
  { id: 'places', label: 'Places' },
  { id: 'coalition', label: 'Coalition' },
];

/** The left sidebar: everything on the map, as lists, behind three tabs (ARIA tab pattern). */
export function createSidebar(store: GameStore, actions: Actions): HTMLElement {
  const panels: Record<ListTab, HTMLElement> = {
    forces: createForcesList(store, actions),
    places: createPlacesList(store, actions),
    coalition: createCoalitionList(store, actions),
  };
  const tabs = TABS.map((t) => h('button', {
    class: 'tab',
    attrs: { type: 'button', role: 'tab', id: `tab-${t.id}`, 'aria-controls': `panel-${t.id}`, 'data-tab': t.id },
    text: t.label,
    on: { click: () => actions.setTab(t.id) },
  }));
  const tablist = h('div', { class: 'tabs', attrs: { role: 'tablist', 'aria-label': 'Lists' } }, ...tabs);
  tablist.addEventListener('keydown', (ev) => {
    if (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft') return;
    const at = TABS.findIndex((t) => t.id === store.getState().ui.tab);
    const next = TABS[(at + (ev.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    actions.setTab(next.id);
    tabs[TABS.indexOf(next)]!.focus();
    ev.preventDefault();
  });
  const wrapped = TABS.map((t) => {
    const panel = h('div', { class: 'tab-panel', attrs: { role: 'tabpanel', id: `panel-${t.id}`, 'aria-labelledby': `tab-${t.id}` } }, panels[t.id]);
    enableArrowNav(panel);
    return panel;
  });
  watch(store, (s) => [s.ui.tab], (s) => {
    TABS.forEach((t, i) => {
      const on = t.id === s.ui.tab;
      tabs[i]!.setAttribute('aria-selected', String(on));
      tabs[i]!.tabIndex = on ? 0 : -1;
      wrapped[i]!.hidden = !on;
    });
  });
  return h('nav', { class: 'sidebar left', attrs: { 'aria-label': 'Forces and places' } }, tablist, ...wrapped);
}
