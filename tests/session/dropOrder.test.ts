/** A unit dropped on a place: the order is given at once, except an airlift whose heavy equipment
 *  must follow by surface, which waits for Confirm with its wait spelled out. */
import { describe, expect, it } from 'vitest';
import { dropOrder } from '../../src/scenes/input/mapOrder';
import { createActions } from '../../src/store/actions';
import { createGameStore } from '../../src/store/gameStore';
import { tinyLevel } from '../helpers/levelBuilder';

const L = tinyLevel((l) => { for (const n of l.nations) for (const x of n.roster) x.start = 'ready'; });

function solo() {
  const store = createGameStore();
  const actions = createActions(store, null);
  actions.newGame(L, 'drop');
  return { store, actions };
}

describe('dropping a unit on a place', () => {
  it('flies a light unit at once', () => {
    const { store, actions } = solo();
    expect(dropOrder(actions, L, 'gb-hr', 'rzeszow', true)).toBeNull();
    expect(store.getState().session!.orders).toEqual([{ type: 'airlift', formation: 'gb-hr', to: 'rzeszow' }]);
  });

  it('only prepares an airlift that leaves heavy equipment behind, so its wait is read before Confirm', () => {
    const { store, actions } = solo();
    const r = dropOrder(actions, L, 'de-hr', 'rzeszow', true);
    expect(r && 'message' in r && r.message.key).toBe('airliftFollow');
    expect(store.getState().session!.orders).toEqual([]);
    expect(store.getState().ui.pending?.cmd).toEqual({ type: 'airlift', formation: 'de-hr', to: 'rzeszow' });
    // The same unit by road and rail is given at once.
    actions.cancelPending();
    expect(dropOrder(actions, L, 'de-hr', 'rzeszow', false)).toBeNull();
    expect(store.getState().session!.orders).toEqual([{ type: 'move', formation: 'de-hr', to: 'rzeszow' }]);
  });
});
