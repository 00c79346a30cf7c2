import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { t } from '../../i18n';
import { h } from '../dom';
import { createClassroomBar } from '../classroom/classroomBar';
import { createCoachPanel } from '../coach/coachPanel';
import { createControls } from '../hud/controls';
import { createHud } from '../hud/hud';
import { createPanelToggle } from '../hud/panelToggle';
import { createSidebar } from '../lists/sidebar';
import { createOrderPanel } from '../orders/orderPanel';
import { createTodayOrders } from '../orders/todayOrders';
import { createDayLog } from '../report/dayLog';
import { createReportLog } from '../report/reportLog';
import { createReportPanel } from '../report/reportPanel';
import type { ShareHooks } from '../share';
import type { LaterParts } from '../buildLater';
import { createThreatsPanel } from '../threats/threatsPanel';

export interface GameScreen {
  el: HTMLElement;
  /** the element the map mounts into */
  map: HTMLElement;
  /** a message over the map while it loads or when it cannot */
  mapStatus: HTMLElement;
}

/**
 * The game screen: the HUD on top, lists on the left, the map in the middle, orders, today's
 * orders and threats on the right. Everything the map offers is reachable from the DOM too.
 * With `later`, only the frame, the HUD and the map's place are built now; each panel is built in
 * its own turn after them (buildLater.ts), in its own place.
 */
export function createGameScreen(store: GameStore, actions: Actions, announce: (text: string) => void, share?: ShareHooks, host?: { map: HTMLElement; mapStatus: HTMLElement }, later?: LaterParts): GameScreen {
  const part = (make: () => Node | null | undefined, opts?: { early?: boolean }): Node | null | undefined => (later ? later.slot(make, opts) : make());
  // The map's elements outlive a rebuild of the interface (a change of language), so the
  // running map is not torn down with the panels around it.
  const map = host?.map ?? h('div', { class: 'map', attrs: { id: 'map', 'data-map': '' } });
  const mapStatus = host?.mapStatus ?? h('div', { class: 'map-status', attrs: { role: 'status' } });
  // Built in the page's order (the order they were always built in, so their store
  // subscriptions run in the same order too); the HUD with End day first, at once.
  const el = h('div', { class: 'game-screen' },
    createHud(store, actions, createControls(store, actions)),
    part(() => createClassroomBar(store, actions)),
    h('div', { class: 'game-body' },
      part(() => createSidebar(store, actions)),
      h('section', { class: 'map-area', attrs: { 'aria-label': t('game.map'), 'aria-describedby': 'map-note' } },
        map, mapStatus,
        h('p', { class: 'sr-only', attrs: { id: 'map-note' }, text: t('game.mapNote') }),
        part(() => createReportPanel(store, actions, announce)),
        part(() => createPanelToggle(store, actions, 'side-panel')),
        part(() => share?.mapOverlay())),
      h('aside', { class: 'sidebar right', attrs: { id: 'side-panel', 'aria-label': t('game.aside') } },
        // The next step is what a player reads first (and the page's largest text): built first.
        part(() => createCoachPanel(store, actions), { early: true }),
        part(() => share?.sidePanel()),
        part(() => createOrderPanel(store, actions)),
        part(() => createTodayOrders(store, actions)),
        part(() => createThreatsPanel(store, actions)),
        part(() => createReportLog(store))),
      part(() => createDayLog(store, actions))));
  return { el, map, mapStatus };
}
