/**
 * The live class as this browser sees it: the connection, the class's games and seats, this
 * seat's turn, or the facilitator's dashboard. Outlives a rebuild of the interface (a change of
 * language), as the connection does.
 */
import { createStore } from 'zustand/vanilla';
import type { ClassInfo, RoomSetup } from '../../live/protocol';
import type { GameFigures } from '../../live/protocol';
import type { Replay } from '../../engine';

export interface Dashboard {
  code: string;
  setup: RoomSetup | null;
  games: GameFigures[];
  seats: Array<Array<{ id: string; roles: string[]; taken: boolean }>>;
  notes: Array<Array<{ day: number; text: string }>>;
  messages: string[];
}

export interface LiveState {
  /** which live screen is open: joining, the dashboard, or none */
  view: 'join' | 'dashboard' | null;
  phase: 'idle' | 'connecting' | 'lobby' | 'seated' | 'facilitator';
  /** a class server answered the probe on this page's origin */
  available: boolean;
  code: string;
  info: ClassInfo | null;
  seat: { game: number; team: number } | null;
  done: boolean[];
  paused: boolean;
  dashboard: Dashboard | null;
  replays: Array<{ name: string; replay: Replay }> | null;
  /** the last problem, worded for the player */
  error: string | null;
}

export type LiveStore = ReturnType<typeof createLiveStore>;

export function createLiveStore() {
  return createStore<LiveState>()(() => ({
    view: null, phase: 'idle', available: false, code: '', info: null, seat: null, done: [], paused: false, dashboard: null, replays: null, error: null,
  }));
}
