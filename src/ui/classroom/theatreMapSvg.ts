/**
 * The theatre map for the handouts, drawn as SVG from kit/theatreMap.ts's shapes: countries and
 * coasts from the game's own map asset, occupied Ukraine hatched, links by kind with their days,
 * staging hubs as squares, other places as dots, names in the current language. Drawn in black
 * and greys so it prints legibly on any printer. Every word goes in as text content.
 */
import { inlineRegion, regionUrl } from '../../assets/assetUrls';
import { theatreMap } from '../../kit/theatreMap';
import { language, t } from '../../i18n';
import { lt } from '../../i18n/levelText';
import type { Level } from '../../levels/schema';
import { decodeRegion } from '../../map/regionFile';
import type { RegionAsset } from '../../map/regionTypes';
import { h } from '../dom';
import { svgEl as el } from '../svgElement';
import '../../i18n/screenText'; // the English of the classroom's screens, loaded with them


let region: Promise<RegionAsset | null> | null = null;
/** The map asset, fetched once (or built into the page in the offline build); null when it cannot be had. */
function loadRegion(): Promise<RegionAsset | null> {
  region ??= (async () => {
    try {
      const inline = inlineRegion();
      if (inline) return decodeRegion(inline);
      const r = await fetch(regionUrl());
      return r.ok ? decodeRegion(await r.json()) : null;
    } catch {
      return null;
    }
  })();
  return region;
}

/** A place's short name for the map: without the bracketed detail ("London (RAF Brize Norton)" → "London"). */
const shortName = (name: string) => name.replace(/\s*\(.*\)\s*$/, '');

