import type { Command, GameState } from '../engine';
import type { Actions } from '../store/actions';
import type { GameSignal, GameStore } from '../store/gameStore';

/** What `window.guarantor.snapshot()` returns: a deep copy, safe to keep and to change. */
export interface GuarantorSnapshot {
  level: string;
  seed: string;
  day: number;
  status: GameState['status'];
  state: GameState;
  ordersToday: Command[];
}

export type GuarantorEvent = 'dayEnded' | 'milestone' | 'gameOver';

export interface GuarantorHandle {
  readonly version: string;
  snapshot(): GuarantorSnapshot | null;
  on(event: GuarantorEvent, fn: (payload: GameSignal) => void): () => void;
}

const EVENTS: readonly GuarantorEvent[] = ['dayEnded', 'milestone', 'gameOver'];

/**
 * The read-only handle for tools outside the game (speedrun autosplitters, tests): the version,
 * a snapshot of the game, and subscriptions to the day-ended / milestone / game-over signals.
 * Nothing it hands out is the game's own object, so no tool can change the game through it.
 */
export function createGuarantorHandle(version: string, store: GameStore, actions: Actions): GuarantorHandle {
  return Object.freeze({
    version,
    snapshot(): GuarantorSnapshot | null {
      const g = store.getState().session;
      if (!g) return null;
      return structuredClone({ level: g.level.id, seed: g.seed, day: g.state.day, status: g.state.status, state: g.state, ordersToday: g.orders });
    },
    on(event: GuarantorEvent, fn: (payload: GameSignal) => void): () => void {
      if (!EVENTS.includes(event)) throw new TypeError(`guarantor.on: unknown event "${String(event)}"; use one of ${EVENTS.join(', ')}`);
      if (typeof fn !== 'function') throw new TypeError('guarantor.on: the listener must be a function');
      return actions.onSignal((sig) => {
        if (sig.type === event) fn(structuredClone(sig));
      });
    },
  });
}

export function installGuarantorHandle(win: Window, handle: GuarantorHandle): void {
  Object.defineProperty(win, 'guarantor', { value: handle, writable: false, configurable: false, enumerable: true });
}

declare global {
  interface Window { guarantor: GuarantorHandle }
}
