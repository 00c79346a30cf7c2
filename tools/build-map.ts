/**
 * Builds assets/map/region.json from Natural Earth 1:50m (world-atlas countries-50m.json).
 *
 *   npm run build:map
 *
 * Pipeline, and why in this order:
 *  1. Decode the TopoJSON arcs to lon/lat and work on the topology itself (shared arcs), so every
 *     later step changes a border for both neighbours at once and no slivers or gaps appear.
 *  2. Fix the data: Natural Earth draws Crimea inside Russia (de facto). The Crimea polygon is moved
 *     into Ukraine's geometry and Ukraine's polygons are dissolved (mergeArcs), so the Perekop line
 *     is no longer referenced by two different countries and the border mesh (a !== b) drops it.
 *     Åland, a separate unit in Natural Earth, is Finnish territory and joins Finland.
 *  3. Project every arc with a Lambert conformal conic and simplify each arc (Douglas–Peucker in
 *     map units, arc end points kept), so shared borders stay identical on both sides.
 *  4. Drop rings smaller than a few map units² (tiny islands, micro-state holes) on the topology,
 *     so the coast and border meshes lose them as well.
 *  5. Project with d3 (no resampling, rectangle clip a few % outside the view, so the clip edge
 *     never shows), round to integers, attach labels, cut out the occupied areas.
 * Output is deterministic: no dates, no randomness, fixed key and array order.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { geoConicConformal, geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import { feature, mergeArcs, mesh } from 'topojson-client';
import type { GeometryCollection, GeometryObject, MultiPolygon as TopoMultiPolygon, Topology } from 'topojson-specification';
import type { BreakawayArea, ConicConformalParams, FlatLine, OccupiedArea, RegionAsset, RegionCountry } from '../src/map/regionTypes';
import { encodeRegion, REGION_FILE_VERSION } from '../src/map/regionFile';

export const WIDTH = 2000;
export const HEIGHT = 1500;
export const ASSET_VERSION = REGION_FILE_VERSION;

/** The area the view is fitted to (degrees). The 4:3 frame shows somewhat more east and west. */
const REGION = { west: 8.5, east: 41, south: 43, north: 61.5 } as const;
const PARALLELS: [number, number] = [46, 58];
const CENTRAL_MERIDIAN = 25;
/** Clip this far outside the view (3 % of the width) so clipped edges never show on screen. */
const CLIP_MARGIN = 60;
/** Douglas–Peucker tolerance in map units (1 unit ≈ 1.44 km): about a pixel on a 1920 px wide screen. */
const SIMPLIFY_TOLERANCE = 1.0;
/** Rings (islands, holes) smaller than this many square map units (≈ 2 km² each, so ≈ 80 km²) are dropped. */
const MIN_RING_AREA = 40;
/** Labels keep this far from the view edge so the text is not cut off. */
const LABEL_INSET = 45;

/** Natural Earth name → ISO alpha-3 and English name. A country in view missing here fails the build. */
const COUNTRIES: Record<string, [string, string]> = {
  Albania: ['ALB', 'Albania'],
  Armenia: ['ARM', 'Armenia'],
  Austria: ['AUT', 'Austria'],
  Azerbaijan: ['AZE', 'Azerbaijan'],
  Belarus: ['BLR', 'Belarus'],
  Belgium: ['BEL', 'Belgium'],
  'Bosnia and Herz.': ['BIH', 'Bosnia and Herzegovina'],
  Bulgaria: ['BGR', 'Bulgaria'],
  Croatia: ['HRV', 'Croatia'],
  Czechia: ['CZE', 'Czechia'],
  Denmark: ['DNK', 'Denmark'],
  Estonia: ['EST', 'Estonia'],
  Finland: ['FIN', 'Finland'],
  France: ['FRA', 'France'],
  Georgia: ['GEO', 'Georgia'],
  Germany: ['DEU', 'Germany'],
  Greece: ['GRC', 'Greece'],
  Hungary: ['HUN', 'Hungary'],
  Italy: ['ITA', 'Italy'],
  Kazakhstan: ['KAZ', 'Kazakhstan'],
  Kosovo: ['XKX', 'Kosovo'],
  Latvia: ['LVA', 'Latvia'],
  Liechtenstein: ['LIE', 'Liechtenstein'],
  Lithuania: ['LTU', 'Lithuania'],
  Luxembourg: ['LUX', 'Luxembourg'],
  Macedonia: ['MKD', 'North Macedonia'],
  Moldova: ['MDA', 'Moldova'],
  Montenegro: ['MNE', 'Montenegro'],
  Netherlands: ['NLD', 'Netherlands'],
  Norway: ['NOR', 'Norway'],
  Poland: ['POL', 'Poland'],
  Romania: ['ROU', 'Romania'],
  Russia: ['RUS', 'Russia'],
  'San Marino': ['SMR', 'San Marino'],
  Serbia: ['SRB', 'Serbia'],
  Slovakia: ['SVK', 'Slovakia'],
  Slovenia: ['SVN', 'Slovenia'],
  Sweden: ['SWE', 'Sweden'],
  Switzerland: ['CHE', 'Switzerland'],
  Turkey: ['TUR', 'Turkey'],
  Ukraine: ['UKR', 'Ukraine'],
  'United Kingdom': ['GBR', 'United Kingdom'],
};

/** Natural Earth units that belong to another country in this map: [unit, country]. */
const MERGE_INTO: [string, string][] = [['Åland', 'Finland']];

