import { describe, expect, it } from 'vitest';
import { buildRegion, loadWorldAtlas, serializeRegion } from '../../tools/build-map';
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
});
