import { createStore } from 'zustand/vanilla';
import type { Replay } from '../../engine';
import type { Level } from '../../levels/schema';
import { branchAt, createPlayback, type Playback } from '../../replay/playback';
import type { Actions } from '../../store/actions';
import type { GameStore } from '../../store/gameStore';
import type { GameSession } from '../../store/session';

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;

export interface ViewerState {
  playback: Playback | null;
  /** days shown: the session after this many days */
  day: number;
  playing: boolean;
  /** days per second */
  speed: number;
  /** the game the player was in before watching, given back when the replay closes */
  before: GameSession | null;
}

/**
 * Watching a replay: the replay's game after k days is put in the store as a view-only session,
 * so the map, the HUD, the lists and the day's report show it with the code that shows a game.
 * Play advances a day at the chosen speed; step goes one day either way; branch hands the game
 * at this day to the player as a new game.
 */
export function createViewer(store: GameStore, actions: Actions) {
  const vs = createStore<ViewerState>()(() => ({ playback: null, day: 0, playing: false, speed: 1, before: null }));
  let timer: ReturnType<typeof setTimeout> | null = null;

  const stopTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const schedule = () => {
    stopTimer();
    const { playing, speed } = vs.getState();
    if (playing) timer = setTimeout(tick, Math.round(1000 / speed));
  };
  const show = (day: number, fresh = false) => {
    const p = vs.getState().playback;
    if (!p) return;
    const k = Math.max(0, Math.min(p.length, day));
    vs.setState({ day: k });
    actions.openSession(p.at(k), !fresh);
    actions.toggle('summaryOpen', k > 0);
  };
  const tick = () => {
    const { playback, day } = vs.getState();
    if (!playback || day >= playback.length) {
      vs.setState({ playing: false });
      return;
    }
    show(day + 1);
    if (day + 1 >= playback.length) vs.setState({ playing: false });
    schedule();
  };
  const watching = () => {
    const g = store.getState().session;
    const p = vs.getState().playback;
    return Boolean(p && g?.viewOnly && g.level === p.level);
  };

  // Playback pauses while a dialog holds the page, and the viewer lets go when another game starts.
  store.subscribe((s) => {
    const v = vs.getState();
    if (!v.playback) return;
    if (!watching()) {
      stopTimer();
      vs.setState({ playback: null, playing: false, before: null });
      return;
    }
    if (v.playing && (s.ui.modal || s.ui.screen !== 'game')) {
      vs.setState({ playing: false });
      stopTimer();
    }
  });

  return {
    state: vs,
    watching,
    open(level: Level, replay: Replay) {
      stopTimer();
      const g = store.getState().session;
      const before = g && !g.viewOnly ? g : vs.getState().before;
      vs.setState({ playback: createPlayback(level, replay), day: 0, playing: false, before });
      show(0, true);
    },
    step(delta: number) {
      if (!watching()) return;
      vs.setState({ playing: false });
      stopTimer();
      show(vs.getState().day + delta);
    },
    seek(day: number) {
      if (!watching()) return;
      show(day);
    },
    toggle() {
      if (!watching()) return;
      const { playing, day, playback } = vs.getState();
      if (!playing && playback && day >= playback.length) show(0);
      vs.setState({ playing: !playing });
      schedule();
    },
    faster(step: 1 | -1) {
      const i = SPEEDS.indexOf(vs.getState().speed as (typeof SPEEDS)[number]);
      vs.setState({ speed: SPEEDS[Math.max(0, Math.min(SPEEDS.length - 1, (i < 0 ? 1 : i) + step))]! });
      schedule();
    },
    setSpeed(speed: number) {
      if (SPEEDS.includes(speed as (typeof SPEEDS)[number])) vs.setState({ speed });
      schedule();
    },
    /** The game at this day becomes the player's: a new game that starts where the replay stands. */
    branch(): GameSession | null {
      const { playback, day } = vs.getState();
      if (!watching() || !playback) return null;
      const mine = branchAt(playback, day);
      if (!mine) return null;
      stopTimer();
      actions.openSession(mine);
      return mine;
    },
    /** Stop watching: back to the game the player was in, or to the title screen. */
    close(): GameSession | null {
      const { before } = vs.getState();
      stopTimer();
      vs.setState({ playback: null, playing: false, before: null });
      return before;
    },
  };
}

export type Viewer = ReturnType<typeof createViewer>;
