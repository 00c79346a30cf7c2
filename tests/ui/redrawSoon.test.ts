/**
 * redrawSoonOn (src/ui/watch.ts): a view's redraw after a change of the store runs in a later task,
 * once for several changes, from the latest state, and never after the view is let go of.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGameStore } from '../../src/store/gameStore';
import { collectWatches, redrawSoonOn } from '../../src/ui/watch';

describe('redrawSoonOn', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  const volumeOf = (store: ReturnType<typeof createGameStore>, volume: number) =>
    store.setState((s) => ({ settings: { ...s.settings, volume } }));

  it('draws nothing now nor in the changing task, then once, from the latest state', () => {
    const store = createGameStore();
    const drawn: number[] = [];
    redrawSoonOn(store, (s) => [s.settings.volume], (s) => drawn.push(s.settings.volume));
    volumeOf(store, 0.3);
    volumeOf(store, 0.4);
    expect(drawn).toEqual([]);
    vi.runAllTimers();
    expect(drawn).toEqual([0.4]);
  });

  it('ignores changes of what it does not depend on', () => {
    const store = createGameStore();
    const drawn: number[] = [];
    redrawSoonOn(store, (s) => [s.settings.volume], (s) => drawn.push(s.settings.volume));
    store.setState((s) => ({ settings: { ...s.settings, tips: !s.settings.tips } }));
    vi.runAllTimers();
    expect(drawn).toEqual([]);
  });

  it('a redraw still waiting when the interface is taken down never runs', () => {
    const store = createGameStore();
    const drawn: number[] = [];
    const built = collectWatches(() => redrawSoonOn(store, (s) => [s.settings.volume], (s) => drawn.push(s.settings.volume)));
    volumeOf(store, 0.2);
    built.dispose();
    vi.runAllTimers();
    volumeOf(store, 0.7);
    vi.runAllTimers();
    expect(drawn).toEqual([]);
  });
});
