/**
 * The static map: sea, a faint graticule, countries, the occupied areas hatched over Ukraine,
 * Transnistria hatched more lightly over Moldova, coastlines, borders and names. Drawn with Canvas 2D into a baked layer once per resolution;
 * nothing here runs while the player pans.
 */
import { t } from '../../i18n';
import { makeProjection } from '../../map/projection';
import type { FlatLine, FlatPolygon, RegionAsset } from '../../map/regionTypes';
import { interiorPoint } from '../layout/interiorPoint';
import { REGION_MARGIN } from '../layout/world';
import { frameScale, px, type RasterFrame } from './rasterFrame';
import { COLORS, countryFill, font } from './style';

interface Prepared {
  countries: Array<{ id: string; name: string; path: Path2D; label: [number, number]; area: number }>;
  occupied: { path: Path2D; labels: Array<{ x: number; y: number; clearance: number }> };
  breakaway: Path2D;
  coast: Path2D;
  borders: Path2D;
  ukraine: Path2D | null;
  graticule: Path2D;
}

const prepared = new WeakMap<RegionAsset, Prepared>();

function polygonsPath(polys: readonly FlatPolygon[]): Path2D {
  const p = new Path2D();
  for (const poly of polys) {
    for (const ring of poly) {
      if (ring.length < 6) continue;
      p.moveTo(ring[0]!, ring[1]!);
      for (let i = 2; i < ring.length; i += 2) p.lineTo(ring[i]!, ring[i + 1]!);
      p.closePath();
    }
  }
  return p;
}

function linesPath(lines: readonly FlatLine[]): Path2D {
  const p = new Path2D();
  for (const line of lines) {
    if (line.length < 4) continue;
    p.moveTo(line[0]!, line[1]!);
    for (let i = 2; i < line.length; i += 2) p.lineTo(line[i]!, line[i + 1]!);
  }
  return p;
}

/** Meridians and parallels every 5°, sampled finely enough to follow the conic's curves. */
function graticulePath(region: RegionAsset): Path2D {
  const project = makeProjection(region.projection);
  const p = new Path2D();
  for (let lon = -15; lon <= 60; lon += 5) {
    for (let lat = 34; lat <= 72; lat += 0.5) {
      const [x, y] = project(lon, lat);
      if (lat === 34) p.moveTo(x, y);
      else p.lineTo(x, y);
    }
  }
  for (let lat = 35; lat <= 70; lat += 5) {
    for (let lon = -15; lon <= 60; lon += 0.5) {
      const [x, y] = project(lon, lat);
      if (lon === -15) p.moveTo(x, y);
      else p.lineTo(x, y);
    }
  }
  return p;
}

/**
 * The region's paths and the occupied areas' label spots, made once per region asset. The map's
 * start makes them in three steps of their own before the first bake (each is kept), so no one
 * task does all of it.
 */
export function prepareGeographySteps(region: RegionAsset): Array<() => void> {
  return [() => occupiedLabels(region), () => graticule(region), () => prepare(region)];
}

const occupiedSpots = new WeakMap<RegionAsset, Prepared['occupied']['labels']>();
const graticules = new WeakMap<RegionAsset, Path2D>();

function occupiedLabels(region: RegionAsset): Prepared['occupied']['labels'] {
  let labels = occupiedSpots.get(region);
  if (!labels) {
    labels = region.occupied
      .map((o) => interiorPoint(o.rings))
      .filter((p): p is { x: number; y: number; clearance: number } => p !== null);
    occupiedSpots.set(region, labels);
  }
  return labels;
}

function graticule(region: RegionAsset): Path2D {
  let path = graticules.get(region);
  if (!path) graticules.set(region, (path = graticulePath(region)));
  return path;
}

function prepare(region: RegionAsset): Prepared {
  const hit = prepared.get(region);
  if (hit) return hit;
  const occupiedPolys = region.occupied.flatMap((o) => o.rings);
  const ukr = region.countries.find((c) => c.id === 'UKR');
  const p: Prepared = {
    countries: region.countries.map((c) => ({ id: c.id, name: c.name, path: polygonsPath(c.rings), label: c.label, area: c.area })),
    occupied: { path: polygonsPath(occupiedPolys), labels: occupiedLabels(region) },
    breakaway: polygonsPath(region.breakaway.flatMap((b) => b.rings)),
    coast: linesPath(region.coast),
    borders: linesPath(region.borders),
    ukraine: ukr ? polygonsPath(ukr.rings) : null,
    graticule: graticule(region),
  };
  prepared.set(region, p);
  return p;
}

