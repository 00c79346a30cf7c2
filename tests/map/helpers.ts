import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeRegion } from '../../src/map/regionFile';
import type { RegionAsset } from '../../src/map/regionTypes';

/** The committed asset, read as bytes so size and determinism checks see exactly what ships. */
export const ASSET_PATH = fileURLToPath(new URL('../../assets/map/region.json', import.meta.url));
export const assetText = (): string => readFileSync(ASSET_PATH, 'utf8');
export const loadAsset = (): RegionAsset => decodeRegion(JSON.parse(assetText()));
