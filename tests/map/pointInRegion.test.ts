import { describe, expect, it } from 'vitest';
import { countryAt, countryNear, distanceToLine, distanceToRings, occupiedAt, pointInPolygons, pointInRing } from '../../src/map/pointInRegion';
import type { RegionCountry } from '../../src/map/regionTypes';

// A 10×10 square with a 4×4 hole, and a concave "U" shape.
const square = [0, 0, 10, 0, 10, 10, 0, 10];
const hole = [3, 3, 3, 7, 7, 7, 7, 3];
const u = [0, 0, 9, 0, 9, 9, 6, 9, 6, 3, 3, 3, 3, 9, 0, 9];

describe('pointInRing', () => {
  it('finds inside and outside points of a square', () => {
    expect(pointInRing(5, 5, square)).toBe(true);
    expect(pointInRing(-1, 5, square)).toBe(false);
    expect(pointInRing(5, 11, square)).toBe(false);
  });
  it('handles a concave ring', () => {
    expect(pointInRing(1.5, 8, u)).toBe(true);
    expect(pointInRing(4.5, 8, u)).toBe(false);
    expect(pointInRing(4.5, 1, u)).toBe(true);
  });
  it('counts a ray through a vertex once', () => {
    const diamond = [5, 0, 10, 5, 5, 10, 0, 5];
    expect(pointInRing(2, 5, diamond)).toBe(true);
    expect(pointInRing(-2, 5, diamond)).toBe(false);
  });
  it('treats degenerate rings as empty', () => {
    expect(pointInRing(0, 0, [])).toBe(false);
    expect(pointInRing(0, 0, [0, 0, 1, 1])).toBe(false);
  });
});

describe('even-odd polygons', () => {
  it('excludes holes', () => {
    expect(pointInPolygons(1, 1, [[square, hole]])).toBe(true);
    expect(pointInPolygons(5, 5, [[square, hole]])).toBe(false);
  });
  it('looks through several polygons', () => {
    const far = [100, 100, 110, 100, 110, 110];
    expect(pointInPolygons(105, 102, [[square], [far]])).toBe(true);
  });
  it('measures the distance to the nearest edge', () => {
    expect(distanceToRings(5, 12, [[square]])).toBeCloseTo(2);
    expect(distanceToRings(5, 5, [[square, hole]])).toBeCloseTo(2);
  });
  it('measures the distance to an open line without closing it', () => {
    const line = [0, 0, 10, 0, 10, 10];
    expect(distanceToLine(5, 1, line)).toBeCloseTo(1);
    expect(distanceToLine(2, 8, line)).toBeCloseTo(8);
  });
});

describe('country lookup', () => {
  const country = (id: string, rings: number[][][]): RegionCountry => ({ id, name: id, label: [0, 0], area: 0, rings });
  const region = {
    countries: [country('AAA', [[square, hole]]), country('BBB', [[hole]])],
    occupied: [{ id: 'x', name: 'x', rings: [[[3, 3, 3, 5, 5, 5, 5, 3]]] }],
  };
  it('finds the country holding a point, an enclave included', () => {
    expect(countryAt(region, 1, 1)?.id).toBe('AAA');
    expect(countryAt(region, 5, 5)?.id).toBe('BBB');
    expect(countryAt(region, 50, 50)).toBeUndefined();
  });
  it('finds occupied areas', () => {
    expect(occupiedAt(region, 4, 4)?.id).toBe('x');
    expect(occupiedAt(region, 6, 6)).toBeUndefined();
  });
  it('snaps a point just off the coast to the nearest country, within a limit', () => {
    expect(countryNear(region, 11, 5, 2)?.id).toBe('AAA');
    expect(countryNear(region, 15, 5, 2)).toBeUndefined();
    expect(countryNear(region, 5, 5, 2)?.id).toBe('BBB');
  });
});
