/**
 * The click-counting tool (tools/count-clicks.ts) gives a plan's orders the old way one by one and
 * the new way through bulk orders where a bulk order gives exactly the plan's orders: both must
 * play the same game.
 */
import { describe, expect, it } from 'vitest';
import { endDay, hashState, newGame, type Command } from '../../src/engine';
import { expertBot } from '../../src/bots/expert';
import { activateAllCommands, issueOrders } from '../../src/session/bulkOrders';
import { startSession } from '../../src/session/session';
import { stepsFor } from '../../tools/clicks/plan';
import { shippedLevel } from '../helpers/shipped';

const L = shippedLevel('forty-thousand');

describe('the click-counting plan', () => {
  it('folds a day whose activations are what "activate every unit that can" gives into that one bulk order', () => {
    const g = startSession(L, 'clicks-test');
    const munitions = { type: 'allocate', enabler: 'munitions' } as const;
    const first = issueOrders(g, [munitions]).session;
    // Staff runs out before every unit is activated: the bulk order gives what the rules take.
    const done = issueOrders(first, activateAllCommands(first));
    expect(done.refused.length).toBeGreaterThan(0);
    const orders = [munitions, ...done.given];
    const hash = hashState(endDay(issueOrders(g, orders).session.state, L).state);
    expect(stepsFor(g, orders, hash, 'old')).toEqual(orders.map((cmd) => ({ kind: 'one', cmd })));
    const steps = stepsFor(g, orders, hash, 'new');
    expect(steps.map((s) => s.kind)).toEqual(['one', 'activateAll']);
    expect(steps.flatMap((s) => (s.kind === 'one' ? [s.cmd] : s.cmds))).toEqual(orders);
  });

  it('keeps a plan\'s own choice of units one by one when the bulk order would give others', () => {
    const g = startSession(L, 'clicks-test');
    const some = activateAllCommands(g).slice(0, 2);
    const hash = hashState(endDay(issueOrders(g, some).session.state, L).state);
    expect(stepsFor(g, some, hash, 'new').map((s) => s.kind)).toEqual(['one', 'one']);
  });

  it('folds the moves of every unit free to leave a place into one Ctrl-drag of its stack, and only those', () => {
    // The expert's first 13 days: Estonia's two ready units stand together at Tapa.
    let s = newGame(L, 'chores-stack');
    for (let d = 0; d < 13; d++) s = endDay(expertBot(s, L).state, L).state;
    const g = { ...startSession(L, 'chores-stack'), state: s, dayStart: s };
    const both: Command[] = [{ type: 'move', formation: 'ee-scouts', to: 'rzeszow' }, { type: 'move', formation: 'ee-1-inf', to: 'rzeszow' }];
    const hashOf = (orders: Command[]) => hashState(endDay(issueOrders(g, orders).session.state, L).state);
    const steps = stepsFor(g, both, hashOf(both), 'new');
    expect(steps).toEqual([{ kind: 'stack', from: 'tapa', hub: 'rzeszow', cmds: both }]);
    // One of the two is the player's own choice: it stays a drag of its own.
    expect(stepsFor(g, both.slice(0, 1), hashOf(both.slice(0, 1)), 'new').map((x) => x.kind)).toEqual(['one']);
  });
});
