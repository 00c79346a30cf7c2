/**
 * Every name on the baked overlay placed in one greedy pass: node names (hubs first, then
 * capitals), rail capacities when zoomed in, and country names, around the node marks, the pieces
 * and the plates, so nothing covers anything.
 */
import type { Rect } from '../layout/geometry';
import { placeLabels, type LabelRequest, type PlacedLabel } from '../layout/labelLayout';
import type { LevelView } from '../layout/levelView';
import type { OverlayModel } from '../layout/overlayModel';
import type { RegionAsset } from '../../map/regionTypes';
import { roundRect } from './canvasPaths';
import { countryLabelRequests, countryLabels, drawCountryLabel } from './countryLabels';
import { withScreenText } from './drawGeography';
import { capacityLabelRequests, nodeLabelRequests, nodeLabelSpecs, nodeMarkRect, type NodeLabelSpec } from './nodeLabels';
import { px, type RasterFrame } from './rasterFrame';
import { COLORS, font } from './style';
import { textWidth } from './textWidths';
import { kyivReference } from '../layout/opening';
import { t } from '../../i18n';
import { lt } from '../../i18n/levelText';

export interface LabelInput {
  region: RegionAsset;
  view: LevelView | null;
  model: OverlayModel | null;
  pieces: readonly Rect[];
  textScale: number;
}

export function drawLabels(ctx: CanvasRenderingContext2D, f: RasterFrame, input: LabelInput, extra: readonly Rect[]): void {
  const { view, model, textScale } = input;
  const countries = countryLabels(input.region, f, textScale);
  const countryReqs = countryLabelRequests(ctx, f, countries);
  const country = new Map(countries.map((c) => [`country:${c.id}`, c]));
  if (!view || !model) {
    for (const p of placeLabels(countryReqs, [], undefined, px(f, 1))) {
      const c = country.get(p.id);
      if (c) drawCountryLabel(ctx, f, c, p.rect.x + p.rect.w / 2, p.rect.y + p.rect.h / 2);
    }
    return;
  }
  const specs = nodeLabelSpecs(view, textScale);
  const widths = nodeLabelWidths(ctx, specs);
  const requests: LabelRequest[] = nodeLabelRequests(view, f, specs, widths, model.selectedNode);
  const capFont = font(400, 9.5 * textScale, true);
  const caps = capacityLabelRequests(view, f, (t) => textWidth(ctx, capFont, t));
  const marks = view.nodes.map((n) => nodeMarkRect(view, f, n.index));
  // Kyiv as a reference where the level has no node there (the tutorial): a capital's ring.
  const kyiv = kyivReference(view);
  const kyivName = t('mapText.kyiv');
  if (kyiv) {
    drawReferenceCapital(ctx, f, kyiv[0], kyiv[1]);
    const r = px(f, 6);
    marks.push({ x: kyiv[0] - r, y: kyiv[1] - r, w: 2 * r, h: 2 * r });
    requests.push({ id: 'ref:kyiv', priority: 75, x: kyiv[0], y: kyiv[1], w: px(f, textWidth(ctx, font(600, 11 * textScale), kyivName)), h: px(f, 11 * textScale + 4), gap: px(f, 9), sides: ['right', 'left', 'below', 'above'] });
  }
  const placed = placeLabels([...requests, ...caps, ...countryReqs], [...marks, ...input.pieces, ...extra], view.world, px(f, 1));
  const capText = new Map(caps.map((c) => [c.id, c.text]));
  // Country names first: they are the faint background the node names sit on.
  for (const p of placed) {
    const c = country.get(p.id);
    if (c) drawCountryLabel(ctx, f, c, p.rect.x + p.rect.w / 2, p.rect.y + p.rect.h / 2);
  }
  // A name placed further off is tied to its hub by a thin line, drawn under every name.
  for (const p of placed) if (p.leader && p.id.startsWith('node:')) drawNameLeader(ctx, f, view.nodes[Number(p.id.slice(5))]!, p.rect);
  for (const p of placed) {
    if (p.id.startsWith('cap:')) drawCapacity(ctx, f, p, capText.get(p.id) ?? '', textScale);
    else if (p.id.startsWith('node:')) drawNodeLabel(ctx, f, p, specs[Number(p.id.slice(5))]!);
    else if (p.id === 'ref:kyiv') drawNodeLabel(ctx, f, p, { index: -1, text: kyivName, tag: '', size: 11 * textScale, weight: 600 });
  }
}

