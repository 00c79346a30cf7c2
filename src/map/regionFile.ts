import type { FlatPolygon, RegionAsset } from './regionTypes';

/**
 * assets/map/region.json as stored: the map (regionTypes.ts) with every ring and line written
 * as differences. A flat list [x0, y0, x1, y1, ...] is stored as [x0, y0, x1 − x0, y1 − y0, ...]:
 * neighbouring points of a 1:50m coastline are a few units apart, so the differences are short,
 * repetitive numbers, and the gzipped file is half the size of the absolute one (22.8 → 11.7 KB)
 * while decoding gives back exactly the same integers. Pure: the map, the handouts' theatre
 * map, the build tools and the tests all read the file through decodeRegion.
 */
export const REGION_FILE_VERSION = 2;

function deltas(flat: readonly number[]): number[] {
  const out = flat.slice();
  for (let i = flat.length - 1; i >= 2; i--) out[i] = flat[i]! - flat[i - 2]!;
  return out;
}

function sums(flat: readonly unknown[], where: string): number[] {
  const out = new Array<number>(flat.length);
  for (let i = 0; i < flat.length; i++) {
    const v = flat[i];
    if (typeof v !== 'number' || !Number.isInteger(v)) throw new Error(`the map data is damaged: ${where}[${i}] is not a whole number`);
    out[i] = i >= 2 ? out[i - 2]! + v : v;
  }
  return out;
}

const mapPolygons = (polygons: readonly FlatPolygon[], f: (flat: readonly number[]) => number[]): FlatPolygon[] => polygons.map((p) => p.map(f));

/** The stored form of a map (what tools/build-map.ts writes). */
export function encodeRegion(asset: RegionAsset): RegionAsset {
  return {
    ...asset,
    version: REGION_FILE_VERSION,
    countries: asset.countries.map((c) => ({ ...c, rings: mapPolygons(c.rings, deltas) })),
    borders: asset.borders.map(deltas),
    coast: asset.coast.map(deltas),
    occupied: asset.occupied.map((o) => ({ ...o, rings: mapPolygons(o.rings, deltas) })),
    breakaway: asset.breakaway.map((b) => ({ ...b, rings: mapPolygons(b.rings, deltas) })),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function listAt(o: Record<string, unknown>, key: string, where: string): unknown[] {
  const v = o[key];
  if (!Array.isArray(v)) throw new Error(`the map data is damaged: ${where}${key} is not a list`);
  return v;
}

function polygonsAt(o: Record<string, unknown>, where: string): FlatPolygon[] {
  return listAt(o, 'rings', where).map((p, i) => {
    if (!Array.isArray(p)) throw new Error(`the map data is damaged: ${where}rings[${i}] is not a list`);
    return p.map((ring: unknown, j) => {
      if (!Array.isArray(ring)) throw new Error(`the map data is damaged: ${where}rings[${i}][${j}] is not a list`);
      return sums(ring, `${where}rings[${i}][${j}]`);
    });
  });
}

/**
 * The map from its stored form (the parsed JSON of region.json). Throws an Error that says what
 * is wrong with a file of another version or a damaged one; the map shows that message.
 */
export function decodeRegion(data: unknown): RegionAsset {
  if (!isObject(data)) throw new Error('the map data is not a JSON object');
  if (data.version !== REGION_FILE_VERSION) throw new Error(`the map data is version ${JSON.stringify(data.version)}; this game reads version ${REGION_FILE_VERSION}`);
  const items = (key: string) => listAt(data, key, '').map((item, i) => {
    if (!isObject(item)) throw new Error(`the map data is damaged: ${key}[${i}] is not an object`);
    return { ...item, rings: polygonsAt(item, `${key}[${i}].`) };
  });
  const lines = (key: string) => listAt(data, key, '').map((line, i) => {
    if (!Array.isArray(line)) throw new Error(`the map data is damaged: ${key}[${i}] is not a list`);
    return sums(line, `${key}[${i}]`);
  });
  return {
    ...(data as unknown as RegionAsset),
    countries: items('countries') as unknown as RegionAsset['countries'],
    borders: lines('borders'),
    coast: lines('coast'),
    occupied: items('occupied') as unknown as RegionAsset['occupied'],
    breakaway: items('breakaway') as unknown as RegionAsset['breakaway'],
  };
}
