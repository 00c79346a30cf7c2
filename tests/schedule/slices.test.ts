import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nextTask, runInSlices } from '../../src/schedule/slices';

describe('runInSlices', () => {
  beforeEach(() => { vi.useFakeTimers(); });
  afterEach(() => { vi.useRealTimers(); });

  /** a clock each step advances by `cost` ms */
  const costly = (n: number, cost: number) => {
    let t = 0;
    const ran: number[] = [];
    const steps = Array.from({ length: n }, (_, k) => () => { ran.push(k); t += cost; });
    return { steps, ran, now: () => t };
  };

  it('runs nothing in the caller\'s task, then as many steps per task as the budget allows, in order', () => {
    const { steps, ran, now } = costly(10, 10);
    let done = 0;
    runInSlices(steps, { budgetMs: 25, now, onDone: () => done++ });
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    // 10 + 10 = 20 < 25 runs a third step, which takes the task to 30
    expect(ran).toEqual([0, 1, 2]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5]);
    vi.runAllTimers();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(done).toBe(1);
  });

  it('runs one step per task when a single step is over budget', () => {
    const { steps, ran, now } = costly(3, 100);
    runInSlices(steps, { budgetMs: 25, now });
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([0]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([0, 1]);
  });

  it('cancel drops the steps not yet run and never calls onDone', () => {
    const { steps, ran, now } = costly(6, 20);
    let done = 0;
    const cancel = runInSlices(steps, { budgetMs: 25, now, onDone: () => done++ });
    vi.advanceTimersToNextTimer();
    cancel();
    vi.runAllTimers();
    expect(ran).toEqual([0, 1]);
    expect(done).toBe(0);
  });

  it('a throwing step stops the rest and reaches onError', () => {
    const ran: number[] = [];
    const errors: unknown[] = [];
    runInSlices([() => ran.push(0), () => { throw new Error('bad step'); }, () => ran.push(2)], { now: () => 0, onError: (e) => errors.push(e) });
    vi.runAllTimers();
    expect(ran).toEqual([0]);
    expect((errors[0] as Error).message).toBe('bad step');
  });

  it('no steps: done at once', () => {
    let done = 0;
    runInSlices([], { onDone: () => done++ });
    expect(done).toBe(1);
  });

  it('nextTask resolves only after the current task', async () => {
    let resolved = false;
    const p = nextTask().then(() => { resolved = true; });
    await Promise.resolve();
    expect(resolved).toBe(false);
    vi.runAllTimers();
    await p;
    expect(resolved).toBe(true);
  });
});
