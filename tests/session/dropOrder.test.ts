/** A unit dropped on a place: the order is given at once, except an airlift whose heavy equipment
 *  must follow by surface, which waits for Confirm with its wait spelled out. */
import { describe, expect, it } from 'vitest';
import { dropOrder, dropStack } from '../../src/scenes/input/mapOrder';
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

describe('dropping a whole stack on a place (Ctrl-drag)', () => {
  const uiKeys = (store: ReturnType<typeof solo>['store']) => store.getState().ui.notices.map((n) => `${n.kind}:${'ui' in n.text ? n.text.ui : ''}`);

  it('moves every unit there free to leave, each as its own order, and undo takes them back one at a time', () => {
    const { store, actions } = solo();
    expect(dropStack(actions, store.getState().session!, 'warsaw', 'rzeszow', false)).toBe(2);
    // Only Warsaw's units: Berlin's and London's stay where they are.
    expect(store.getState().session!.orders).toEqual([
      { type: 'move', formation: 'pl-hr', to: 'rzeszow' },
      { type: 'move', formation: 'pl-bde', to: 'rzeszow' },
    ]);
    expect(uiKeys(store)).toContain('success:bulk.given');
    expect(actions.undo()).toBe(true);
    expect(store.getState().session!.orders).toEqual([{ type: 'move', formation: 'pl-hr', to: 'rzeszow' }]);
  });

  it('refuses, saying why, when no unit there can leave (all on the move already, or none at all)', () => {
    const { store, actions } = solo();
    dropStack(actions, store.getState().session!, 'warsaw', 'rzeszow', false);
    const before = store.getState().session!.orders.length;
    expect(dropStack(actions, store.getState().session!, 'warsaw', 'lviv', false)).toBe(0);
    expect(dropStack(actions, store.getState().session!, 'lviv', 'rzeszow', false)).toBe(0);
    expect(store.getState().session!.orders).toHaveLength(before);
    expect(uiKeys(store).filter((k) => k === 'refusal:bulk.stackNone')).toHaveLength(2);
  });

  it('airlifts the light units, says why the rules refuse others, and leaves heavy ones (equipment following) for their own Confirm', () => {
    const { store, actions } = solo();
    // Warsaw: the light battlegroup flies; the brigade is too big for today's sorties, and says so.
    expect(dropStack(actions, store.getState().session!, 'warsaw', 'rzeszow', true)).toBe(1);
    expect(store.getState().session!.orders).toEqual([{ type: 'airlift', formation: 'pl-hr', to: 'rzeszow' }]);
    expect(uiKeys(store)).toContain('refusal:bulk.refused');
    expect(uiKeys(store)).not.toContain('info:bulk.stackHeavyLeft');
    // Berlin: its battlegroup would wait for its equipment, so it is left for a drag of its own.
    expect(dropStack(actions, store.getState().session!, 'berlin', 'rzeszow', true)).toBe(0);
    expect(store.getState().session!.orders).toHaveLength(1);
    expect(uiKeys(store)).toContain('info:bulk.stackHeavyLeft');
    expect(uiKeys(store)).not.toContain('refusal:bulk.stackNone');
  });
});
