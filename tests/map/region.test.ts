import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { breakawayAt, countryAt, countryById, countryNear, distanceToLine, occupiedAt, pointInPolygons } from '../../src/map/pointInRegion';
import { makeProjection } from '../../src/map/projection';
import type { FlatLine, RegionCountry } from '../../src/map/regionTypes';
import { assetText, loadAsset } from './helpers';

const region = loadAsset();
const project = makeProjection(region.projection);
const at = (lat: number, lon: number) => project(lon, lat);
const countryOf = (lat: number, lon: number) => countryAt(region, ...at(lat, lon))?.id;
const occupiedOf = (lat: number, lon: number) => occupiedAt(region, ...at(lat, lon))?.id;
const inCountry = (id: string, lat: number, lon: number) => {
  const c = countryById(region, id) as RegionCountry;
  return pointInPolygons(...at(lat, lon), c.rings);
};
const distanceToLines = (x: number, y: number, lines: FlatLine[]) => Math.min(...lines.map((l) => distanceToLine(x, y, l)));

describe('region.json shape', () => {
  it('has the design space and the projection parameters', () => {
    expect(region.width).toBe(2000);
    expect(region.height).toBe(1500);
    expect(region.projection.type).toBe('conicConformal');
    expect(region.projection.parallels).toEqual([46, 58]);
    expect(region.projection.rotate).toEqual([-25, 0]);
  });

  it('stays small', () => {
    const text = assetText();
    expect(Buffer.byteLength(text)).toBeLessThan(80 * 1024);
    expect(gzipSync(text, { level: 9 }).length).toBeLessThan(30 * 1024);
  });

  it('stores integer flat rings and lines', () => {
    const flat = [
      ...region.countries.flatMap((c) => c.rings.flat()),
      ...region.occupied.flatMap((o) => o.rings.flat()),
      ...region.breakaway.flatMap((b) => b.rings.flat()),
    ];
    for (const ring of flat) {
      expect(ring.length % 2).toBe(0);
      expect(ring.length).toBeGreaterThanOrEqual(6);
      expect(ring.every(Number.isInteger)).toBe(true);
    }
    for (const line of [...region.borders, ...region.coast]) {
      expect(line.length % 2).toBe(0);
      expect(line.length).toBeGreaterThanOrEqual(4);
      expect(line.every(Number.isInteger)).toBe(true);
    }
  });

  it('lists the countries of the region once each, sorted, with English names', () => {
    const ids = region.countries.map((c) => c.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    const names = Object.fromEntries(region.countries.map((c) => [c.id, c.name]));
    expect(names).toMatchObject({
      UKR: 'Ukraine',
      POL: 'Poland',
      RUS: 'Russia',
      BLR: 'Belarus',
      LTU: 'Lithuania',
      LVA: 'Latvia',
      EST: 'Estonia',
      FIN: 'Finland',
      SWE: 'Sweden',
      NOR: 'Norway',
      DNK: 'Denmark',
      DEU: 'Germany',
      CZE: 'Czechia',
      SVK: 'Slovakia',
      HUN: 'Hungary',
      ROU: 'Romania',
      MDA: 'Moldova',
      BGR: 'Bulgaria',
    });
    expect(ids).not.toContain('ALA'); // Åland is part of Finland
    expect(ids.every((id) => /^[A-Z]{3}$/.test(id))).toBe(true);
  });

  it('lists countries seen only in the clip margin with area 0, and nothing far away', () => {
    const ids = region.countries.map((c) => c.id);
    expect(ids).toContain('TUR');
    expect(countryById(region, 'TUR')?.area).toBe(0);
    expect(ids).not.toContain('ESP');
    expect(ids).not.toContain('KAZ');
  });

  it('puts every label inside the view and inside its own country', () => {
    for (const c of region.countries) {
      const [x, y] = c.label;
      if (c.area === 0) continue; // only in the clip margin (e.g. Turkey's coast): nothing to label
      expect(x, c.id).toBeGreaterThanOrEqual(0);
      expect(x, c.id).toBeLessThanOrEqual(region.width);
      expect(y, c.id).toBeGreaterThanOrEqual(0);
      expect(y, c.id).toBeLessThanOrEqual(region.height);
      if (c.area > 2000) expect(countryAt(region, x, y)?.id, c.id).toBe(c.id);
    }
    // Russia's label sits in the visible European part, well inside the view.
    const rus = countryById(region, 'RUS') as RegionCountry;
    expect(rus.label[0]).toBeGreaterThan(1300);
    expect(rus.label[0]).toBeLessThan(1950);
    expect(rus.label[1]).toBeGreaterThan(50);
    expect(rus.label[1]).toBeLessThan(1000);
  });
});

describe('places fall in the right country', () => {
  const cases: [string, number, number, string][] = [
    ['Kyiv', 50.45, 30.52, 'UKR'],
    ['Lviv', 49.84, 24.03, 'UKR'],
    ['Odesa', 46.48, 30.72, 'UKR'],
    ['Kharkiv', 49.99, 36.23, 'UKR'],
    ['Donetsk', 48.0, 37.8, 'UKR'],
    ['Simferopol', 44.95, 34.1, 'UKR'],
    ['Sevastopol', 44.6, 33.52, 'UKR'],
    ['Kerch', 45.36, 36.47, 'UKR'],
    ['Kaliningrad', 54.71, 20.51, 'RUS'],
    ['Moscow', 55.75, 37.62, 'RUS'],
    ['Minsk', 53.9, 27.56, 'BLR'],
    ['Chișinău', 47.01, 28.86, 'MDA'],
    ['Rzeszów-Jasionka', 50.11, 22.02, 'POL'],
    ['Suwałki', 54.1, 22.93, 'POL'],
    ['Warsaw', 52.23, 21.01, 'POL'],
    ['Vilnius', 54.69, 25.28, 'LTU'],
    ['Riga', 56.95, 24.11, 'LVA'],
    ['Tallinn', 59.44, 24.75, 'EST'],
    ['Helsinki', 60.17, 24.94, 'FIN'],
    ['Constanța', 44.17, 28.63, 'ROU'],
    ['Bucharest', 44.43, 26.1, 'ROU'],
    ['Berlin', 52.52, 13.4, 'DEU'],
    ['Oslo', 59.91, 10.75, 'NOR'],
  ];
  it.each(cases)('%s is in %s', (_name, lat, lon, id) => {
    expect(countryOf(lat, lon)).toBe(id);
  });

  it('finds harbour capitals just off the 1:50m coast with countryNear', () => {
    expect(countryNear(region, ...at(55.68, 12.57), 6)?.id).toBe('DNK');
    expect(countryNear(region, ...at(59.33, 18.07), 6)?.id).toBe('SWE');
  });
});

describe('Crimea is Ukraine', () => {
  const crimea: [string, number, number][] = [
    ['Simferopol', 44.95, 34.1],
    ['Sevastopol', 44.6, 33.52],
    ['Kerch', 45.36, 36.47],
  ];
  it.each(crimea)('%s is inside Ukraine, not Russia, and occupied', (_name, lat, lon) => {
    expect(inCountry('UKR', lat, lon)).toBe(true);
    expect(inCountry('RUS', lat, lon)).toBe(false);
    expect(occupiedOf(lat, lon)).toBe('crimea');
  });

  it('draws no international border across the Perekop isthmus or at Chonhar', () => {
    for (const [lat, lon] of [
      [46.15, 33.69], // Perekop
      [46.05, 34.45], // Chonhar
    ] as const) {
      expect(distanceToLines(...at(lat, lon), region.borders)).toBeGreaterThan(25);
    }
  });

  it('still draws the Ukraine–Russia land border', () => {
    // A point on the border between Kharkiv and Belgorod oblasts, and one between Luhansk and Rostov.
    expect(distanceToLines(...at(50.37, 36.0), region.borders)).toBeLessThan(6);
    expect(distanceToLines(...at(48.3, 39.9), region.borders)).toBeLessThan(6);
  });

  it('keeps Kaliningrad apart from mainland Russia', () => {
    const rus = countryById(region, 'RUS') as RegionCountry;
    const kaliningrad = rus.rings.filter((p) => pointInPolygons(...at(54.71, 20.51), [p]));
    expect(kaliningrad).toHaveLength(1);
    expect(pointInPolygons(...at(55.75, 37.62), kaliningrad)).toBe(false);
  });
});

describe('occupied areas', () => {
  it('has Crimea and the occupied east and south', () => {
    expect(region.occupied.map((o) => o.id)).toEqual(['crimea', 'east-south']);
    for (const o of region.occupied) expect(o.name.length).toBeGreaterThan(5);
  });

  it.each([
    ['Donetsk', 48.0, 37.8],
    ['Luhansk', 48.57, 39.3],
    ['Mariupol', 47.1, 37.55],
    ['Melitopol', 46.85, 35.37],
    ['Enerhodar', 47.5, 34.66],
    ['Nova Kakhovka', 46.76, 33.35],
  ])('%s is occupied (east-south) and in Ukraine', (_name, lat, lon) => {
    expect(occupiedOf(lat, lon)).toBe('east-south');
    expect(countryOf(lat, lon)).toBe('UKR');
  });

  it.each([
    ['Kyiv', 50.45, 30.52],
    ['Lviv', 49.84, 24.03],
    ['Odesa', 46.48, 30.72],
    ['Kharkiv', 49.99, 36.23],
    ['Zaporizhzhia', 47.84, 35.14],
    ['Kherson', 46.64, 32.62],
    ['Kramatorsk', 48.74, 37.56],
    ['Nikopol', 47.57, 34.4],
  ])('%s is in Ukraine and not occupied', (_name, lat, lon) => {
    expect(countryOf(lat, lon)).toBe('UKR');
    expect(occupiedOf(lat, lon)).toBeUndefined();
  });

  it('stays inside Ukraine', () => {
    // Sample a grid over each occupied area: every sample inside it must be inside Ukraine's rings.
    const ukr = countryById(region, 'UKR') as RegionCountry;
    let samples = 0;
    for (const o of region.occupied) {
      const xs = o.rings.flat(2).filter((_, i) => i % 2 === 0);
      const ys = o.rings.flat(2).filter((_, i) => i % 2 === 1);
      for (let x = Math.min(...xs); x <= Math.max(...xs); x += 3) {
        for (let y = Math.min(...ys); y <= Math.max(...ys); y += 3) {
          const px = x + 0.37; // off the integer grid, never exactly on an edge
          const py = y + 0.61;
          if (!pointInPolygons(px, py, o.rings)) continue;
          samples++;
          expect(pointInPolygons(px, py, ukr.rings), `${o.id} at ${px},${py}`).toBe(true);
        }
      }
    }
    expect(samples).toBeGreaterThan(500);
  });
});

describe('Transnistria', () => {
  const breakawayOf = (lat: number, lon: number) => breakawayAt(region, ...at(lat, lon))?.id;

  it('is marked as a breakaway region of Moldova, not as a country', () => {
    expect(region.breakaway.map((b) => [b.id, b.country])).toEqual([['transnistria', 'MDA']]);
    expect(region.breakaway[0]!.name).toContain('Moldova');
    expect(region.countries.map((c) => c.id)).not.toContain('TRN');
  });

  it.each([
    ['Tiraspol', 46.84, 29.63],
    ['Bender (right bank)', 46.83, 29.47],
    ['Rîbnița', 47.77, 29.01],
    ['Dubăsari', 47.27, 29.17],
    ['Slobozia', 46.73, 29.71],
  ])('%s lies in Transnistria and in Moldova', (_name, lat, lon) => {
    expect(breakawayOf(lat, lon)).toBe('transnistria');
    expect(countryOf(lat, lon)).toBe('MDA');
  });

  it.each([
    ['Chișinău', 47.01, 28.86],
    ['Bălți', 47.76, 27.93],
    ['Odesa (Ukraine)', 46.48, 30.72],
    ['Kyiv (Ukraine)', 50.45, 30.52],
  ])('%s is not in it', (_name, lat, lon) => {
    expect(breakawayOf(lat, lon)).toBeUndefined();
  });

  it('stays inside Moldova', () => {
    const mda = countryById(region, 'MDA') as RegionCountry;
    let samples = 0;
    for (const b of region.breakaway) {
      const xs = b.rings.flat(2).filter((_, i) => i % 2 === 0);
      const ys = b.rings.flat(2).filter((_, i) => i % 2 === 1);
      for (let x = Math.min(...xs); x <= Math.max(...xs); x += 1) {
        for (let y = Math.min(...ys); y <= Math.max(...ys); y += 1) {
          const px = x + 0.37;
          const py = y + 0.61;
          if (!pointInPolygons(px, py, b.rings)) continue;
          samples++;
          expect(pointInPolygons(px, py, mda.rings), `${b.id} at ${px},${py}`).toBe(true);
        }
      }
    }
    expect(samples).toBeGreaterThan(300);
  });
});
