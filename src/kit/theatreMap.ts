/**
 * The theatre map of a level for print: the game's own map asset (assets/map/region.json, already
 * projected) cut to the level's window, with its nodes, hubs and links placed by the game's own
 * projection. Pure: it returns shapes in map units; ui/classroom/theatreMapSvg.ts draws them as
 * SVG, so the handouts print sharp at any size.
 */
import { makeProjection } from '../map/projection';
import type { FlatLine, FlatRing, RegionAsset } from '../map/regionTypes';
import type { Level } from '../levels/schema';

export interface MapBox { x: number; y: number; w: number; h: number }

export interface TheatreMap {
  box: MapBox;
  /** one path per polygon (its outer ring, then its holes), drawn even-odd, as the game's map fills them */
  countries: Array<{ id: string; polygons: string[] }>;
  occupied: string[];
  borders: string[];
  coast: string[];
  /** country name anchors inside the box (id, position) for countries big enough to label */
  countryLabels: Array<{ id: string; x: number; y: number }>;
  links: Array<{ id: string; kind: Level['links'][number]['kind']; x1: number; y1: number; x2: number; y2: number; gaugeBreak: boolean }>;
  /** every node; `off` when it lies beyond the window and is drawn at its edge */
  nodes: Array<{ id: string; x: number; y: number; hub: boolean; off: boolean }>;
}

const ringPath = (ring: FlatRing | FlatLine, close: boolean): string => {
  let d = '';
  for (let i = 0; i < ring.length; i += 2) d += `${i === 0 ? 'M' : 'L'}${ring[i]} ${ring[i + 1]}`;
  return close ? `${d}Z` : d;
};

/** The window of the level in map units: its view's corners and edge midpoints, padded a little. */
export function levelBox(region: RegionAsset, level: Level): MapBox {
  const project = makeProjection(region.projection);
  const { west, east, south, north } = level.view;
  const pts: Array<[number, number]> = [];
  for (const lon of [west, (west + east) / 2, east]) for (const lat of [south, (south + north) / 2, north]) pts.push(project(lon, lat));
  let x0 = Math.min(...pts.map((p) => p[0]));
  let x1 = Math.max(...pts.map((p) => p[0]));
  let y0 = Math.min(...pts.map((p) => p[1]));
  let y1 = Math.max(...pts.map((p) => p[1]));
  const pad = 0.04 * Math.max(x1 - x0, y1 - y0);
  x0 = Math.max(0, x0 - pad); y0 = Math.max(0, y0 - pad);
  x1 = Math.min(region.width, x1 + pad); y1 = Math.min(region.height, y1 + pad);
  return { x: Math.round(x0), y: Math.round(y0), w: Math.round(x1 - x0), h: Math.round(y1 - y0) };
}

export function theatreMap(region: RegionAsset, level: Level): TheatreMap {
  const project = makeProjection(region.projection);
  const box = levelBox(region, level);
  const inset = box.w * 0.015;
  const place = new Map(level.nodes.map((n) => {
    const [x, y] = project(n.lon, n.lat);
    const cx = Math.min(box.x + box.w - inset, Math.max(box.x + inset, x));
    const cy = Math.min(box.y + box.h - inset, Math.max(box.y + inset, y));
    return [n.id, { x: Math.round(cx), y: Math.round(cy), off: cx !== x || cy !== y }];
  }));
  const inBox = (x: number, y: number) => x >= box.x && x <= box.x + box.w && y >= box.y && y <= box.y + box.h;
  return {
    box,
    countries: region.countries.map((c) => ({ id: c.id, polygons: c.rings.map((poly) => poly.map((r) => ringPath(r, true)).join('')) })),
    occupied: region.occupied.flatMap((o) => o.rings.map((poly) => poly.map((r) => ringPath(r, true)).join(''))),
    borders: region.borders.map((l) => ringPath(l, false)),
    coast: region.coast.map((l) => ringPath(l, false)),
    countryLabels: region.countries.filter((c) => c.area >= 6000 && inBox(c.label[0], c.label[1])).map((c) => ({ id: c.id, x: c.label[0], y: c.label[1] })),
    links: level.links.map((l) => {
      const a = place.get(l.from)!;
      const b = place.get(l.to)!;
      return { id: l.id, kind: l.kind, x1: a.x, y1: a.y, x2: b.x, y2: b.y, gaugeBreak: l.gaugeBreak };
    }),
    nodes: level.nodes.map((n) => ({ id: n.id, ...place.get(n.id)!, hub: n.axes.length > 0 })),
  };
}
