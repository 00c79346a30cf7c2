import type { Command, GameState } from '../engine';
import type { Actions } from '../store/actions';
import type { GameSignal, GameStore } from '../store/gameStore';
import type { RunSignal, TimerSnapshot } from '../speedrun/tracker';

/** What `window.guarantor.snapshot()` returns: a deep copy, safe to keep and to change. */
export interface GuarantorSnapshot {
  level: string;
  seed: string;
  day: number;
  status: GameState['status'];
  state: GameState;
  ordersToday: Command[];
}

export type GuarantorEvent = 'dayEnded' | 'milestone' | 'gameOver' | RunSignal['type'];

export interface GuarantorHandle {
  readonly version: string;
  snapshot(): GuarantorSnapshot | null;
  /** the speedrun timer: real time, day and splits (null without a timer) */
  timer(): TimerSnapshot | null;
  on(event: GameSignal['type'], fn: (payload: GameSignal) => void): () => void;
  on(event: RunSignal['type'], fn: (payload: RunSignal) => void): () => void;
}

const EVENTS: readonly GuarantorEvent[] = ['dayEnded', 'milestone', 'gameOver', 'split', 'timer'];

/**
 * The copying functions, captured when this module loads: a page script (or an autosplitter)
 * could later replace `window.structuredClone` or `JSON.parse` with one that hands back its
 * argument, and the game's own objects would leak out to be changed. Captured references (and a
 * captured Reflect.apply, so a replaced Function.prototype.call cannot interfere) cannot be swapped.
 */
const CLONE = globalThis.structuredClone;
const STRINGIFY = JSON.stringify;
const PARSE = JSON.parse;
const APPLY = Reflect.apply;

/** A deep copy that is never the object it was given. */
function copyOf<T>(value: T): T {
  const c = (typeof CLONE === 'function' ? APPLY(CLONE, globalThis, [value]) : APPLY(PARSE, JSON, [APPLY(STRINGIFY, JSON, [value])])) as T;
  if (value !== null && typeof value === 'object' && c === value) throw new TypeError('guarantor: a copy could not be made');
  return c;
}

/** The speedrun timer's side of the handle (src/speedrun/tracker.ts). */
export interface RunSource { snapshot(): TimerSnapshot; on(fn: (s: RunSignal) => void): () => void }

/**
 * The read-only handle for tools outside the game (speedrun autosplitters, tests): the version,
 * a snapshot of the game, the speedrun timer, and subscriptions to the day-ended / milestone /
 * game-over signals and to the timer's split / timer events (an autosplitter splits on "split",
 * starts on timer "started" and resets on timer "reset").
 * Nothing it hands out is the game's own object, so no tool can change the game through it.
 */
export function createGuarantorHandle(version: string, store: GameStore, actions: Actions, run: RunSource | null = null): GuarantorHandle {
  return Object.freeze({
    version,
    snapshot(): GuarantorSnapshot | null {
      const g = store.getState().session;
      if (!g) return null;
      return copyOf({ level: g.level.id, seed: g.seed, day: g.state.day, status: g.state.status, state: g.state, ordersToday: g.orders });
    },
    timer(): TimerSnapshot | null {
      return run ? copyOf(run.snapshot()) : null;
    },
    on(event: GuarantorEvent, fn: (payload: never) => void): () => void {
      if (!EVENTS.includes(event)) throw new TypeError(`guarantor.on: unknown event "${String(event)}"; use one of ${EVENTS.join(', ')}`);
      if (typeof fn !== 'function') throw new TypeError('guarantor.on: the listener must be a function');
      // Split and timer events come from the speedrun timer, the rest from the game's actions.
      const deliver = fn as (payload: GameSignal | RunSignal) => void;
      if (event === 'split' || event === 'timer') return run ? run.on((sig) => { if (sig.type === event) deliver(copyOf(sig)); }) : () => {};
      return actions.onSignal((sig) => {
        if (sig.type === event) deliver(copyOf(sig));
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