/** How wide each node's name is drawn, its hub tag included. */
export function nodeLabelWidths(ctx: CanvasRenderingContext2D, specs: readonly NodeLabelSpec[]): number[] {
  return specs.map((s) => textWidth(ctx, font(s.weight, s.size), s.text) + (s.tag ? textWidth(ctx, font(600, s.size - 2), s.tag) + 10 : 0));
}

/**
 * The overlay's other typefaces and sizes, each to be met once before its first drawing (see
 * MapRaster.rehearseNames), as [font, words]: the axes' plates (names, figures, verdicts, the ISR
 * tag), the badges, the rail capacities and Kyiv's name.
 */
export function overlayFaces(view: LevelView, textScale: number): Array<[string, string]> {
  const digits = '0123456789 / ';
  return [
    ...view.level.axes.map((a): [string, string] => [font(600, 13 * textScale), `${lt(view.level).axis(a.id).toUpperCase()}  `]),
    [font(400, 13 * textScale, true), digits],
    [font(400, 10.5 * textScale), t('mapText.held')],
    [font(400, 10.5 * textScale), t('mapText.below')],
    [font(600, 9 * textScale), t('mapText.isrWatch')],
    [font(600, 9.5 * textScale), `EQ EX ${digits}d`],
    [font(400, 9.5 * textScale, true), digits],
    [font(600, 11 * textScale), t('mapText.kyiv')],
  ];
}

function drawNodeLabel(ctx: CanvasRenderingContext2D, f: RasterFrame, p: PlacedLabel, s: ReturnType<typeof nodeLabelSpecs>[number]): void {
  withScreenText(ctx, f, p.rect.x, p.rect.y + p.rect.h / 2, () => {
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.font = font(s.weight, s.size);
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3.5;
    ctx.strokeStyle = COLORS.halo;
    ctx.strokeText(s.text, 0, 0.5);
    ctx.fillStyle = s.tag ? COLORS.hubLabel : COLORS.label;
    ctx.fillText(s.text, 0, 0.5);
    if (s.tag) {
      const x = textWidth(ctx, font(s.weight, s.size), s.text) + 5;
      ctx.font = font(600, s.size - 2);
      const w = textWidth(ctx, font(600, s.size - 2), s.tag) + 6;
      ctx.fillStyle = COLORS.friendlyDark;
      roundRect(ctx, x, -s.size / 2 - 1, w, s.size + 2, 2);
      ctx.fill();
      ctx.fillStyle = '#ffffff';
      ctx.fillText(s.tag, x + 3, 0.5);
    }
  });
}

/** A line from the hub's mark to the nearest point of its name's box, stopping short of both. */
function drawNameLeader(ctx: CanvasRenderingContext2D, f: RasterFrame, n: { x: number; y: number }, r: Rect): void {
  const tx = Math.min(Math.max(n.x, r.x), r.x + r.w);
  const ty = Math.min(Math.max(n.y, r.y), r.y + r.h);
  const d = Math.hypot(tx - n.x, ty - n.y);
  const start = px(f, 7);
  if (d <= start + px(f, 2)) return;
  const ux = (tx - n.x) / d;
  const uy = (ty - n.y) / d;
  ctx.beginPath();
  ctx.moveTo(n.x + ux * start, n.y + uy * start);
  ctx.lineTo(tx - ux * px(f, 1), ty - uy * px(f, 1));
  ctx.lineCap = 'round';
  ctx.strokeStyle = COLORS.halo;
  ctx.lineWidth = px(f, 3);
  ctx.stroke();
  ctx.strokeStyle = COLORS.hubLabel;
  ctx.lineWidth = px(f, 1.2);
  ctx.stroke();
}

function drawCapacity(ctx: CanvasRenderingContext2D, f: RasterFrame, p: PlacedLabel, text: string, textScale: number): void {
  withScreenText(ctx, f, p.rect.x + p.rect.w / 2, p.rect.y + p.rect.h / 2, () => {
    ctx.font = font(400, 9.5 * textScale, true);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.lineWidth = 3;
    ctx.strokeStyle = COLORS.halo;
    ctx.strokeText(text, 0, 0.5);
    ctx.fillStyle = COLORS.rail;
    ctx.fillText(text, 0, 0.5);
  });
}

/** A capital that is no node of the level: a hollow ring, fainter than the nodes' marks. */
function drawReferenceCapital(ctx: CanvasRenderingContext2D, f: RasterFrame, x: number, y: number): void {
  ctx.beginPath();
  ctx.arc(x, y, px(f, 4.5), 0, Math.PI * 2);
  ctx.lineWidth = px(f, 1.6);
  ctx.strokeStyle = COLORS.label;
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(x, y, px(f, 1.6), 0, Math.PI * 2);
  ctx.fillStyle = COLORS.label;
  ctx.fill();
}
