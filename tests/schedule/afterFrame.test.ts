import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextFrame } from '../../src/schedule/afterFrame';

describe('after the next frame, in a task of its own', () => {
  let frames: Array<() => void>;
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', (id: number) => { frames[id - 1] = () => undefined; });
  });
  afterEach(() => { vi.useRealTimers(); vi.unstubAllGlobals(); });

  it('runs in a task after the frame, not inside it', () => {
    let ran = 0;
    afterNextFrame(() => ran++);
    vi.advanceTimersByTime(1000);
    expect(ran).toBe(0); // no frame yet, no fallback asked for
    frames[0]!();
    expect(ran).toBe(0); // not in the frame
    vi.advanceTimersToNextTimer();
    expect(ran).toBe(1);
  });

  it('runs after the fallback where no frame comes, once, even if the frame comes later', () => {
    let ran = 0;
    afterNextFrame(() => ran++, { fallbackMs: 100 });
    vi.advanceTimersByTime(99);
    expect(ran).toBe(0);
    vi.advanceTimersByTime(1);
    expect(ran).toBe(1);
    frames[0]!();
    vi.runAllTimers();
    expect(ran).toBe(1);
  });

  it('runs once when the frame comes first, the fallback dropped', () => {
    let ran = 0;
    afterNextFrame(() => ran++, { fallbackMs: 100 });
    frames[0]!();
    vi.runAllTimers();
    expect(ran).toBe(1);
  });

  it('does nothing once cancelled', () => {
    let ran = 0;
    const cancel = afterNextFrame(() => ran++, { fallbackMs: 100 });
    cancel();
    frames[0]!();
    vi.runAllTimers();
    expect(ran).toBe(0);
  });
});
