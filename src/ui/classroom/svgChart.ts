/**
 * Draw the review's chart models (classroom/charts.ts) as SVG. Every word goes in as text content,
 * never as markup. Series differ by dash pattern and marker as well as colour (and print in black).
 */
import type { ChartModel, PairModel } from '../../classroom/charts';
import { svgEl as el } from '../svgElement';


/** A reference label's character width in chart units, generously (labels are short). */
const REF_CHAR_WIDTH = 7;

export const DASHES = ['', '7 4', '2 3', '10 3 2 3', '4 4', '1 2'];

function frame(svg: SVGSVGElement, m: { plot: { x: number; y: number; w: number; h: number } }, yTicks: Array<{ y: number; label: string }>): void {
  const { x, y, w, h } = m.plot;
  for (const tk of yTicks) {
    svg.append(el('line', { x1: x, x2: x + w, y1: tk.y, y2: tk.y, class: 'grid' }));
    svg.append(el('text', { x: x - 6, y: tk.y + 4, 'text-anchor': 'end', class: 'tick' }, tk.label));
  }
  svg.append(el('line', { x1: x, x2: x, y1: y, y2: y + h, class: 'axis' }));
  svg.append(el('line', { x1: x, x2: x + w, y1: y + h, y2: y + h, class: 'axis' }));
}

export function lineChartSvg(m: ChartModel, title: string, xLabel: string): SVGSVGElement {
  const svg = el('svg', { viewBox: `0 0 ${m.width} ${m.height}`, class: 'chart', role: 'img', 'aria-label': title });
  svg.append(el('title', {}, title));
  frame(svg, m, m.yTicks);
  const { x, y, w, h } = m.plot;
  for (const tk of m.xTicks) svg.append(el('text', { x: tk.x, y: y + h + 16, 'text-anchor': 'middle', class: 'tick' }, tk.label));
  svg.append(el('text', { x: x + w, y: y + h + 28, 'text-anchor': 'end', class: 'tick axis-label' }, xLabel));
  for (const l of m.hLines) {
    svg.append(el('line', { x1: x, x2: x + w, y1: l.y, y2: l.y, class: 'ref' }));
    svg.append(el('text', { x: x + 4, y: l.y - 4, class: 'ref-label' }, l.label));
  }
  for (const l of m.vLines) {
    svg.append(el('line', { x1: l.x, x2: l.x, y1: y, y2: y + h, class: 'ref ref-v' }));
    // A label that would run past the chart's edge (the deadline, on the last day) goes to the
    // line's left, so no printer clips it.
    const left = l.x + 3 + l.label.length * REF_CHAR_WIDTH > m.width;
    svg.append(el('text', { x: left ? l.x - 3 : l.x + 3, y: y + 10, 'text-anchor': left ? 'end' : 'start', class: 'ref-label' }, l.label));
  }
  for (const p of m.paths) {
    if (!p.d) continue;
    svg.append(el('path', { d: p.d, class: `series s${p.style % 6}`, 'stroke-dasharray': DASHES[p.style % DASHES.length]!, fill: 'none' }));
    if (p.last) svg.append(el('circle', { cx: p.last[0], cy: p.last[1], r: 3, class: `dot s${p.style % 6}` }));
  }
  return svg;
}

export function pairChartSvg(m: PairModel, title: string): SVGSVGElement {
  const svg = el('svg', { viewBox: `0 0 ${m.width} ${m.height}`, class: 'chart', role: 'img', 'aria-label': title });
  svg.append(el('title', {}, title));
  frame(svg, m, m.yTicks);
  for (const b of m.bars) {
    svg.append(el('rect', { x: b.x, y: b.y, width: b.w, height: Math.max(0, b.h), class: b.which === 'a' ? 'bar-a' : 'bar-b' }));
  }
  const base = m.plot.y + m.plot.h;
  for (const l of m.labels) {
    svg.append(el('text', { x: l.x, y: base + 14, 'text-anchor': 'middle', class: 'tick mark-label' }, l.mark));
    svg.append(el('text', { x: l.x, y: base + 28, 'text-anchor': 'middle', class: 'tick' }, l.label));
  }
  return svg;
}
