import { describe, expect, it } from 'vitest';
import { occupiedAt } from '../../src/map/pointInRegion';
import { interiorPoint } from '../../src/scenes/layout/interiorPoint';
import { region } from './fixtures';

describe('labels of the occupied areas', () => {
  it('finds a spot inside each area, clear of its edges', () => {
    expect(region.occupied.map((o) => o.id).sort()).toEqual(['crimea', 'east-south']);
    for (const o of region.occupied) {
      const p = interiorPoint(o.rings)!;
      expect(occupiedAt(region, p.x, p.y)?.id).toBe(o.id);
      expect(p.clearance).toBeGreaterThan(8);
    }
  });
});
