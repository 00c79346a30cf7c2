/**
 * The interface's later parts (src/ui/buildLater.ts): built in tasks after the caller's, each in
 * its placeholder's place, one a task with a frame between two, all at once when asked, never
 * after the interface is taken down. Unit tests run without a DOM: a placeholder here records
 * what replaced it, and a frame is a 16 ms timer.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { laterParts } from '../../src/ui/buildLater';

interface FakeMark { replacedBy: unknown[] | null; replaceWith(...nodes: unknown[]): void }

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('document', {
    createComment: (): FakeMark => ({ replacedBy: null, replaceWith(...nodes: unknown[]) { this.replacedBy = nodes; } }),
  });
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => setTimeout(cb, 16));
  vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** `n` parts, each taking `cost` ms of a fake clock, recording its build and returning a node named after it */
function parts(n: number, cost = 30) {
  let t = 0;
  const later = laterParts(() => t);
  const built: number[] = [];
  const marks = Array.from({ length: n }, (_, k) => later.slot(() => { built.push(k); t += cost; return `node-${k}` as unknown as Node; }) as unknown as FakeMark);
  return { later, built, marks };
}

describe('laterParts', () => {
  it('builds nothing in the caller\'s task, then every part in order, each in its placeholder\'s place', () => {
    const { later, built, marks } = parts(3);
    let done = 0;
    later.start(() => done++);
    expect(built).toEqual([]);
    expect(later.done).toBe(false);
    vi.runAllTimers();
    expect(built).toEqual([0, 1, 2]);
    expect(marks.map((m) => m.replacedBy)).toEqual([['node-0'], ['node-1'], ['node-2']]);
    expect(done).toBe(1);
    expect(later.done).toBe(true);
  });

  it('builds as many parts a task as fit in the budget, the next only after a frame has come', () => {
    // 10 ms each against 25 ms: a third part starts at 20 ms
    const { later, built } = parts(5, 10);
    later.start();
    vi.advanceTimersToNextTimer();
    expect(built).toEqual([0, 1, 2]);
    vi.advanceTimersToNextTimer(); // the frame
    expect(built).toEqual([0, 1, 2]);
    vi.advanceTimersToNextTimer(); // the task after it
    expect(built).toEqual([0, 1, 2, 3, 4]);
  });

  it('builds the parts marked early first, each in its own place', () => {
    const later = laterParts(() => 0);
    const built: string[] = [];
    const a = later.slot(() => { built.push('a'); return 'a' as unknown as Node; }) as unknown as FakeMark;
    const b = later.slot(() => { built.push('b'); return 'b' as unknown as Node; }, { early: true }) as unknown as FakeMark;
    later.slot(() => { built.push('c'); return null; }, { early: true });
    later.finish();
    expect(built).toEqual(['b', 'c', 'a']);
    expect([a.replacedBy, b.replacedBy]).toEqual([['a'], ['b']]);
  });

  it('where no frame comes (a page in the background), a part waits a short while, not for ever', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const { later, built } = parts(2);
    later.start();
    vi.advanceTimersToNextTimer();
    expect(built).toEqual([0]);
    vi.advanceTimersByTime(150);
    expect(built).toEqual([0, 1]);
  });

  it('finish() builds what is left at once, once each, and reports done once', () => {
    const { later, built } = parts(4);
    let done = 0;
    later.start(() => done++);
    later.finish();
    expect(built).toEqual([0, 1, 2, 3]);
    expect(done).toBe(1);
    vi.runAllTimers();
    later.finish();
    expect(built).toEqual([0, 1, 2, 3]);
    expect(done).toBe(1);
  });

  it('a part asked for before the start is built then, and start() still reports done', () => {
    const { later, built } = parts(2);
    later.finish();
    expect(built).toEqual([0, 1]);
    let done = 0;
    later.start(() => done++);
    expect(done).toBe(1);
  });

  it('a placeholder whose part makes nothing is removed, and a list of nodes takes its place', () => {
    const later = laterParts();
    const none = later.slot(() => null) as unknown as FakeMark;
    const two = later.slot(() => ['a', 'b'] as unknown as Node[]) as unknown as FakeMark;
    later.finish();
    expect(none.replacedBy).toEqual([]);
    expect(two.replacedBy).toEqual(['a', 'b']);
  });

  it('cancel() drops the parts not yet built, and nothing reports done', () => {
    const { later, built } = parts(3);
    let done = 0;
    later.start(() => done++);
    later.cancel();
    vi.runAllTimers();
    later.finish();
    expect(built).toEqual([]);
    expect(done).toBe(0);
  });
});
