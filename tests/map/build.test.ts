import { describe, expect, it } from 'vitest';
import { buildRegion, loadWorldAtlas, serializeRegion } from '../../tools/build-map';
import { decodeRegion } from '../../src/map/regionFile';
import type { RegionAsset } from '../../src/map/regionTypes';
import { assetText } from './helpers';

describe('tools/build-map', () => {
  const topology = loadWorldAtlas();
  const built = serializeRegion(buildRegion(topology));

  it('reproduces the committed asset byte for byte', () => {
    // If this fails after a deliberate change to the build, run `npm run build:map` and commit the asset.
    expect(built === assetText()).toBe(true);
  });

  it('is deterministic and leaves its input untouched', () => {
    const before = JSON.stringify(topology.objects);
    expect(serializeRegion(buildRegion(topology))).toBe(built);
    expect(JSON.stringify(topology.objects)).toBe(before);
  });

  it('writes valid JSON', () => {
    expect(() => JSON.parse(built)).not.toThrow();
  });

  it('stores rings and lines as differences that decode to exactly the map it built', () => {
    // Through JSON, as a file carries it (the builder's few -0 become 0).
    const map = JSON.parse(JSON.stringify(buildRegion(topology))) as RegionAsset;
    const stored = JSON.parse(built) as RegionAsset;
    expect(decodeRegion(stored)).toStrictEqual(map);
    // The first point is absolute, the next one a difference from it.
    const ring = map.countries[0]!.rings[0]![0]!;
    expect(stored.countries[0]!.rings[0]![0]!.slice(0, 4)).toEqual([ring[0], ring[1], ring[2]! - ring[0]!, ring[3]! - ring[1]!]);
  });
});