export function drawTheatreMap(level: Level, r: RegionAsset, idSuffix: string): SVGSVGElement {
  const m = theatreMap(r, level);
  const L = lt(level);
  const { x, y, w, h: ht } = m.box;
  const unit = w / 100;
  const svg = el('svg', { viewBox: `${x} ${y} ${w} ${ht}`, class: 'theatre-map', role: 'img', 'aria-label': t('kit.map.title'), preserveAspectRatio: 'xMidYMid meet' });
  const hatch = `hatch-${idSuffix}`;
  const clip = `clip-${idSuffix}`;
  const defs = el('defs', {});
  const pattern = el('pattern', { id: hatch, width: unit * 1.2, height: unit * 1.2, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
  pattern.append(el('line', { x1: 0, y1: 0, x2: 0, y2: unit * 1.2, stroke: '#555', 'stroke-width': unit * 0.25 }));
  const clipPath = el('clipPath', { id: clip });
  clipPath.append(el('rect', { x, y, width: w, height: ht }));
  defs.append(pattern, clipPath);
  svg.append(defs, el('rect', { x, y, width: w, height: ht, class: 'tm-water' }));
  const land = el('g', { 'clip-path': `url(#${clip})` });
  for (const c of m.countries) for (const d of c.polygons) land.append(el('path', { d, class: c.id === 'UKR' ? 'tm-land tm-ukraine' : 'tm-land', 'fill-rule': 'evenodd' }));
  for (const d of m.occupied) land.append(el('path', { d, fill: `url(#${hatch})`, 'fill-rule': 'evenodd', stroke: 'none' }));
  for (const d of m.borders) land.append(el('path', { d, class: 'tm-border', 'stroke-width': unit * 0.22 }));
  for (const d of m.coast) land.append(el('path', { d, class: 'tm-coast', 'stroke-width': unit * 0.15 }));
  const names = language().map.countries;
  for (const c of m.countryLabels) {
    const name = names[c.id] ?? r.countries.find((k) => k.id === c.id)?.name ?? c.id;
    land.append(el('text', { x: c.x, y: c.y, class: 'tm-country', 'font-size': unit * 2.1, 'text-anchor': 'middle' }, name.toUpperCase()));
  }
  svg.append(land);
  const links = el('g', { class: 'tm-links' });
  for (const l of m.links) {
    links.append(el('line', { x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2, class: `tm-link tm-${l.kind}${l.gaugeBreak ? ' tm-gauge' : ''}`, 'stroke-width': unit * (l.kind === 'rail' ? 0.45 : 0.32), 'stroke-dasharray': dash(l.kind, unit) }));
    const link = level.links.find((k) => k.id === l.id)!;
    links.append(el('text', { x: (l.x1 + l.x2) / 2, y: (l.y1 + l.y2) / 2, class: 'tm-days', 'font-size': unit * 1.6, 'text-anchor': 'middle', 'dominant-baseline': 'middle' }, t('kit.map.days', { n: link.days })));
  }
  svg.append(links);
  const nodes = el('g', { class: 'tm-nodes' });
  // Labels are placed right of their mark, else left, above or below, wherever they overlap no
  // label placed before them (hubs first, so theirs get the best places).
  const placed: Array<{ x0: number; y0: number; x1: number; y1: number }> = [];
  const order = [...m.nodes].sort((a, b) => Number(b.hub) - Number(a.hub));
  for (const n of order) {
    const s = unit * (n.hub ? 1.5 : 1);
    nodes.append(n.hub
      ? el('rect', { x: n.x - s / 2, y: n.y - s / 2, width: s, height: s, class: 'tm-hub', 'stroke-width': unit * 0.2 })
      : el('circle', { cx: n.x, cy: n.y, r: s / 2, class: 'tm-place', 'stroke-width': unit * 0.2 }));
    const label = `${n.off ? '→ ' : ''}${shortName(L.node(n.id))}`;
    const size = unit * (n.hub ? 2.1 : 1.8);
    const width = label.length * size * 0.56;
    const gap = unit * 1.3;
    const spots = [
      { x: n.x + gap, y: n.y + size * 0.35, anchor: 'start', x0: n.x + gap, x1: n.x + gap + width },
      { x: n.x - gap, y: n.y + size * 0.35, anchor: 'end', x0: n.x - gap - width, x1: n.x - gap },
      { x: n.x, y: n.y - gap, anchor: 'middle', x0: n.x - width / 2, x1: n.x + width / 2 },
      { x: n.x, y: n.y + gap + size * 0.8, anchor: 'middle', x0: n.x - width / 2, x1: n.x + width / 2 },
    ].map((p) => ({ ...p, y0: p.y - size * 0.8, y1: p.y + size * 0.2 }));
    const inside = (p: (typeof spots)[number]) => p.x0 >= x && p.x1 <= x + w;
    const free = (p: (typeof spots)[number]) => !placed.some((q) => p.x0 < q.x1 && q.x0 < p.x1 && p.y0 < q.y1 && q.y0 < p.y1);
    const spot = spots.find((p) => inside(p) && free(p)) ?? spots.find(inside) ?? spots[0]!;
    placed.push(spot);
    nodes.append(el('text', { x: spot.x, y: spot.y, class: n.hub ? 'tm-name tm-name-hub' : 'tm-name', 'font-size': size, 'text-anchor': spot.anchor }, label));
  }
  svg.append(nodes);
  return svg;
}

function dash(kind: string, unit: number): string {
  switch (kind) {
    case 'road': return `${unit * 1.2} ${unit * 0.7}`;
    case 'sea': return `${unit * 0.4} ${unit * 0.6}`;
    case 'air': return `${unit * 2} ${unit * 0.6} ${unit * 0.4} ${unit * 0.6}`;
    default: return 'none';
  }
}

/** A figure that fills with the map once the asset is loaded (at once in the offline build). */
export function theatreMapFigure(level: Level, idSuffix: string): HTMLElement {
  const figure = h('figure', { class: 'handout-map', attrs: { 'data-map-for': level.id } });
  const legend = h('figcaption', { class: 'tm-legend' },
    h('span', { class: 'tm-key tm-key-hub', text: t('kit.map.hub') }),
    h('span', { class: 'tm-key tm-key-place', text: t('kit.map.place') }),
    h('span', { class: 'tm-key tm-key-rail', text: t('kit.map.rail') }),
    h('span', { class: 'tm-key tm-key-road', text: t('kit.map.road') }),
    h('span', { class: 'tm-key tm-key-sea', text: t('kit.map.sea') }),
    h('span', { class: 'tm-key tm-key-air', text: t('kit.map.air') }),
    h('span', { class: 'tm-key tm-key-occupied', text: t('kit.map.occupied') }),
    h('span', { text: t('kit.map.daysKey') }));
  figure.append(legend);
  void loadRegion().then((r) => {
    if (r) figure.prepend(drawTheatreMap(level, r, idSuffix));
    else figure.prepend(h('p', { class: 'hint', text: t('kit.map.missing') }));
    figure.dataset.mapDrawn = 'true';
  });
  return figure;
}
