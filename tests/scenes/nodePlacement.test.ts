import { describe, expect, it } from 'vitest';
import { makeProjection } from '../../src/map/projection';
import { EDGE_INSET, pinToEdge, placeNodes } from '../../src/scenes/layout/nodePlacement';
import { level, region } from './fixtures';

describe('node placement', () => {
  const project = makeProjection(region.projection);
  const nodes = placeNodes(level('forty-thousand').nodes, project, region);
  const byId = new Map(nodes.map((n) => [n.id, n]));

  it('puts nodes inside the map at their real coordinates', () => {
    const kyiv = byId.get('kyiv')!;
    const [x, y] = project(30.52, 50.45);
    expect(kyiv.offMap).toBe(false);
    expect(kyiv.x).toBeCloseTo(x, 6);
    expect(kyiv.y).toBeCloseTo(y, 6);
  });

  it('pins RAF Brize Norton and Paris to the west edge, pointing west toward where they are', () => {
    for (const id of ['brize-norton', 'paris']) {
      const n = byId.get(id)!;
      expect(n.offMap).toBe(true);
      expect(n.x).toBeCloseTo(EDGE_INSET, 6);
      expect(n.y).toBeGreaterThan(0);
      expect(n.y).toBeLessThan(region.height);
      expect(Math.cos(n.angle)).toBeLessThan(-0.8);
    }
    const l = byId.get('brize-norton')!;
    const p = byId.get('paris')!;
    // Brize Norton is north of Paris and the two stay apart along the edge.
    expect(l.y).toBeLessThan(p.y);
    expect(Math.abs(l.y - p.y)).toBeGreaterThanOrEqual(60);
  });

  it('pins along the line from the centre', () => {
    const area = { x: 0, y: 0, w: 100, h: 100 };
    expect(pinToEdge(area, [250, 50])).toEqual([100, 50]);
    expect(pinToEdge(area, [50, -150])).toEqual([50, 0]);
    const [x, y] = pinToEdge(area, [-50, -50]);
    expect(x).toBeCloseTo(0);
    expect(y).toBeCloseTo(0);
  });
});
