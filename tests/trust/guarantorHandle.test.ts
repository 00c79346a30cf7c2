/**
 * window.guarantor never hands out the game's own objects (issue 15, point 5): a page script that
 * replaces structuredClone (and JSON) after the game has loaded gets copies all the same.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createGuarantorHandle } from '../../src/app/guarantorHandle';
import { createActions } from '../../src/store/actions';
import { createGameStore } from '../../src/store/gameStore';
import { shippedLevel } from '../helpers/shipped';

const realClone = globalThis.structuredClone;
const realParse = JSON.parse;
const realStringify = JSON.stringify;
afterEach(() => {
  globalThis.structuredClone = realClone;
  JSON.parse = realParse;
  JSON.stringify = realStringify;
});

describe('window.guarantor under a hostile page', () => {
  it('identity structuredClone and JSON: a changed snapshot leaves the game unchanged', () => {
    const store = createGameStore();
    const actions = createActions(store);
    actions.newGame(shippedLevel('tutorial'), 'handle-1');
    const handle = createGuarantorHandle('1.0.0', store, actions);
    const before = realStringify(store.getState().session!.state);
    globalThis.structuredClone = (<T>(x: T) => x) as typeof structuredClone;
    JSON.parse = ((x: unknown) => x) as typeof JSON.parse;
    JSON.stringify = ((x: unknown) => x) as typeof JSON.stringify;
    const snap = handle.snapshot()!;
    snap.state.staffLeft[0] = 999;
    snap.state.formations.length = 0;
    snap.ordersToday.push({ type: 'summit' });
    const after = store.getState().session!;
    expect(after.state.staffLeft[0]).not.toBe(999);
    expect(after.orders).toEqual([]);
    expect(realStringify(after.state)).toBe(before);
  });
});