/** Crimea (with Sevastopol) is the Russian polygon whose outer ring lies inside this lon/lat box. */
const CRIMEA_BOX = { west: 32.0, east: 37.0, south: 44.0, north: 46.5 } as const;

/*
 * Russian-occupied mainland Ukraine (parts of Luhansk, Donetsk, Zaporizhzhia and Kherson oblasts,
 * plus the Kinburn spit and a strip east of the Oskil in Kharkiv oblast), as lon/lat.
 *
 * APPROXIMATE: a hand-drawn line of contact as it stood in the second half of 2025, good to a few
 * kilometres at best and meant for a strategy map, not for navigation. Simplifications:
 *  - fronts that move weekly (Kupiansk, Pokrovsk–Myrnohrad, Siversk, Huliaipole) are drawn as one
 *    smooth line through the contested towns;
 *  - small incursions along the northern border (Sumy and Kharkiv oblasts, the Vovchansk area) and
 *    into Dnipropetrovsk oblast are left out or smoothed into the main line;
 *  - south of Zaporizhzhia the line follows the middle of the Dnipro (the drained Kakhovka
 *    reservoir), then the Dnipro–Buh estuary, so the occupied left bank and the Kinburn spit fall
 *    inside and Kherson city stays outside;
 *  - small islands (Dzharylhach, the Tendra spit) are not marked.
 * The first and last points lie outside Ukraine; the rest of the polygon sweeps through Russia and
 * the seas and is then cut to Ukraine's mainland border, so the result stays inside Ukraine.
 */
const CONTACT_LINE: [number, number][] = [
  [38.1, 50.4], // Russia (Belgorod oblast), north of the Kharkiv–Luhansk border junction
  [37.74, 49.99], // east of Dvorichna, Oskil river
  [37.68, 49.85],
  [37.66, 49.72], // Kupiansk (contested)
  [37.78, 49.5],
  [37.86, 49.22], // east of Borova
  [37.92, 49.02], // east of Lyman
  [38.06, 48.88], // Siversk (contested)
  [37.93, 48.7],
  [37.84, 48.6], // Chasiv Yar
  [37.76, 48.48], // between Kostiantynivka and Toretsk
  [37.5, 48.43],
  [37.28, 48.4], // Dobropillia salient, smoothed
  [37.16, 48.3], // Pokrovsk–Myrnohrad (contested)
  [36.95, 48.14],
  [36.76, 48.0], // edge of Dnipropetrovsk oblast, incursions smoothed
  [36.6, 47.83],
  [36.32, 47.68], // Huliaipole (contested)
  [36.03, 47.56],
  [35.82, 47.5], // Robotyne (occupied) south of Orikhiv
  [35.48, 47.54], // Stepnohirsk
  [35.13, 47.63], // the Dnipro south of Zaporizhzhia
  [34.82, 47.57],
  [34.55, 47.54], // between Enerhodar (occupied) and Nikopol
  [34.22, 47.38],
  [33.92, 47.15],
  [33.6, 46.93],
  [33.39, 46.8], // Kakhovka dam: Nova Kakhovka occupied, Beryslav not
  [33.05, 46.72],
  [32.78, 46.655],
  [32.66, 46.625], // the Dnipro between Kherson (not occupied) and Oleshky (occupied)
  [32.35, 46.525], // Dnipro–Buh estuary (points in the water stay 2+ units from both shores)
  [32.0, 46.567],
  [31.7, 46.595], // between the Kinburn spit (occupied) and Ochakiv
  [31.45, 46.57],
  [31.25, 46.42], // Black Sea
];
/**
 * Transnistria, the Russian-backed breakaway region of Moldova: Moldova's territory east of the
 * Dniester, with Bender (Tighina) and its surroundings on the right bank. The line below follows
 * the river (approximately, as the map has no rivers) from north of Camenca past Rîbnița,
 * Dubăsari and Grigoriopol, swings west round Bender, and runs down past Tiraspol and Slobozia;
 * the rest of the polygon lies in Ukraine, so cutting it with Moldova leaves the strip between the
 * river and the Ukrainian border. (lon, lat)
 */
const TRANSNISTRIA: [number, number][] = [
  [28.30, 48.22], [28.45, 48.15], [28.62, 48.08], [28.71, 48.02], [28.82, 47.93], [28.93, 47.83],
  [28.99, 47.76], [29.02, 47.66], [29.06, 47.55], [29.10, 47.43], [29.13, 47.33], [29.15, 47.26],
  [29.22, 47.19], [29.27, 47.13], [29.33, 47.05], [29.40, 46.95], [29.41, 46.87], // west of Bender
  [29.43, 46.80], [29.55, 46.75], [29.70, 46.68], [29.80, 46.60], [29.90, 46.52], [30.05, 46.45],
  [30.45, 46.45], [30.45, 48.45], [28.30, 48.45], // closes through Ukraine
];

/** Closes the occupied polygon through sea and Russia; all these points lie outside Ukraine's mainland. */
const OCCUPIED_CLOSURE: [number, number][] = [
  [31.25, 44.2], // Black Sea west of Crimea
  [36.9, 44.2], // Black Sea south of Kerch
  [38.6, 46.4], // Sea of Azov, Russian side
  [40.9, 47.2], // Russia (Rostov oblast)
  [40.9, 50.3], // Russia (Voronezh oblast)
];

type LonLat = [number, number];
type Pt = [number, number];
type ArcRing = number[];
type ArcPolygon = ArcRing[];

interface Unit {
  name: string;
  polygons: ArcPolygon[];
}

// ---------------------------------------------------------------------------------------------
// Topology helpers

