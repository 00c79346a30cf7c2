import { describe, expect, it } from 'vitest';
import { STACK_OPEN_MS, StackOpening } from '../../src/scenes/stackOpening';

describe('a stack opened by the selection', () => {
  it('stays open a few seconds, then closes by itself', () => {
    const o = new StackOpening();
    o.select(4, 1000);
    expect(o.shows(4, 1000)).toBe(true);
    expect(o.shows(4, 1000 + STACK_OPEN_MS - 1)).toBe(true);
    expect(o.shows(4, 1000 + STACK_OPEN_MS)).toBe(false);
    expect(o.shows(5, 1000)).toBe(false);
  });

  it('keeps its time while the selection stays in it, and starts again in another stack', () => {
    const o = new StackOpening();
    o.select(4, 0);
    o.select(4, STACK_OPEN_MS - 10);
    expect(o.shows(4, STACK_OPEN_MS)).toBe(false);
    o.select(7, STACK_OPEN_MS);
    expect(o.shows(7, STACK_OPEN_MS + 10)).toBe(true);
    expect(o.shows(4, STACK_OPEN_MS + 10)).toBe(false);
  });

  it('closes at once when the selection leaves every stack (a click elsewhere)', () => {
    const o = new StackOpening();
    o.select(4, 0);
    o.select(-1, 10);
    expect(o.shows(4, 11)).toBe(false);
    expect(o.shows(-1, 11)).toBe(false);
  });
});
