import { describe, expect, it } from 'vitest';
import { decodeRegion, encodeRegion, REGION_FILE_VERSION } from '../../src/map/regionFile';
import { assetText, loadAsset } from './helpers';

describe('region.json stored as differences (src/map/regionFile.ts)', () => {
  const stored = JSON.parse(assetText()) as Record<string, unknown>;

  it('decodes and encodes back to the same file', () => {
    expect(stored.version).toBe(REGION_FILE_VERSION);
    expect(encodeRegion(loadAsset())).toStrictEqual(stored);
  });

  it('gives back absolute coordinates inside the view (the stored differences are mostly small)', () => {
    const map = loadAsset();
    const ukraine = map.countries.find((c) => c.id === 'UKR')!;
    const xs = ukraine.rings.flat(2).filter((_, i) => i % 2 === 0);
    expect(Math.min(...xs)).toBeGreaterThan(0);
    expect(Math.max(...xs)).toBeLessThan(map.width);
    const storedUkraine = (stored.countries as Array<{ id: string; rings: number[][][] }>).find((c) => c.id === 'UKR')!;
    const steps = storedUkraine.rings.flatMap((p) => p.flatMap((r) => r.slice(2)));
    expect(steps.filter((d) => Math.abs(d) < 100).length / steps.length).toBeGreaterThan(0.95);
  });

  it('says what is wrong with a file of another version or a damaged one', () => {
    expect(() => decodeRegion(null)).toThrow('not a JSON object');
    expect(() => decodeRegion({ ...stored, version: 1 })).toThrow('version 1; this game reads version 2');
    expect(() => decodeRegion({ ...stored, coast: 'x' })).toThrow('coast is not a list');
    const countries = (stored.countries as Array<Record<string, unknown>>).slice();
    countries[3] = { ...countries[3], rings: [[[1, 2, 'x', 4]]] };
    expect(() => decodeRegion({ ...stored, countries })).toThrow('countries[3].rings[0][0][2] is not a whole number');
  });
});
