import { describe, expect, it } from 'vitest';
import { rectsOverlap } from '../../src/scenes/layout/geometry';
import { placeLabels, type LabelRequest } from '../../src/scenes/layout/labelLayout';
import { fanLayout, placeStacks } from '../../src/scenes/layout/stackLayout';

describe('stack layout', () => {
  it('keeps a stack at its natural spot above the node when nothing is in the way', () => {
    const [p] = placeStacks([{ key: 'a', x: 100, y: 100, w: 40, h: 50, priority: 1 }]);
    expect(p!.leader).toBe(false);
    expect(p!.cx).toBe(100);
    expect(p!.rect.y + p!.rect.h).toBeLessThan(100);
  });

  it('moves crowded stacks apart, tied to their nodes by leaders', () => {
    // Riga and Ādaži: 13 km apart, a few pixels at the opening zoom.
    const placed = placeStacks([
      { key: 'riga', x: 500, y: 300, w: 40, h: 50, priority: 1 },
      { key: 'adazi', x: 506, y: 294, w: 40, h: 50, priority: 2 },
      { key: 'tapa', x: 520, y: 310, w: 40, h: 50, priority: 3 },
    ]);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(rectsOverlap(placed[i]!.rect, placed[j]!.rect)).toBe(false);
    // The highest priority keeps its natural spot.
    expect(placed.find((p) => p.key === 'tapa')!.leader).toBe(false);
    expect(placed.filter((p) => p.leader)).toHaveLength(2);
  });

  it('does not hide another node, but may sit over its own', () => {
    const placed = placeStacks([{ key: 'a', x: 100, y: 100, w: 40, h: 50, priority: 1 }], [
      { key: 'a', x: 92, y: 92, w: 16, h: 16 },
      { key: 'b', x: 92, y: 50, w: 16, h: 16 },
    ]);
    expect(placed[0]!.leader).toBe(true);
    expect(rectsOverlap(placed[0]!.rect, { x: 92, y: 50, w: 16, h: 16 })).toBe(false);
  });

  it('opens a stack into rows growing upward from its bottom', () => {
    const c = fanLayout(7, 200, 300, 40, 50, 5, 4);
    expect(c).toHaveLength(7);
    expect(new Set(c.map(([, y]) => y)).size).toBe(2);
    expect(Math.max(...c.map(([, y]) => y))).toBe(275);
    // Centred: the bottom row's chips are symmetric about x = 200.
    const bottom = c.filter(([, y]) => y === 275).map(([x]) => x);
    expect(bottom.reduce((s, x) => s + x, 0) / bottom.length).toBeCloseTo(200);
  });
});

describe('label layout', () => {
  const req = (id: string, priority: number, x: number, y: number): LabelRequest => ({ id, priority, x, y, w: 60, h: 12, gap: 6, sides: ['right', 'left', 'below'] });

  it('places important labels first and never overlaps two', () => {
    const placed = placeLabels([req('minor', 1, 100, 100), req('hub', 10, 104, 100), req('far', 5, 400, 400)], []);
    const hub = placed.find((p) => p.id === 'hub')!;
    expect(hub.side).toBe('right');
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(rectsOverlap(placed[i]!.rect, placed[j]!.rect)).toBe(false);
  });

  it('drops a label with no free spot instead of overlapping', () => {
    const wall = { x: 0, y: 0, w: 1000, h: 1000 };
    expect(placeLabels([req('a', 1, 500, 500)], [wall])).toEqual([]);
  });

  it('tries extra spots after its sides', () => {
    const r: LabelRequest = { ...req('country', 1, 100, 100), sides: ['center'], spots: [[100, 200]] };
    const [p] = placeLabels([r], [{ x: 60, y: 90, w: 80, h: 20 }]);
    expect(p!.rect.y).toBeCloseTo(194);
  });
});
