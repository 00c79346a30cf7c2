import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { theatreMap } from '../../src/kit/theatreMap';
import { makeProjection } from '../../src/map/projection';
import type { RegionAsset } from '../../src/map/regionTypes';
import { decodeRegion } from '../../src/map/regionFile';
import { level } from '../balance/helpers';

const region: RegionAsset = decodeRegion(JSON.parse(readFileSync(new URL('../../assets/map/region.json', import.meta.url), 'utf8')));

describe('the theatre map for print', () => {
  it.each(['tutorial', 'north', 'air-bridge', 'south', 'across-administrations', 'forty-thousand'])('%s: every hub inside the window where the game projects it, every link between its nodes', (id) => {
    const lv = level(id);
    const m = theatreMap(region, lv);
    const project = makeProjection(region.projection);
    expect(m.box.w).toBeGreaterThan(100);
    expect(m.box.h).toBeGreaterThan(100);
    for (const n of lv.nodes.filter((x) => x.axes.length > 0)) {
      const drawn = m.nodes.find((x) => x.id === n.id)!;
      const [x, y] = project(n.lon, n.lat);
      expect(drawn.off, n.id).toBe(false);
      expect(drawn.hub).toBe(true);
      expect(Math.abs(drawn.x - x)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(drawn.y - y)).toBeLessThanOrEqual(0.5);
    }
    for (const n of m.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(m.box.x);
      expect(n.x).toBeLessThanOrEqual(m.box.x + m.box.w);
    }
    expect(m.links).toHaveLength(lv.links.length);
    // Ukraine is drawn, and labelled when it is in the window.
    expect(m.countries.find((c) => c.id === 'UKR')!.polygons.join('').length).toBeGreaterThan(100);
  });
});