/** Undo TopoJSON quantization and delta encoding: every arc as absolute [lon, lat] points. */
function decodeArcs(topology: Topology): LonLat[][] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map((p): LonLat => {
      const px = p[0] as number;
      const py = p[1] as number;
      if (!t) return [px, py];
      x += px;
      y += py;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
    });
  });
}

/** Points of a ring given as arc indices (~i means arc i reversed), without the closing point. */
function ringPoints<T>(arcs: T[][], ring: ArcRing): T[] {
  const out: T[] = [];
  for (const index of ring) {
    const arc = arcs[index < 0 ? ~index : index];
    if (!arc) throw new Error(`missing arc ${index}`);
    const pts = index < 0 ? arc.slice().reverse() : arc;
    // Consecutive arcs share their junction point: skip the repeat.
    for (let i = out.length ? 1 : 0; i < pts.length; i++) out.push(pts[i] as T);
  }
  out.pop();
  return out;
}

function unitsFromCollection(collection: GeometryCollection): Unit[] {
  return collection.geometries.map((g) => {
    const name = String((g.properties as { name?: string } | null)?.name ?? '');
    if (g.type === 'Polygon') return { name, polygons: [g.arcs] };
    if (g.type === 'MultiPolygon') return { name, polygons: g.arcs };
    return { name, polygons: [] };
  });
}

function findUnit(units: Unit[], name: string): Unit {
  const u = units.find((x) => x.name === name);
  if (!u) throw new Error(`world-atlas has no unit named ${name}`);
  return u;
}

function lonLatBox(points: LonLat[]): { west: number; east: number; south: number; north: number } {
  let west = Infinity;
  let east = -Infinity;
  let south = Infinity;
  let north = -Infinity;
  for (const [x, y] of points) {
    west = Math.min(west, x);
    east = Math.max(east, x);
    south = Math.min(south, y);
    north = Math.max(north, y);
  }
  return { west, east, south, north };
}

// ---------------------------------------------------------------------------------------------
// Planar geometry

/** Shoelace sum, positive for rings clockwise on screen (y down). */
function signedArea(ring: Pt[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j] as Pt;
    const b = ring[i] as Pt;
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

function pointInRingPts(x: number, y: number, ring: Pt[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Pt;
    const [xj, yj] = ring[j] as Pt;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function segmentDistance2(p: Pt, a: Pt, b: Pt): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 ? ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2 : 0;
  t = Math.max(0, Math.min(1, t));
  const ex = a[0] + t * dx - p[0];
  const ey = a[1] + t * dy - p[1];
  return ex * ex + ey * ey;
}

/** Douglas–Peucker on one arc; returns the kept indices (always the two end points). */
function simplifyIndices(pts: Pt[], tolerance: number): number[] {
  const n = pts.length;
  if (n <= 2) return pts.map((_, i) => i);
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const tol2 = tolerance * tolerance;
  const stack: [number, number][] = [];
  const first = pts[0] as Pt;
  const last = pts[n - 1] as Pt;
  if (first[0] === last[0] && first[1] === last[1]) {
    // A closed arc (a whole island): anchor it at the point farthest from its start.
    let far = 1;
    let best = -1;
    for (let i = 1; i < n - 1; i++) {
      const p = pts[i] as Pt;
      const d = (p[0] - first[0]) ** 2 + (p[1] - first[1]) ** 2;
      if (d > best) {
        best = d;
        far = i;
      }
    }
    keep[far] = 1;
    stack.push([0, far], [far, n - 1]);
  } else {
    stack.push([0, n - 1]);
  }
  while (stack.length) {
    const [a, b] = stack.pop() as [number, number];
    let index = -1;
    let best = tol2;
    for (let i = a + 1; i < b; i++) {
      const d = segmentDistance2(pts[i] as Pt, pts[a] as Pt, pts[b] as Pt);
      if (d > best) {
        best = d;
        index = i;
      }
    }
    if (index >= 0) {
      keep[index] = 1;
      stack.push([a, index], [index, b]);
    }
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(i);
  return out;
}

/** Sutherland–Hodgman against an axis-aligned rectangle (convex clip, any subject). */
function clipRingToRect(ring: Pt[], x0: number, y0: number, x1: number, y1: number): Pt[] {
  type Inside = (p: Pt) => boolean;
  type Cut = (a: Pt, b: Pt) => Pt;
  const edges: [Inside, Cut][] = [
    [(p) => p[0] >= x0, (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= x1, (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= y0, (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0]],
    [(p) => p[1] <= y1, (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1]],
  ];
  let out = ring;
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i] as Pt;
      const prev = input[(i + input.length - 1) % input.length] as Pt;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) {
        out.push(cut(prev, cur));
      }
    }
    if (!out.length) break;
  }
  return out;
}

/**
 * Pole of inaccessibility (the polylabel idea): the point inside the ring farthest from its edges,
 * found by refining square cells. A centroid can fall outside a bent country (Norway, Croatia);
 * this point cannot, and it keeps the label away from borders.
 */
function poleOfInaccessibility(ring: Pt[], precision: number): Pt {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of ring) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  const signedDistance = (x: number, y: number): number => {
    let d2 = Infinity;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      d2 = Math.min(d2, segmentDistance2([x, y], ring[j] as Pt, ring[i] as Pt));
    }
    return (pointInRingPts(x, y, ring) ? 1 : -1) * Math.sqrt(d2);
  };
  interface Cell {
    x: number;
    y: number;
    h: number;
    d: number;
    max: number;
  }
  const makeCell = (x: number, y: number, h: number): Cell => {
    const d = signedDistance(x, y);
    return { x, y, h, d, max: d + h * Math.SQRT2 };
  };
  const size = Math.min(maxX - minX, maxY - minY);
  if (size <= 0) return [minX, minY];
  const h0 = size / 2;
  const queue: Cell[] = [];
  for (let x = minX; x < maxX; x += size) {
    for (let y = minY; y < maxY; y += size) queue.push(makeCell(x + h0, y + h0, h0));
  }
  let best = makeCell((minX + maxX) / 2, (minY + maxY) / 2, 0);
  while (queue.length) {
    // Take the most promising cell (linear scan keeps the order deterministic and the code short).
    let bi = 0;
    for (let i = 1; i < queue.length; i++) if ((queue[i] as Cell).max > (queue[bi] as Cell).max) bi = i;
    const cell = queue.splice(bi, 1)[0] as Cell;
    if (cell.d > best.d) best = cell;
    if (cell.max - best.d <= precision) continue;
    const h = cell.h / 2;
    queue.push(
      makeCell(cell.x - h, cell.y - h, h),
      makeCell(cell.x + h, cell.y - h, h),
      makeCell(cell.x - h, cell.y + h, h),
      makeCell(cell.x + h, cell.y + h, h),
    );
  }
  return [best.x, best.y];
}

