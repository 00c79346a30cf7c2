import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { rectsOverlap, type Rect } from '../../src/scenes/layout/geometry';
import { labelRect, placeLabels, type LabelRequest, type Side } from '../../src/scenes/layout/labelLayout';
import { RectGrid } from '../../src/scenes/layout/rectGrid';
import { countryLabels } from '../../src/scenes/raster/countryLabels';
import { loadAsset } from '../map/helpers';

/**
 * The label placement files rectangles in a grid (rectGrid.ts) to test a spot against its
 * neighbours only. It must place every label exactly where testing against every rectangle
 * does: here that plain placement, written out, against the indexed one on crowded random maps.
 */
function plainPlace(requests: readonly LabelRequest[], obstacles: readonly Rect[], bounds: Rect | undefined, pad: number) {
  const cands = (r: LabelRequest): Array<[Rect, Side, boolean]> => {
    const tries: Array<[Rect, Side, boolean]> = r.sides.map((s) => [labelRect(r, s), s, false]);
    for (const [x, y] of r.spots ?? []) tries.push([{ x: x - r.w / 2, y: y - r.h / 2, w: r.w, h: r.h }, 'center', false]);
    for (const [x, y] of r.leaderSpots ?? []) tries.push([{ x: x - r.w / 2, y: y - r.h / 2, w: r.w, h: r.h }, 'center', true]);
    return bounds ? tries.filter(([q]) => q.x >= bounds.x && q.y >= bounds.y && q.x + q.w <= bounds.x + bounds.w && q.y + q.h <= bounds.y + bounds.h) : tries;
  };
  const placed: Array<{ r: LabelRequest; rect: Rect; side: Side; leader: boolean }> = [];
  const missed: LabelRequest[] = [];
  const free = (rect: Rect, skip?: LabelRequest) => !obstacles.some((t) => rectsOverlap(t, rect, pad)) && !placed.some((p) => p.r !== skip && rectsOverlap(p.rect, rect, pad));
  for (const r of [...requests].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id))) {
    const spot = cands(r).find(([q]) => free(q));
    if (spot) placed.push({ r, rect: spot[0], side: spot[1], leader: spot[2] });
    else missed.push(r);
  }
  for (const r of missed) {
    for (const [rect, side, leader] of cands(r)) {
      if (obstacles.some((t) => rectsOverlap(t, rect, pad))) continue;
      const inWay = placed.filter((p) => rectsOverlap(p.rect, rect, pad));
      if (inWay.length !== 1 || inWay[0]!.r.priority > r.priority) continue;
      const other = inWay[0]!;
      const moved = cands(other.r).find(([o]) => !rectsOverlap(o, rect, pad) && free(o, other.r));
      if (!moved) continue;
      [other.rect, other.side, other.leader] = moved;
      placed.push({ r, rect, side, leader });
      break;
    }
  }
  return placed.map((p) => ({ id: p.r.id, rect: p.rect, side: p.side, leader: p.leader }));
}

function crowdedMap(seed: string) {
  const rnd = seedrandom(seed);
  const size = 100 + rnd() * 900;
  const requests: LabelRequest[] = Array.from({ length: 40 + Math.floor(rnd() * 160) }, (_, i) => {
    const x = rnd() * size;
    const y = rnd() * size;
    const w = 5 + rnd() * 60;
    const h = 4 + rnd() * 14;
    return {
      id: `l${i}`, priority: Math.floor(rnd() * 5), x, y, w, h, gap: rnd() * 4,
      sides: (['right', 'left', 'below', 'above', 'center'] as const).filter(() => rnd() < 0.7),
      spots: rnd() < 0.3 ? [[x + 30, y - 20], [x - 30, y + 20]] : undefined,
      leaderSpots: rnd() < 0.2 ? [[x + 60, y]] : undefined,
    };
  });
  const obstacles: Rect[] = Array.from({ length: Math.floor(rnd() * 120) }, () => ({ x: rnd() * size, y: rnd() * size, w: 2 + rnd() * (rnd() < 0.1 ? 200 : 20), h: 2 + rnd() * 20 }));
  return { requests, obstacles, bounds: rnd() < 0.5 ? { x: 0, y: 0, w: size, h: size } : undefined, pad: rnd() * 3 };
}

describe('label placement through a grid', () => {
  it('places every label where a test against every rectangle does', () => {
    let moves = 0;
    for (let k = 0; k < 60; k++) {
      const { requests, obstacles, bounds, pad } = crowdedMap(`labels-${k}`);
      const plain = plainPlace(requests, obstacles, bounds, pad);
      expect(placeLabels(requests, obstacles, bounds, pad)).toEqual(plain);
      moves += plain.length;
    }
    expect(moves).toBeGreaterThan(1000);
  });

  it('finds a rectangle near another across cell edges, the pad included, and forgets a removed one', () => {
    const g = new RectGrid<string>(10, 2);
    g.add('a', { x: 8, y: 8, w: 3, h: 3 });
    expect(g.any({ x: 12.5, y: 9, w: 1, h: 1 })).toBe(true); // within the pad, in the next cell
    expect(g.any({ x: 13.5, y: 9, w: 1, h: 1 })).toBe(false);
    expect(g.any({ x: 12.5, y: 9, w: 1, h: 1 }, 'a')).toBe(false);
    expect(g.near({ x: -100, y: -100, w: 300, h: 300 })).toEqual(['a']);
    g.remove('a', { x: 8, y: 8, w: 3, h: 3 });
    expect(g.any({ x: 9, y: 9, w: 1, h: 1 })).toBe(false);
  });
});

describe('the order labels of equal priority are placed in', () => {
  it('is the collator\'s order for every kind of id the map asks to place, priority for priority', () => {
    const region = loadAsset();
    // The priorities the map gives them (countryLabels.ts, nodeLabels.ts, drawLabels.ts).
    const countries = countryLabels(region, { rect: { x: 0, y: 0, w: region.width, h: region.height }, zoom: 0.6, dpr: 1 }, 1)
      .map((c) => ({ id: `country:${c.id}`, priority: c.water ? 30 : c.breakaway ? 50 : 60 }));
    expect(countries.filter((c) => c.priority === 30).length).toBeGreaterThan(1);
    const nodes = [40, 50, 70, 80, 100].flatMap((priority) => Array.from({ length: 150 }, (_, i) => ({ id: `node:${i}`, priority })));
    const caps = Array.from({ length: 150 }, (_, i) => ({ id: `cap:${i}`, priority: 10 }));
    const all = [...countries, ...nodes, ...caps, { id: 'ref:kyiv', priority: 75 }];
    const byCollator = [...all].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
    const byCodeUnits = [...all].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    expect(byCodeUnits).toEqual(byCollator);
  });
});
