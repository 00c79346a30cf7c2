/**
 * Country names: spaced capitals sized by the country's visible area, skipped for slivers.
 * They are placed with the node names (greedy, after hubs and capitals), so a name like POLAND
 * steps aside for Warsaw instead of running through it.
 */
import { makeProjection } from '../../map/projection';
import type { RegionAsset } from '../../map/regionTypes';
import type { LabelRequest } from '../layout/labelLayout';
import { setLetterSpacing, withScreenText } from './drawGeography';
import { px, type RasterFrame } from './rasterFrame';
import { COLORS, font, HOSTILE } from './style';
import { language, t, type UiKey } from '../../i18n';
import { interiorPoint } from '../layout/interiorPoint';
import { textWidth } from './textWidths';

export interface CountryLabel { id: string; text: string; size: number; hostile: boolean; x: number; y: number; water?: boolean; breakaway?: boolean }

/** Seas named on the map (lon, lat of a spot well out at sea; relative size). */
const WATERS: ReadonlyArray<readonly [string, number, number, number]> = [
  ['Baltic Sea', 19.3, 56.3, 1],
  ['Black Sea', 32.0, 43.6, 1],
  ['North Sea', 5.0, 56.5, 1],
  ['Sea of Azov', 36.5, 46.2, 0.75],
];

/** The names of the breakaway regions the map asset holds, with the country they belong to. */
const BREAKAWAY_NAMES: Readonly<Record<string, UiKey>> = { transnistria: 'mapText.breakaway.transnistria' };

/** Smaller than this (square map units of visible area) and a country gets no name. */
const MIN_AREA = 6000;

/** Per region: the names for a zoom, text size and language (the overlay asks again every day). */
const made = new WeakMap<RegionAsset, Map<string, readonly CountryLabel[]>>();

export function countryLabels(region: RegionAsset, f: RasterFrame, textScale: number): readonly CountryLabel[] {
  let mine = made.get(region);
  if (!mine) made.set(region, (mine = new Map()));
  const key = `${f.zoom}|${textScale}|${language().code}`;
  let labels = mine.get(key);
  if (!labels) mine.set(key, (labels = makeCountryLabels(region, f, textScale)));
  return labels;
}

function makeCountryLabels(region: RegionAsset, f: RasterFrame, textScale: number): CountryLabel[] {
  const out: CountryLabel[] = [];
  for (const c of region.countries) {
    if (c.area < MIN_AREA) continue;
    // Bigger countries get bigger names, within what stays readable and calm on screen.
    const size = Math.min(24, Math.max(10, (Math.sqrt(c.area) / 26) * f.zoom * 1.6)) * textScale;
    const local = language().map.countries[c.id];
    const text = local ? local.toLocaleUpperCase(language().code) : c.name === 'Bosnia and Herzegovina' ? 'BOSNIA' : c.name.toUpperCase();
    out.push({ id: c.id, text, size, hostile: HOSTILE.has(c.id), x: c.label[0], y: c.label[1] });
  }
  // Breakaway regions are named with the country they belong to: "Transnistria (Moldova)".
  for (const b of region.breakaway) {
    const spot = interiorPoint(b.rings);
    if (!spot) continue;
    const key = BREAKAWAY_NAMES[b.id];
    if (!key) continue;
    const text = t(key);
    out.push({ id: b.id, text, size: Math.max(10, 11 * Math.min(1.3, Math.max(0.8, f.zoom))) * textScale, hostile: false, x: spot.x, y: spot.y, breakaway: true });
  }
  const project = makeProjection(region.projection);
  for (const [name, lon, lat, k] of WATERS) {
    const [x, y] = project(lon, lat);
    if (x < 0 || y < 0 || x > region.width || y > region.height) continue;
    out.push({ id: name, text: language().map.waters[name] ?? name, size: Math.max(10, 13 * k * Math.min(1.3, Math.max(0.8, f.zoom))) * textScale, hostile: false, x, y, water: true });
  }
  return out;
}

export function letterSpacingPx(size: number): number {
  return size * 0.28;
}

export function countryLabelRequests(ctx: CanvasRenderingContext2D, f: RasterFrame, labels: readonly CountryLabel[]): LabelRequest[] {
  return labels.map((l) => {
    const w = textWidth(ctx, fontOf(l), l.text, spacingOf(l));
    const lw = px(f, w);
    const lh = px(f, l.size * 1.1);
    // A name may wander a little from its spot to clear the towns and pieces around it.
    const spots: Array<[number, number]> = [];
    for (const [dx, dy] of [[0, -2.4], [0, 2.4], [-0.35, 0], [0.35, 0], [-0.3, -1.2], [0.3, -1.2], [-0.3, 1.2], [0.3, 1.2], [0, -3.6], [0, 3.6]] as const) {
      spots.push([l.x + dx * lw, l.y + dy * lh]);
    }
    return { id: `country:${l.id}`, priority: l.water ? 30 : l.breakaway ? 50 : 60, x: l.x, y: l.y, w: lw, h: lh, gap: px(f, l.size * 0.25), sides: ['center', 'above', 'below'], spots };
  });
}

/** Countries in spaced capitals; seas in spaced italics, in the water's blue-grey. */
function setFont(ctx: CanvasRenderingContext2D, l: CountryLabel): void {
  ctx.font = fontOf(l);
  setLetterSpacing(ctx, spacingOf(l));
}

function fontOf(l: CountryLabel): string {
  return l.water || l.breakaway ? `italic ${font(l.breakaway ? 600 : 400, l.size)}` : font(600, l.size);
}

function spacingOf(l: CountryLabel): string {
  return `${(l.water || l.breakaway ? l.size * 0.12 : letterSpacingPx(l.size)).toFixed(1)}px`;
}

export function drawCountryLabel(ctx: CanvasRenderingContext2D, f: RasterFrame, l: CountryLabel, cx: number, cy: number): void {
  setFont(ctx, l);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = l.water ? COLORS.seaLabel : l.breakaway ? COLORS.breakawayLabel : l.hostile ? COLORS.hostileLabel : COLORS.countryLabel;
  // letterSpacing adds space after the last letter too: shift by half of it to stay centred.
  const spacing = l.water || l.breakaway ? l.size * 0.12 : letterSpacingPx(l.size);
  withScreenText(ctx, f, cx, cy, () => ctx.fillText(l.text, spacing / 2, 0));
  setLetterSpacing(ctx, '0px');
}
