import { describe, expect, it } from 'vitest';
import { ShownRecord, type ShownObject } from '../../src/scenes/redraw/shownRecord';

const image = (x: number, y: number, frame = '0'): ShownObject => ({
  visible: true, x, y, scaleX: 1, scaleY: 1, rotation: 0, alpha: 1, depth: 30, originX: 0.5, originY: 0.5,
  frame: { name: frame, texture: { key: 'atlas-0' } },
});
const graphics = (commands: unknown[]): ShownObject => ({
  visible: true, x: 0, y: 0, scaleX: 1, scaleY: 1, rotation: 0, alpha: 1, depth: 10, commandBuffer: commands,
});

describe('ShownRecord: has anything the map shows changed since the last frame?', () => {
  it('differs on the first frame, then only when something drawn changes', () => {
    const r = new ShownRecord();
    const a = image(10, 20);
    const lines = graphics([3, 1.5, 0xffffff, 1, 7, 0, 0, 10, 10]);
    expect(r.differs([a, lines], [700, 600])).toBe(true);
    expect(r.differs([a, lines], [700, 600])).toBe(false);
    a.x = 11;
    expect(r.differs([a, lines], [700, 600])).toBe(true);
    expect(r.differs([a, lines], [700, 600])).toBe(false);
  });

  it('sees a new picture, a new drawing command, a change of size, an object added or gone', () => {
    const r = new ShownRecord();
    const a = image(10, 20);
    const cmds: unknown[] = [3, 1.5, 0xffffff, 1];
    const lines = graphics(cmds);
    r.differs([a, lines], [700, 600]);
    a.frame = { name: '7', texture: { key: 'atlas-0' } };
    expect(r.differs([a, lines], [700, 600])).toBe(true);
    cmds[1] = 2;
    expect(r.differs([a, lines], [700, 600])).toBe(true);
    cmds.push(7, 0, 0);
    expect(r.differs([a, lines], [700, 600])).toBe(true);
    expect(r.differs([a, lines], [710, 600])).toBe(true);
    expect(r.differs([a, lines, image(5, 5)], [710, 600])).toBe(true);
    expect(r.differs([a, lines], [710, 600])).toBe(true);
    expect(r.differs([a, lines], [710, 600])).toBe(false);
  });

  it('sees an object shown or hidden, and ignores a hidden one moving', () => {
    const r = new ShownRecord();
    const a = image(10, 20);
    r.differs([a]);
    a.visible = false;
    expect(r.differs([a])).toBe(true);
    a.x = 400;
    expect(r.differs([a])).toBe(false);
    a.visible = true;
    expect(r.differs([a])).toBe(true);
  });

  it('sees opacity, turn, scale and depth', () => {
    const r = new ShownRecord();
    const a = image(10, 20);
    r.differs([a]);
    for (const change of [() => { a.alpha = 0.5; }, () => { a.rotation = 0.1; }, () => { a.scaleX = 2; }, () => { a.depth = 99; }, () => { a.originY = 1; }]) {
      change();
      expect(r.differs([a])).toBe(true);
      expect(r.differs([a])).toBe(false);
    }
  });
});
