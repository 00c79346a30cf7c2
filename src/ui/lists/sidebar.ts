import type { Actions } from '../../store/actions';
import type { GameStore, ListTab } from '../../store/gameStore';
import { t, type UiKey } from '../../i18n';
import { h } from '../dom';
import { watch } from '../watch';
import { enableArrowNav } from './arrowNav';
import { createCoalitionList } from './coalitionList';
import { createForcesList } from './forcesList';
import { createPlacesList } from './placesList';

const TABS: Array<{ id: ListTab; label: UiKey }> = [
  { id: 'forces', label: 'tab.forces' },
  { id: 'places', label: 'tab.places' },
  { id: 'coalition', label: 'tab.coalition' },
];

/** The left sidebar: everything on the map, as lists, behind three tabs (ARIA tab pattern). */
export function createSidebar(store: GameStore, actions: Actions): HTMLElement {
  const panels: Record<ListTab, HTMLElement> = {
    forces: createForcesList(store, actions),
    places: createPlacesList(store, actions),
    coalition: createCoalitionList(store, actions),
  };
  const tabs = TABS.map((tab) => h('button', {
    class: 'tab',
    attrs: { type: 'button', role: 'tab', id: `tab-${tab.id}`, 'aria-controls': `panel-${tab.id}`, 'data-tab': tab.id },
    text: t(tab.label),
    on: { click: () => actions.setTab(tab.id) },
  }));
  const tablist = h('div', { class: 'tabs', attrs: { role: 'tablist', 'aria-label': t('sidebar.tabs') } }, ...tabs);
  tablist.addEventListener('keydown', (ev) => {
    if (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft') return;
    const at = TABS.findIndex((x) => x.id === store.getState().ui.tab);
    const next = TABS[(at + (ev.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    actions.setTab(next.id);
    tabs[TABS.indexOf(next)]!.focus();
    ev.preventDefault();
  });
  const wrapped = TABS.map((tab) => {
    const panel = h('div', { class: 'tab-panel', attrs: { role: 'tabpanel', id: `panel-${tab.id}`, 'aria-labelledby': `tab-${tab.id}` } }, panels[tab.id]);
    enableArrowNav(panel);
    return panel;
  });
  watch(store, (s) => [s.ui.tab], (s) => {
    TABS.forEach((tab, i) => {
      const on = tab.id === s.ui.tab;
      tabs[i]!.setAttribute('aria-selected', String(on));
      tabs[i]!.tabIndex = on ? 0 : -1;
      wrapped[i]!.hidden = !on;
    });
  });
  return h('nav', { class: 'sidebar left', attrs: { 'aria-label': t('sidebar.label') } }, tablist, ...wrapped);
}
