import { describe, expect, it } from 'vitest';
import { rectsOverlap } from '../../src/scenes/layout/geometry';
import { placeLabels, type LabelRequest } from '../../src/scenes/layout/labelLayout';
import { fanLayout, placeStacks } from '../../src/scenes/layout/stackLayout';
import { estimateText, pieceMetrics, pieceScale, stackSized } from '../../src/scenes/layout/pieceSizes';
import { compactPlates, plateSize } from '../../src/scenes/layout/plateSize';
import { symbolKeyFor } from '../../src/symbols/symbolKeys';

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

  it('moves a placed label to its other side so that one left out finds room', () => {
    // Two hubs whose names both fit only to the right of the first: the one placed first goes left.
    const a: LabelRequest = { ...req('a', 10, 100, 100), sides: ['right', 'left'] };
    const b: LabelRequest = { ...req('b', 10, 100, 100), sides: ['right'] };
    const placed = placeLabels([a, b], []);
    expect(placed.map((p) => `${p.id} ${p.side}`).sort()).toEqual(['a left', 'b right']);
  });

  it('never moves a more important label for a minor one', () => {
    const hub: LabelRequest = { ...req('a', 10, 100, 100), sides: ['right', 'left'] };
    const minor: LabelRequest = { ...req('b', 1, 100, 100), sides: ['right'] };
    expect(placeLabels([hub, minor], []).map((p) => `${p.id} ${p.side}`)).toEqual(['a right']);
  });

  it('puts a label with no room beside its anchor on a leader spot, and says so', () => {
    const r: LabelRequest = { ...req('hub', 10, 100, 100), sides: ['right'], leaderSpots: [[100, 200]] };
    const [p] = placeLabels([r], [{ x: 100, y: 80, w: 100, h: 40 }]);
    expect(p!.leader).toBe(true);
    expect(p!.rect.y).toBeCloseTo(194);
    expect(placeLabels([r], [])[0]!.leader).toBe(false);
  });

  it('tries extra spots after its sides', () => {
    const r: LabelRequest = { ...req('country', 1, 100, 100), sides: ['center'], spots: [[100, 200]] };
    const [p] = placeLabels([r], [{ x: 60, y: 90, w: 80, h: 20 }]);
    expect(p!.rect.y).toBeCloseTo(194);
  });
});

describe('pieces and plates zoomed far out', () => {
  const look = { symbol: symbolKeyFor('brigade', 'mechanised'), code: 'PL', token: '', faint: false, alert: false, core: false };

  it('draws formations smaller only as the map zooms out, keeping their codes legible', () => {
    expect(pieceScale(1.2)).toBe(1);
    expect(pieceScale(0.8)).toBe(1);
    expect(pieceScale(0.65)).toBeLessThan(1);
    expect(pieceScale(0.42)).toBeLessThan(pieceScale(0.65));
    const full = stackSized(look, 3, 1, estimateText, 1);
    const small = stackSized(look, 3, 1, estimateText, pieceScale(0.42));
    expect(small.w).toBeLessThan(full.w);
    expect(small.h).toBeLessThan(full.h);
    expect(pieceMetrics(1, pieceScale(0.42)).codePx).toBeGreaterThanOrEqual(9);
  });

  it('gives the axes compact plates (no verdict in words) only where formations shrink most', () => {
    const words = { name: 'North', credibility: 53, bar: 45, held: true, isr: false };
    expect(compactPlates(0.42)).toBe(true);
    expect(compactPlates(0.7)).toBe(false);
    const full = plateSize(words, 1);
    const compact = plateSize(words, 1, estimateText, true);
    expect(compact.w).toBeLessThan(full.w);
    expect(compact.h).toBeLessThan(full.h);
    // With ISR on the axis, its tag keeps a second line.
    expect(plateSize({ ...words, isr: true }, 1, estimateText, true).h).toBe(full.h);
  });
});
