import { describe, expect, it } from 'vitest';
import { createGuarantorHandle } from '../../src/app/guarantorHandle';
import { greedyBot } from '../../src/bots/greedy';
import { createActions } from '../../src/store/actions';
import { hashState, needsAttention, quietDays } from '../../src/engine';
import { createGameStore, type GameSignal } from '../../src/store/gameStore';
import { loadLevel } from './levels';

const level = loadLevel('tutorial');

function setup() {
  const store = createGameStore();
  const actions = createActions(store);
  actions.newGame(level, 'a');
  return { store, actions };
}

describe('advance to next event', () => {
  it('ends days until one needs a look, or the game ends', () => {
    const { store, actions } = setup();
    for (let i = 0; i < 40 && store.getState().session!.state.status === 'playing'; i++) {
      const from = store.getState().session!.state.day;
      // The engine's forecast of F (the coach's "nothing until day N") is what F then does.
      const forecast = quietDays(store.getState().session!.state, level);
      const n = actions.advance();
      expect(n).toBe(forecast.days);
      expect(hashState(store.getState().session!.state)).toBe(hashState(forecast.states.at(-1)!));
      const g = store.getState().session!;
      expect(n).toBeGreaterThanOrEqual(1);
      expect(g.state.day - from).toBe(g.state.status === 'playing' ? n : n - 1);
      expect(g.state.status !== 'playing' || needsAttention(g.lastDay)).toBe(true);
    }
    expect(store.getState().session!.state.status).not.toBe('playing');
    expect(store.getState().ui.resultOpen).toBe(true);
  });
});

describe('the store for the DOM interface', () => {
  it('shows the list that holds the selection, and closes prompts on select', () => {
    const { store, actions } = setup();
    actions.openPrompt({ kind: 'cyber' });
    actions.select({ kind: 'node', id: 'rzeszow' });
    expect(store.getState().ui).toMatchObject({ tab: 'places', prompt: null });
    actions.select({ kind: 'formation', id: 'pl-1-armd' });
    expect(store.getState().ui.tab).toBe('forces');
  });

  it('derives the modal flag from the dialogs that hold the page', () => {
    const { store, actions } = setup();
    actions.openPrompt({ kind: 'reassure' });
    expect(store.getState().ui.modal).toBe(true);
    actions.closePrompt();
    expect(store.getState().ui.modal).toBe(false);
    actions.toggle('logOpen', true);
    expect(store.getState().ui.modal).toBe(false);
    actions.toggle('helpOpen', true);
    actions.toggle('settingsOpen', true);
    actions.toggle('helpOpen', false);
    expect(store.getState().ui.modal).toBe(true);
    actions.showTitle();
    expect(store.getState().ui.modal).toBe(false);
  });

  it('prepares a move for confirmation and closes the choice list', () => {
    const { store, actions } = setup();
    actions.openPrompt({ kind: 'move', formation: 'pl-1-armd' });
    const p = actions.prepare({ type: 'move', formation: 'pl-1-armd', to: 'rzeszow' });
    expect('cmd' in p && p.arrivalDay).toBeGreaterThanOrEqual(1);
    expect(store.getState().ui.prompt).toBeNull();
    expect(store.getState().ui.pending?.route?.[0]).toBe('warsaw');
  });

  it('counts games so views can tell a new game from a new day', () => {
    const { store, actions } = setup();
    const n = store.getState().gameNo;
    actions.endDay();
    expect(store.getState().gameNo).toBe(n);
    actions.newGame(level, 'a');
    expect(store.getState().gameNo).toBe(n + 1);
  });
});

describe('window.guarantor', () => {
  it('hands out deep copies and the day-ended, milestone and game-over signals', () => {
    const { store, actions } = setup();
    const handle = createGuarantorHandle('9.9.9', store, actions);
    expect(Object.isFrozen(handle)).toBe(true);
    const snap = handle.snapshot()!;
    expect(snap).toMatchObject({ level: 'tutorial', seed: 'a', day: 1, status: 'playing', ordersToday: [] });
    snap.state.formations.length = 0;
    expect(store.getState().session!.state.formations.length).toBeGreaterThan(0);

    const seen: GameSignal['type'][] = [];
    const off = ['dayEnded', 'milestone', 'gameOver'].map((e) => handle.on(e as 'dayEnded', (p) => seen.push(p.type)));
    while (store.getState().session!.state.status === 'playing') {
      for (const cmd of greedyBot(store.getState().session!.state, level).orders) expect(actions.issue(cmd)).toBeNull();
      actions.endDay();
    }
    expect(store.getState().session!.state.status).toBe('won');
    expect(seen).toContain('dayEnded');
    expect(seen).toContain('milestone');
    expect(seen[seen.length - 1]).toBe('gameOver');
    off.forEach((f) => f());
    expect(() => handle.on('nope' as 'dayEnded', () => {})).toThrow(/unknown event/);
  });
});