/** A diagonal hatch whose lines stay `spacing` CSS pixels apart whatever the layer's zoom. */
function hatchPattern(ctx: CanvasRenderingContext2D, f: RasterFrame, spacing: number, color: string = COLORS.occupiedHatch): CanvasPattern | null {
  const tile = document.createElement('canvas');
  const n = Math.max(4, Math.round(spacing * f.dpr));
  tile.width = n;
  tile.height = n;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.strokeStyle = color;
  t.lineWidth = Math.max(1, 1.6 * f.dpr);
  t.beginPath();
  // Three strokes so the lines run on across tile edges without gaps.
  for (const o of [-n, 0, n]) {
    t.moveTo(o, n);
    t.lineTo(o + n, 0);
  }
  t.stroke();
  const pattern = ctx.createPattern(tile, 'repeat');
  // The context is scaled to map units; undo that so one tile is n canvas pixels.
  pattern?.setTransform(new DOMMatrix().scale(1 / frameScale(f)));
  return pattern;
}

export function drawGeography(ctx: CanvasRenderingContext2D, region: RegionAsset, f: RasterFrame, textScale = 1): void {
  const p = prepare(region);
  const m = REGION_MARGIN;
  // Sea, a little lighter toward the middle of the map so the edges recede.
  const g = ctx.createRadialGradient(region.width * 0.55, region.height * 0.5, 100, region.width * 0.55, region.height * 0.5, region.width * 0.8);
  g.addColorStop(0, COLORS.sea);
  g.addColorStop(1, COLORS.seaDeep);
  ctx.fillStyle = g;
  ctx.fillRect(-m, -m, region.width + 2 * m, region.height + 2 * m);

  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  ctx.strokeStyle = 'rgba(120, 150, 175, 0.07)';
  ctx.lineWidth = px(f, 1);
  ctx.stroke(p.graticule);

  for (const c of p.countries) {
    ctx.fillStyle = countryFill(c.id);
    ctx.fill(c.path, 'evenodd');
  }

  // Occupied Ukraine: a warm tint and a hatch, with no outline, so Crimea and the occupied east
  // and south read as one area of Ukraine rather than as separate countries.
  ctx.fillStyle = COLORS.occupiedTint;
  ctx.fill(p.occupied.path, 'evenodd');
  const hatch = hatchPattern(ctx, f, 7);
  if (hatch) {
    ctx.fillStyle = hatch;
    ctx.fill(p.occupied.path, 'evenodd');
  }

  // Transnistria: a lighter hatch and no outline, so it reads as part of Moldova held by others,
  // not as a country of its own; its name is placed with the country names (countryLabels.ts).
  const breakawayHatch = hatchPattern(ctx, f, 6, COLORS.breakawayHatch);
  if (breakawayHatch) {
    ctx.fillStyle = breakawayHatch;
    ctx.fill(p.breakaway, 'evenodd');
  }

  ctx.strokeStyle = COLORS.coast;
  ctx.lineWidth = px(f, 1.1);
  ctx.stroke(p.coast);

  ctx.strokeStyle = COLORS.border;
  ctx.lineWidth = px(f, 0.9);
  ctx.setLineDash([px(f, 4), px(f, 2.5)]);
  ctx.stroke(p.borders);
  ctx.setLineDash([]);

  if (p.ukraine) {
    // Ukraine's recognised outline, a shade brighter: the country the guarantee is for.
    ctx.strokeStyle = COLORS.ukraineBorder;
    ctx.globalAlpha = 0.55;
    ctx.lineWidth = px(f, 1.3);
    ctx.stroke(p.ukraine);
    ctx.globalAlpha = 1;
  }

  // Country names are placed with the node names (drawOverlay.ts), so the two never collide.
  drawOccupiedLabels(ctx, p, f, textScale);
}

function drawOccupiedLabels(ctx: CanvasRenderingContext2D, p: Prepared, f: RasterFrame, textScale: number): void {
  const sizePx = 11 * textScale;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (const l of p.occupied.labels) {
    // A label only where it fits inside the area at this zoom.
    if (l.clearance * f.zoom < sizePx * 0.9) continue;
    ctx.font = font(600, sizePx);
    setLetterSpacing(ctx, '1.5px', f);
    withScreenText(ctx, f, l.x, l.y, () => {
      ctx.lineWidth = 3;
      ctx.strokeStyle = COLORS.halo;
      ctx.strokeText(t('mapText.occupied'), 0, 0);
      ctx.fillStyle = COLORS.occupiedLabel;
      ctx.fillText(t('mapText.occupied'), 0, 0);
    });
  }
  setLetterSpacing(ctx, '0px', f);
}

/**
 * Run `draw` with the origin at map point (x, y) and one unit = one CSS pixel, so text is set
 * in screen sizes and rasterised crisply instead of being scaled from map units.
 */
export function withScreenText(ctx: CanvasRenderingContext2D, f: RasterFrame, x: number, y: number, draw: () => void): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(1 / f.zoom, 1 / f.zoom);
  draw();
  ctx.restore();
}

/** letterSpacing is recent (Chrome 99, Firefox 115, Safari 17): set it where it exists. */
export function setLetterSpacing(ctx: CanvasRenderingContext2D, value: string, _f?: RasterFrame): void {
  const c = ctx as CanvasRenderingContext2D & { letterSpacing?: string };
  if ('letterSpacing' in c) c.letterSpacing = value;
}