/**
 * Intersection of two simple polygons (Greiner–Hormann). Used once, to cut the hand-drawn occupied
 * polygon to Ukraine's mainland outline. Degenerate touches (a vertex exactly on the other
 * polygon's edge) throw instead of guessing; move a contact-line point slightly if that happens.
 */
function intersectPolygons(subject: Pt[], clip: Pt[]): Pt[][] {
  interface Node {
    p: Pt;
    next: Node;
    prev: Node;
    intersect: boolean;
    entry: boolean;
    visited: boolean;
    neighbor: Node | null;
    alpha: number;
  }
  const makeList = (pts: Pt[]): Node[] => {
    const nodes = pts.map(
      (p) => ({ p, intersect: false, entry: false, visited: false, neighbor: null, alpha: 0 }) as unknown as Node,
    );
    nodes.forEach((node, i) => {
      node.next = nodes[(i + 1) % nodes.length] as Node;
      node.prev = nodes[(i + nodes.length - 1) % nodes.length] as Node;
    });
    return nodes;
  };
  const s = makeList(subject);
  const c = makeList(clip);
  // Intersections found per original edge, inserted afterwards in order of their position on the edge.
  const sHits: Node[][] = s.map(() => []);
  const cHits: Node[][] = c.map(() => []);
  for (let i = 0; i < subject.length; i++) {
    const a = subject[i] as Pt;
    const b = subject[(i + 1) % subject.length] as Pt;
    for (let j = 0; j < clip.length; j++) {
      const p = clip[j] as Pt;
      const q = clip[(j + 1) % clip.length] as Pt;
      const den = (b[0] - a[0]) * (q[1] - p[1]) - (b[1] - a[1]) * (q[0] - p[0]);
      if (den === 0) continue;
      const t = ((p[0] - a[0]) * (q[1] - p[1]) - (p[1] - a[1]) * (q[0] - p[0])) / den;
      const u = ((p[0] - a[0]) * (b[1] - a[1]) - (p[1] - a[1]) * (b[0] - a[0])) / den;
      if (t < 0 || t > 1 || u < 0 || u > 1) continue;
      if (t === 0 || t === 1 || u === 0 || u === 1) throw new Error('degenerate intersection: nudge the occupied polygon');
      const pt: Pt = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
      const ns = { p: pt, intersect: true, entry: false, visited: false, neighbor: null, alpha: t } as unknown as Node;
      const nc = { p: pt, intersect: true, entry: false, visited: false, neighbor: null, alpha: u } as unknown as Node;
      ns.neighbor = nc;
      nc.neighbor = ns;
      (sHits[i] as Node[]).push(ns);
      (cHits[j] as Node[]).push(nc);
    }
  }
  const insertHits = (list: Node[], hits: Node[][]): void => {
    list.forEach((node, i) => {
      const edgeHits = (hits[i] as Node[]).slice().sort((x, y) => x.alpha - y.alpha);
      let prev = node;
      const end = node.next;
      for (const h of edgeHits) {
        h.prev = prev;
        prev.next = h;
        prev = h;
      }
      prev.next = end;
      end.prev = prev;
    });
  };
  const total = sHits.reduce((n, h) => n + h.length, 0);
  if (total === 0) {
    const [sx, sy] = subject[0] as Pt;
    if (pointInRingPts(sx, sy, clip)) return [subject];
    const [cx, cy] = clip[0] as Pt;
    if (pointInRingPts(cx, cy, subject)) return [clip];
    return [];
  }
  insertHits(s, sHits);
  insertHits(c, cHits);
  // Entry/exit flags: walking along one polygon, each crossing alternates between entering and leaving the other.
  const markEntries = (start: Node, other: Pt[]): void => {
    let inside = pointInRingPts(start.p[0], start.p[1], other);
    let node = start;
    do {
      if (node.intersect) {
        node.entry = !inside;
        inside = !inside;
      }
      node = node.next;
    } while (node !== start);
  };
  markEntries(s[0] as Node, clip);
  markEntries(c[0] as Node, subject);
  const result: Pt[][] = [];
  for (;;) {
    let start: Node | null = null;
    let node = s[0] as Node;
    do {
      if (node.intersect && !node.visited) {
        start = node;
        break;
      }
      node = node.next;
    } while (node !== s[0]);
    if (!start) break;
    const ring: Pt[] = [];
    let cur: Node = start;
    do {
      cur.visited = true;
      (cur.neighbor as Node).visited = true;
      ring.push(cur.p);
      if (cur.entry) {
        do {
          cur = cur.next;
          if (!cur.intersect) ring.push(cur.p);
        } while (!cur.intersect);
      } else {
        do {
          cur = cur.prev;
          if (!cur.intersect) ring.push(cur.p);
        } while (!cur.intersect);
      }
      cur = cur.neighbor as Node;
    } while (!cur.visited);
    result.push(ring);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Projection and output helpers

function round(v: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/** The projection fitted to REGION, with scale and translate rounded so the asset states them exactly. */
export function makeRegionProjection(): { projection: GeoProjection; params: ConicConformalParams } {
  // Fit the outline of the lon/lat box (sampled, as points, so no winding rules apply).
  const outline: LonLat[] = [];
  for (let lon = REGION.west; lon <= REGION.east + 1e-9; lon += 0.25) outline.push([lon, REGION.south], [lon, REGION.north]);
  for (let lat = REGION.south; lat <= REGION.north + 1e-9; lat += 0.25) outline.push([REGION.west, lat], [REGION.east, lat]);
  const fitted = geoConicConformal()
    .parallels(PARALLELS)
    .rotate([-CENTRAL_MERIDIAN, 0])
    .fitExtent(
      [
        [0, 0],
        [WIDTH, HEIGHT],
      ],
      { type: 'MultiPoint', coordinates: outline },
    );
  const t = fitted.translate();
  const params: ConicConformalParams = {
    type: 'conicConformal',
    parallels: [PARALLELS[0], PARALLELS[1]],
    rotate: [-CENTRAL_MERIDIAN, 0],
    center: [0, 0],
    scale: round(fitted.scale(), 2),
    translate: [round(t[0], 2), round(t[1], 2)],
  };
  const projection = geoConicConformal()
    .parallels(params.parallels)
    .rotate(params.rotate)
    .center(params.center)
    .scale(params.scale)
    .translate(params.translate)
    // No adaptive resampling: the arcs are dense already, and every output vertex must be exactly
    // the projection of a data vertex so the runtime projection of a city matches the coastline.
    .precision(0)
    .clipExtent([
      [-CLIP_MARGIN, -CLIP_MARGIN],
      [WIDTH + CLIP_MARGIN, HEIGHT + CLIP_MARGIN],
    ]);
  return { projection, params };
}

interface Collected {
  polygons: Pt[][][]; // each polygonStart..polygonEnd group: its rings
  lines: Pt[][];
}

/** Streams GeoJSON through the projection (with its clip) and collects the planar output. */
function projectGeometry(projection: GeoProjection, geometry: GeoJSON.Geometry): Collected {
  const out: Collected = { polygons: [], lines: [] };
  let inPolygon = false;
  let rings: Pt[][] = [];
  let current: Pt[] = [];
  const sink: GeoStream = {
    point(x, y) {
      current.push([x, y]);
    },
    lineStart() {
      current = [];
    },
    lineEnd() {
      if (inPolygon) rings.push(current);
      else out.lines.push(current);
    },
    polygonStart() {
      inPolygon = true;
      rings = [];
    },
    polygonEnd() {
      inPolygon = false;
      if (rings.length) out.polygons.push(rings);
    },
    sphere() {
      throw new Error('unexpected sphere');
    },
  };
  geoStream(geometry, projection.stream(sink));
  return out;
}

/** Rounds to integers and drops repeated and collinear points (exact on the integer grid). */
function toIntegerPoints(points: Pt[], closed: boolean): Pt[] {
  let pts: Pt[] = [];
  for (const [x, y] of points) {
    const p: Pt = [Math.round(x), Math.round(y)];
    const last = pts[pts.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
  }
  if (closed && pts.length > 1) {
    const a = pts[0] as Pt;
    const b = pts[pts.length - 1] as Pt;
    if (a[0] === b[0] && a[1] === b[1]) pts.pop();
  }
  // Remove points lying exactly on the straight line through their neighbours (ends of open lines stay).
  let changed = true;
  while (changed && pts.length > (closed ? 3 : 2)) {
    changed = false;
    const kept: Pt[] = [];
    const n = pts.length;
    for (let i = 0; i < n; i++) {
      const p = pts[i] as Pt;
      if (!closed && (i === 0 || i === n - 1)) {
        kept.push(p);
        continue;
      }
      const a = (kept.length ? kept[kept.length - 1] : pts[(i + n - 1) % n]) as Pt;
      const b = pts[(i + 1) % n] as Pt;
      const cross = (p[0] - a[0]) * (b[1] - a[1]) - (p[1] - a[1]) * (b[0] - a[0]);
      const between = (p[0] - a[0]) * (b[0] - p[0]) + (p[1] - a[1]) * (b[1] - p[1]) >= 0;
      if (cross === 0 && between) changed = true;
      else kept.push(p);
    }
    pts = kept;
  }
  return pts;
}

/** A flat ring or line back to points. */
function flatPoints(flat: number[]): Pt[] {
  const out: Pt[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push([flat[i] as number, flat[i + 1] as number]);
  return out;
}

function distanceToFlat(x: number, y: number, flat: number[], closed: boolean): number {
  const pts = flatPoints(flat);
  let best = Infinity;
  const start = closed ? 0 : 1;
  for (let i = start; i < pts.length; i++) {
    const a = pts[(i + pts.length - 1) % pts.length] as Pt;
    best = Math.min(best, Math.sqrt(segmentDistance2([x, y], a, pts[i] as Pt)));
  }
  return best;
}

/** Inserts (x, y) into every edge of the ring or line that passes within 0.75 units of it. */
function insertOnEdge(flat: number[], closed: boolean, x: number, y: number): number[] {
  const pts = flatPoints(flat);
  if (pts.some(([px, py]) => px === x && py === y)) return flat;
  const out: Pt[] = [];
  for (let i = 0; i < pts.length; i++) {
    const p = pts[i] as Pt;
    if (i > 0 || closed) {
      const a = pts[(i + pts.length - 1) % pts.length] as Pt;
      if (segmentDistance2([x, y], a, p) <= 0.75 * 0.75) out.push([x, y]);
    }
    out.push(p);
  }
  // A closed ring's last edge (last → first) lands at the front; move it to the end to keep order readable.
  if (closed && out.length > pts.length && out[0]?.[0] === x && out[0]?.[1] === y) out.push(out.shift() as Pt);
  return flatten(out);
}

function flatten(points: Pt[]): number[] {
  const out: number[] = [];
  for (const [x, y] of points) out.push(x, y);
  return out;
}

/**
 * Turns d3's clipped output rings of one polygon into [outer, ...holes] polygons.
 * d3 emits outer rings clockwise on screen (positive signedArea) and holes anticlockwise;
 * a clipped polygon can come out as several outer rings, each hole goes to the outer ring holding it.
 */
function toPolygons(groups: Pt[][][]): Pt[][][] {
  const result: Pt[][][] = [];
  for (const group of groups) {
    const rings = group.map((r) => toIntegerPoints(r, true)).filter((r) => r.length >= 3 && signedArea(r) !== 0);
    const outers = rings.filter((r) => signedArea(r) > 0).map((r): Pt[][] => [r]);
    for (const hole of rings.filter((r) => signedArea(r) < 0)) {
      const [hx, hy] = hole[0] as Pt;
      const owner = outers
        .filter((o) => pointInRingPts(hx + 0.01, hy + 0.01, o[0] as Pt[]))
        .sort((a, b) => signedArea(a[0] as Pt[]) - signedArea(b[0] as Pt[]))[0];
      if (!owner) throw new Error('hole without an outer ring');
      owner.push(hole);
    }
    result.push(...outers);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// The build

export function buildRegion(input: Topology): RegionAsset {
  const source = input.objects.countries as GeometryCollection | undefined;
  if (!source || source.type !== 'GeometryCollection') throw new Error('expected objects.countries');
  const lonLatArcs = decodeArcs(input);
  const units = unitsFromCollection(structuredClone(source));

  // --- 2. Fix the data: Crimea belongs to Ukraine; Åland to Finland.
  const russia = findUnit(units, 'Russia');
  const ukraine = findUnit(units, 'Ukraine');
  const inBox = (poly: ArcPolygon): boolean => {
    const b = lonLatBox(ringPoints(lonLatArcs, poly[0] as ArcRing));
    return b.west >= CRIMEA_BOX.west && b.east <= CRIMEA_BOX.east && b.south >= CRIMEA_BOX.south && b.north <= CRIMEA_BOX.north;
  };
  const crimea = russia.polygons.filter(inBox);
  if (crimea.length === 0) throw new Error('Crimea polygon not found in Russia');
  const ukraineArcs = new Set(ukraine.polygons.flat(2).map((i) => (i < 0 ? ~i : i)));
  if (!crimea.some((p) => p.flat().some((i) => ukraineArcs.has(i < 0 ? ~i : i)))) {
    throw new Error('Crimea shares no arc with Ukraine: the data changed, check the fix');
  }
  // Ukraine's mainland as Natural Earth draws it, kept to cut the occupied east and south from.
  const ukraineMainland = ukraine.polygons
    .slice()
    .sort((a, b) => ringPoints(lonLatArcs, b[0] as ArcRing).length - ringPoints(lonLatArcs, a[0] as ArcRing).length)[0] as ArcPolygon;
  russia.polygons = russia.polygons.filter((p) => !crimea.includes(p));
  ukraine.polygons = [...ukraine.polygons, ...crimea];
  for (const [from, to] of MERGE_INTO) {
    const a = findUnit(units, from);
    findUnit(units, to).polygons.push(...a.polygons);
    a.polygons = [];
  }

  // Dissolve each unit's own polygons: this removes the Perekop arc (now inside Ukraine twice).
  const lonLatTopology = { type: 'Topology', arcs: lonLatArcs, objects: {} } as unknown as Topology;
  for (const u of units) {
    if (u.polygons.length) u.polygons = mergeArcs(lonLatTopology, [{ type: 'MultiPolygon', arcs: u.polygons }]).arcs;
  }

  // --- 3. Project and simplify arcs.
  const { projection, params } = makeRegionProjection();
  const project = (p: LonLat): Pt => {
    const r = projection(p);
    if (!r) throw new Error(`cannot project ${p.join(',')}`);
    return r as Pt;
  };
  const used = new Set<number>();
  for (const u of units) for (const poly of u.polygons) for (const ring of poly) for (const i of ring) used.add(i < 0 ? ~i : i);
  for (const poly of crimea) for (const ring of poly) for (const i of ring) used.add(i < 0 ? ~i : i);
  for (const ring of ukraineMainland) for (const i of ring) used.add(i < 0 ? ~i : i);
  const simpleArcs: LonLat[][] = lonLatArcs.map((arc, i) => {
    if (!used.has(i)) return arc.slice(0, 1).concat(arc.slice(-1));
    const keep = simplifyIndices(arc.map(project), SIMPLIFY_TOLERANCE);
    return keep.map((k) => arc[k] as LonLat);
  });
  const planarArcs: Pt[][] = simpleArcs.map((arc) => arc.map(project));

  // --- 4. Drop tiny rings on the topology (an island's arc then vanishes from the coast too).
  const ringArea = (ring: ArcRing): number => Math.abs(signedArea(ringPoints(planarArcs, ring)));
  for (const u of units) {
    u.polygons = u.polygons
      .filter((poly) => ringArea(poly[0] as ArcRing) >= MIN_RING_AREA)
      .map((poly) => [poly[0] as ArcRing, ...poly.slice(1).filter((hole) => ringArea(hole) >= MIN_RING_AREA)]);
  }

  // --- 5. Meshes, countries, labels.
  const geometries = units.map(
    (u) => ({ type: 'MultiPolygon', arcs: u.polygons, properties: { name: u.name } }) as TopoMultiPolygon<{ name: string }>,
  );
  const collection = { type: 'GeometryCollection', geometries } as GeometryCollection<{ name: string }>;
  const topology = {
    type: 'Topology',
    arcs: simpleArcs,
    objects: { countries: collection },
  } as unknown as Topology;

  const lines = (filter: (a: GeometryObject, b: GeometryObject) => boolean): FlatLine[] =>
    projectGeometry(projection, mesh(topology, collection as GeometryCollection, filter))
      .lines.map((l) => toIntegerPoints(l, false))
      .filter((l) => l.length >= 2)
      .map(flatten);
  const borders = lines((a, b) => a !== b);
  const coast = lines((a, b) => a === b);

  const countries: RegionCountry[] = [];
  for (const g of geometries) {
    if (!g.arcs.length) continue;
    const geo = feature(topology, g).geometry;
    const polygons = toPolygons(projectGeometry(projection, geo).polygons);
    if (!polygons.length) continue;
    // The visible part decides the label spot and the reported area.
    const visible = polygons
      .map((poly) => clipRingToRect(poly[0] as Pt[], 0, 0, WIDTH, HEIGHT))
      .map((ring) => ({ ring, area: ring.length >= 3 ? signedArea(ring) : 0 }));
    const area = visible.reduce((sum, v) => sum + v.area, 0);
    // Countries seen only in the clip margin (Turkey's coast) stay listed, so fills and coast lines
    // agree everywhere that is drawn; their area is 0 and their label falls outside the view.
    const entry = COUNTRIES[g.properties?.name ?? ''];
    if (!entry) throw new Error(`country in view without an ISO code in COUNTRIES: ${g.properties?.name}`);
    const bySize = (a: Pt[], b: Pt[]): number => signedArea(b) - signedArea(a);
    const candidates = [
      // Best: the largest part well inside the view, so the text is not cut by the screen edge.
      polygons.map((poly) => clipRingToRect(poly[0] as Pt[], LABEL_INSET, LABEL_INSET, WIDTH - LABEL_INSET, HEIGHT - LABEL_INSET)),
      visible.map((v) => v.ring),
      polygons.map((poly) => poly[0] as Pt[]),
    ].map((rings) => rings.filter((r) => r.length >= 3 && signedArea(r) > 0.5).sort(bySize)[0]);
    const labelRing = candidates.find((r) => r !== undefined);
    if (!labelRing) throw new Error(`no label spot for ${entry[1]}`);
    const label = poleOfInaccessibility(labelRing, 1);
    countries.push({
      id: entry[0],
      name: entry[1],
      label: [Math.round(label[0]), Math.round(label[1])],
      area: Math.round(area),
      rings: polygons.map((poly) => poly.map(flatten)),
    });
  }
  countries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // --- Occupied areas, from the same simplified arcs so their coasts match Ukraine's exactly.
  const polygonGeometry = (polys: ArcPolygon[]): GeoJSON.Geometry =>
    feature(topology, { type: 'MultiPolygon', arcs: polys } as TopoMultiPolygon).geometry;
  const crimeaRings = toPolygons(projectGeometry(projection, polygonGeometry(crimea)).polygons);
  const mainlandRing = projectGeometry(projection, polygonGeometry([[ukraineMainland[0] as ArcRing]])).polygons[0]?.[0];
  if (!mainlandRing) throw new Error('Ukraine mainland did not project');
  const frontPolygon = [...CONTACT_LINE, ...OCCUPIED_CLOSURE].map(project);
  // Guard the hand-drawn polygon: the first and last contact-line points and the closure lie outside
  // Ukraine's mainland, and no point lies within 2 units of its border, where the cut would be
  // ambiguous (and where the crossing-point fix below would mistake it for a crossing).
  frontPolygon.forEach(([x, y], i) => {
    const where = `${(i < CONTACT_LINE.length ? CONTACT_LINE[i] : OCCUPIED_CLOSURE[i - CONTACT_LINE.length])?.join(', ')}`;
    // Points in the Dnipro or the estuary may lie in the water (outside); only the ends are fixed.
    const mustBeOutside = i === 0 || i >= CONTACT_LINE.length - 1;
    if (mustBeOutside && pointInRingPts(x, y, mainlandRing)) throw new Error(`occupied polygon point ${where} should be outside Ukraine`);
    let d2 = Infinity;
    for (let k = 0; k < mainlandRing.length; k++) {
      d2 = Math.min(d2, segmentDistance2([x, y], mainlandRing[k] as Pt, mainlandRing[(k + 1) % mainlandRing.length] as Pt));
    }
    if (d2 < 4) {
      throw new Error(`occupied polygon point ${where} lies ${Math.sqrt(d2).toFixed(2)} units from Ukraine's border (min 2): move it`);
    }
  });
  const occupiedMainland = intersectPolygons(mainlandRing, frontPolygon)
    .map((r) => toIntegerPoints(r, true))
    .filter((r) => r.length >= 3 && Math.abs(signedArea(r)) >= MIN_RING_AREA)
    // Same orientation as the country rings (clockwise on screen).
    .map((r) => (signedArea(r) < 0 ? r.reverse() : r));
  // Where the line of contact crosses Ukraine's border, rounding put the crossing point up to half a
  // unit off the border edge. Insert each crossing point into every ring and line running along that
  // edge, so the hatch shares the vertex with the country fills and never pokes outside Ukraine.
  const ukraineRings = countries.find((c) => c.id === 'UKR')?.rings.flat() ?? [];
  const ukraineVertices = new Set(ukraineRings.flatMap((r) => flatPoints(r).map(([x, y]) => `${x},${y}`)));
  for (const [x, y] of occupiedMainland.flat()) {
    if (ukraineVertices.has(`${x},${y}`)) continue;
    const d = Math.min(...ukraineRings.map((r) => distanceToFlat(x, y, r, true)));
    if (d >= 1.5) continue; // a point of the contact line itself (guarded above to be ≥ 2 from the border)
    if (d > 0.75) throw new Error(`crossing point ${x},${y} rounded unexpectedly far from Ukraine's border`);
    for (const c of countries) c.rings = c.rings.map((poly) => poly.map((r) => insertOnEdge(r, true, x, y)));
    for (const lineSet of [borders, coast]) lineSet.splice(0, lineSet.length, ...lineSet.map((l) => insertOnEdge(l, false, x, y)));
  }

  const occupied: OccupiedArea[] = [
    {
      id: 'crimea',
      name: 'Crimea, occupied by Russia since 2014',
      rings: crimeaRings.map((poly) => poly.map(flatten)),
    },
    {
      id: 'east-south',
      name: 'Parts of Luhansk, Donetsk, Zaporizhzhia and Kherson oblasts, occupied by Russia (approximate line of contact, 2025)',
      rings: occupiedMainland.map((ring) => [flatten(ring)]),
    },
  ];

  // --- Breakaway regions: Transnistria, cut from Moldova's own (already rounded) outline.
  const moldova = countries.find((c) => c.id === 'MDA');
  if (!moldova) throw new Error('Moldova not found');
  const moldovaRing = moldova.rings
    .map((poly) => flatPoints(poly[0] as number[]))
    .sort((a, b) => Math.abs(signedArea(b)) - Math.abs(signedArea(a)))[0];
  if (!moldovaRing) throw new Error('Moldova has no outline');
  const transnistria = intersectPolygons(moldovaRing, TRANSNISTRIA.map(project))
    .map((r) => toIntegerPoints(r, true))
    .filter((r) => r.length >= 3 && Math.abs(signedArea(r)) >= MIN_RING_AREA)
    .map((r) => (signedArea(r) < 0 ? r.reverse() : r));
  if (transnistria.length === 0) throw new Error('Transnistria came out empty: check the polygon against Moldova');
  const breakaway: BreakawayArea[] = [
    {
      id: 'transnistria',
      name: 'Transnistria, a Russian-backed breakaway region, internationally recognised as part of Moldova (approximate)',
      country: 'MDA',
      rings: transnistria.map((ring) => [flatten(ring)]),
    },
  ];

  return {
    version: ASSET_VERSION,
    source:
      'Natural Earth 1:50m admin-0 (public domain) via world-atlas 2.0.2; Crimea moved from Russia to Ukraine; ' +
      'Åland joined to Finland; occupied line of contact approximate (2025); Transnistria (Moldova) approximate.',
    width: WIDTH,
    height: HEIGHT,
    projection: params,
    countries,
    borders,
    coast,
    occupied,
    breakaway,
  };
}

/**
 * Compact JSON with one country, border or coast line per line of text: small, and a rebuild
 * that moves one border shows up as a readable diff.
 */
export function serializeRegion(map: RegionAsset): string {
  // Rings and lines as differences (src/map/regionFile.ts): half the gzipped size, the same map.
  const asset = encodeRegion(map);
  const j = (v: unknown): string => JSON.stringify(v);
  const list = (items: unknown[]): string => (items.length ? `[\n${items.map(j).join(',\n')}\n]` : '[]');
  return (
    '{' +
    [
      `"version":${j(asset.version)}`,
      `"source":${j(asset.source)}`,
      `"width":${j(asset.width)}`,
      `"height":${j(asset.height)}`,
      `"projection":${j(asset.projection)}`,
      `"countries":${list(asset.countries)}`,
      `"borders":${list(asset.borders)}`,
      `"coast":${list(asset.coast)}`,
      `"occupied":${list(asset.occupied)}`,
      `"breakaway":${list(asset.breakaway)}`,
    ].join(',\n') +
    '}\n'
  );
}

export function loadWorldAtlas(): Topology {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology;
}

export const REGION_ASSET_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../assets/map/region.json');

function main(): void {
  const text = serializeRegion(buildRegion(loadWorldAtlas()));
  mkdirSync(dirname(REGION_ASSET_PATH), { recursive: true });
  writeFileSync(REGION_ASSET_PATH, text);
  console.log(`wrote ${REGION_ASSET_PATH} (${Buffer.byteLength(text)} bytes)`);
}

// Run only as a script (npm run build:map), not when a test imports buildRegion.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
