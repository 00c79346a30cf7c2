import { geoConicConformal } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { makeInverseProjection, makeProjection } from '../../src/map/projection';
import type { ConicConformalParams } from '../../src/map/regionTypes';
import { loadAsset } from './helpers';

const d3For = (p: ConicConformalParams) =>
  geoConicConformal().parallels(p.parallels).rotate(p.rotate).center(p.center).scale(p.scale).translate(p.translate);

// Spread over the view, its corners and well beyond it (west of Greenwich, the Urals, the Arctic).
const POINTS: [number, number][] = [
  [30.52, 50.45],
  [20.51, 54.71],
  [24.94, 60.17],
  [10.75, 59.91],
  [34.1, 44.95],
  [28.63, 44.17],
  [8.5, 43],
  [41, 61.5],
  [-0.13, 51.51],
  [2.35, 48.86],
  [60, 56],
  [25, 75],
  [-20, 35],
  [100, 60],
];

describe('runtime projection', () => {
  const params = loadAsset().projection;
  const project = makeProjection(params);
  const d3 = d3For(params);

  it.each(POINTS)('matches d3 geoConicConformal at %s, %s', (lon, lat) => {
    const [x, y] = project(lon, lat);
    const ref = d3([lon, lat]) as [number, number];
    expect(Math.abs(x - ref[0])).toBeLessThan(0.05);
    expect(Math.abs(y - ref[1])).toBeLessThan(0.05);
  });

  it('matches d3 with a non-zero center and other parallels too', () => {
    const other: ConicConformalParams = {
      type: 'conicConformal',
      parallels: [40, 65],
      rotate: [-30, 0],
      center: [2, 52],
      scale: 3000,
      translate: [640, 360],
    };
    const p = makeProjection(other);
    const ref = d3For(other);
    for (const [lon, lat] of POINTS) {
      const [x, y] = p(lon, lat);
      const [rx, ry] = ref([lon, lat]) as [number, number];
      expect(Math.hypot(x - rx, y - ry)).toBeLessThan(0.05);
    }
  });

  it('inverts back to lon/lat', () => {
    const invert = makeInverseProjection(params);
    for (const [lon, lat] of POINTS) {
      const [x, y] = project(lon, lat);
      const [lon2, lat2] = invert(x, y);
      expect(lon2).toBeCloseTo(lon, 6);
      expect(lat2).toBeCloseTo(lat, 6);
    }
  });

  it('puts the region in the 2000 × 1500 view: north up, west left', () => {
    const [kx, ky] = project(30.52, 50.45);
    const [bx, by] = project(13.4, 52.52);
    const [hx, hy] = project(24.94, 60.17);
    expect(bx).toBeLessThan(kx);
    expect(hy).toBeLessThan(ky);
    for (const [x, y] of [
      [kx, ky],
      [bx, by],
      [hx, hy],
    ] as const) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(2000);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(1500);
    }
  });

  it('rejects what it does not implement', () => {
    expect(() => makeProjection({ ...params, rotate: [-25, 10] })).toThrow();
    expect(() => makeProjection({ ...params, parallels: [-30, 30] })).toThrow();
  });
});
