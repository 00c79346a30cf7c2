/** The join screen and the facilitator's dashboard: loaded the first time one is opened (index.ts). */
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import { createDashboard } from './dashboard';
import { createJoinView } from './joinView';
import type { LiveClient } from './liveClient';
import type { LiveStore } from './liveStore';

export function createLiveScreens(store: GameStore, actions: Actions, live: LiveStore, client: LiveClient): HTMLElement[] {
  return [createJoinView(live, client), createDashboard(store, actions, live, client)];
}
